package ca.tremplin.catalog;

/** Québec's vocational diplomas: the DEP, the ASP that specialises a DEP, and the shorter AEP. */
public enum ProgramType {
    DEP,
    ASP,
    AEP
}
