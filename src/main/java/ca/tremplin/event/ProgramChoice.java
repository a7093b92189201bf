package ca.tremplin.event;

/** A program a recruiter can tick as a person's interest on the capture form: its id and how it reads. */
public record ProgramChoice(long id, String label) {
}
