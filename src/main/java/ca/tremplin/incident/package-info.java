/**
 * The register of confidentiality incidents that Québec's Law 25 requires of every organisation: one per school
 * service centre, and the coordinating organisation's own. {@link ca.tremplin.incident.IncidentRegister} keeps it for
 * the tenant's admins through the tenant filter; {@link ca.tremplin.incident.IncidentDetails} holds the regulation's
 * fields and their rules; every change is a line of {@link ca.tremplin.incident.IncidentChange}, appended and never
 * changed. Pages {@code admin/incidents.xhtml} (with its CSV and XLSX export) and {@code admin/incident.xhtml}. It
 * knows nothing of leads: the register describes the kinds of information an incident concerned, not the people.
 */
package ca.tremplin.incident;
