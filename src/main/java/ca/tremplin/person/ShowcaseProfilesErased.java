package ca.tremplin.person;

import java.util.List;

/**
 * Apprentices' showcase profiles of a centre were deleted by an erasure (a lead's, or an apprentice's the centre knows
 * only by their profile), in the transaction this event is fired in: the showcase, a package above this one, forgets
 * what it keeps of its public pages (the gallery's filters, which name trades) once that transaction commits.
 */
public record ShowcaseProfilesErased(long tenantId, List<Long> profileIds) {
}
