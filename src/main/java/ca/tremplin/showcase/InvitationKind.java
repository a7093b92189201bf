package ca.tremplin.showcase;

/** An invitation to one person (sent by e-mail, used once) or a class's link (several uses, until it expires). */
public enum InvitationKind {
    PERSONAL,
    CLASS
}
