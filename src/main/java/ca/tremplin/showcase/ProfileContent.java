package ca.tremplin.showcase;

/** A profile's content once its rules are met: trimmed, the address normalised. */
record ProfileContent(String displayName, Long programId, String trade, String workplace, String testimony,
                      String languagesSpoken, String emailNormalized, boolean underFourteen, String guardianName,
                      String guardianEmailNormalized, boolean othersConsented) {
}
