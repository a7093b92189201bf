package ca.tremplin.person;

import java.util.List;

/**
 * Text that names a person without any column linking it to them — an uploaded list of attendees kept on disk while
 * its import may need it, the rows of an import's report. The person package erases what is linked to the lead;
 * the features that keep such text implement this, so that an erasure reaches it too (the person package sits below
 * them and cannot know their files).
 */
public interface PersonMentions {

    /**
     * Deletes, or clears, everything of the centre that mentions one of these people; returns how many files and
     * rows. Runs in the erasure's transaction: what it changes in the database commits with the erasure.
     */
    int forget(long tenantId, List<PersonTraits> people);
}
