/**
 * The recruiter's pipeline from lead to enrolment: each lead's stage (with the rules for moving it and the date it
 * entered it), owner, tags, notes, follow-up tasks (a new information request creates the first one), the audit of
 * changes to personal data, duplicates merged without losing anything, the filtered lead list with bulk actions and
 * saved filters, and the board with a column per stage. Every query runs under the current tenant.
 */
package ca.tremplin.pipeline;
