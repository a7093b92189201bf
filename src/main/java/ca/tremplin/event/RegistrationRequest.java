package ca.tremplin.event;

import ca.tremplin.inquiry.GuardianAnswers;

/**
 * What a person types to register for an event (public page), or what a recruiter captures for them: raw text,
 * nothing checked yet. {@code viewerZone} is the zone the browser reported, to answer in the person's time;
 * {@code programIds} the programs of interest a recruiter ticked (the public form asks none); {@code guardian} the
 * year of birth and, under 14, the parent's or guardian's consent that the public form asks (none from staff).
 */
public record RegistrationRequest(String firstName, String lastName, String email, String phone,
                                  String countryOfResidence, boolean consentToContact, boolean consentToNews,
                                  String viewerZone, String note, java.util.List<Long> programIds,
                                  GuardianAnswers guardian) {

    public RegistrationRequest {
        programIds = programIds == null ? java.util.List.of()
                : programIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        guardian = guardian == null ? GuardianAnswers.NONE : guardian;
    }

    /** A registration that asked no year of birth (staff capture, an imported list). */
    public RegistrationRequest(String firstName, String lastName, String email, String phone,
                               String countryOfResidence, boolean consentToContact, boolean consentToNews,
                               String viewerZone, String note, java.util.List<Long> programIds) {
        this(firstName, lastName, email, phone, countryOfResidence, consentToContact, consentToNews, viewerZone,
                note, programIds, GuardianAnswers.NONE);
    }

    /** A registration that names no program. */
    public RegistrationRequest(String firstName, String lastName, String email, String phone,
                               String countryOfResidence, boolean consentToContact, boolean consentToNews,
                               String viewerZone, String note) {
        this(firstName, lastName, email, phone, countryOfResidence, consentToContact, consentToNews, viewerZone,
                note, java.util.List.of(), GuardianAnswers.NONE);
    }
}
