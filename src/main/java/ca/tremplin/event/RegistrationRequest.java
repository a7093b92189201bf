package ca.tremplin.event;

/**
 * What a person types to register for an event (public page), or what a recruiter captures for them: raw text,
 * nothing checked yet. {@code viewerZone} is the zone the browser reported, to answer in the person's time.
 */
public record RegistrationRequest(String firstName, String lastName, String email, String phone,
                                  String countryOfResidence, boolean consentToContact, boolean consentToNews,
                                  String viewerZone, String note) {
}
