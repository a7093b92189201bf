package ca.tremplin.person;

/** What a {@link LeadInterest} says the person is interested in, or how they heard of us. */
public enum InterestKind {
    /** A program, by id: asked about in a request, or ticked when captured at an event. */
    PROGRAM,
    /** The intake a request asked for ("2026-08"). */
    INTAKE,
    /** How a request said the person heard of us (a {@code HeardFrom} name). */
    SOURCE
}
