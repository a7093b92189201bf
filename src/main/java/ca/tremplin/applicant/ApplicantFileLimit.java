package ca.tremplin.applicant;

import ca.tremplin.web.PageFileLimit;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The applicant's page ({@code dossier.xhtml}) sends one document of at most {@link DocumentChecks#MAX_MEGABYTES} MB:
 * a form refused there for its size names that limit, not the request's.
 */
@ApplicationScoped
public class ApplicantFileLimit implements PageFileLimit {

    @Override
    public String path() {
        return "/dossier.xhtml";
    }

    @Override
    public int megabytes() {
        return DocumentChecks.MAX_MEGABYTES;
    }
}
