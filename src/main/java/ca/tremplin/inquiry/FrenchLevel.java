package ca.tremplin.inquiry;

/** Level of French on the Common European Framework of Reference, or native speaker. */
public enum FrenchLevel {
    A1, A2, B1, B2, C1, C2, NATIVE
}
