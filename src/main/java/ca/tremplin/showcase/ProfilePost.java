package ca.tremplin.showcase;

/**
 * What a person typed on the posting (or editing) form, as typed; {@link ProfileRules} reads it. The year of birth
 * only decides whether a guardian must consent: it is not kept.
 */
public record ProfilePost(String displayName, Long programId, String trade, String workplace, String testimony,
                          String languagesSpoken, String email, Integer birthYear, String guardianName,
                          String guardianEmail, boolean publicationConsent, boolean imageConsent,
                          boolean othersInPhotoConsented) {
}
