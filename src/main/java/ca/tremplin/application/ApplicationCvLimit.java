package ca.tremplin.application;

import ca.tremplin.applicant.DocumentChecks;
import ca.tremplin.web.PageFileLimit;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application form ({@code apply.xhtml}) sends one CV of at most {@link DocumentChecks#MAX_MEGABYTES} MB: a form
 * refused there for its size names that limit, not the request's.
 */
@ApplicationScoped
public class ApplicationCvLimit implements PageFileLimit {

    @Override
    public String path() {
        return "/apply.xhtml";
    }

    @Override
    public int megabytes() {
        return DocumentChecks.MAX_MEGABYTES;
    }
}
