package ca.tremplin.event;

import ca.tremplin.inquiry.GuardianAnswers;

/**
 * What a person types to register for an event (public page), or what a recruiter captures for them: raw text,
 * nothing checked yet. {@code viewerZone} is the zone the browser reported, to answer in the person's time;
 * {@code programIds} the programs of interest a recruiter ticked (the public form asks none); {@code guardian} the
 * year of birth and, under 14, the parent's or guardian's consent that the public form asks (none from staff);
 * {@code joinWaitingList}, that the person, told the event is full, asks to wait for a seat (the public form once the
 * event is full): without it, a full event refuses them.
 */
public record RegistrationRequest(String firstName, String lastName, String email, String phone,
                                  String countryOfResidence, boolean consentToContact, boolean consentToNews,
                                  String viewerZone, String note, java.util.List<Long> programIds,
                                  GuardianAnswers guardian, boolean joinWaitingList) {

    public RegistrationRequest {
        programIds = programIds == null ? java.util.List.of()
                : programIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        guardian = guardian == null ? GuardianAnswers.NONE : guardian;
    }

    /** A registration that does not ask to wait for a seat: a full event refuses it. */
    public RegistrationRequest(String firstName, String lastName, String email, String phone,
                               String countryOfResidence, boolean consentToContact, boolean consentToNews,
                               String viewerZone, String note, java.util.List<Long> programIds,
                               GuardianAnswers guardian) {
        this(firstName, lastName, email, phone, countryOfResidence, consentToContact, consentToNews, viewerZone,
                note, programIds, guardian, false);
    }

    /** The same answers, asking (or not) to wait for a seat should the event be full. */
    public RegistrationRequest waitingIfFull(boolean join) {
        return new RegistrationRequest(firstName, lastName, email, phone, countryOfResidence, consentToContact,
                consentToNews, viewerZone, note, programIds, guardian, join);
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
