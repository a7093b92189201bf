package ca.tremplin.pipeline;

import ca.tremplin.person.TaskKind;
import java.time.Instant;

/** A task on the home page, with the name of its lead. */
public record TaskRow(Long id, Long leadId, String firstName, String lastName, TaskKind kind, String title,
                      Instant dueAt) implements java.io.Serializable {
}
