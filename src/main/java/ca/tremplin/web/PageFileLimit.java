package ca.tremplin.web;

/**
 * A page whose form sends one file with a limit of its own, below its address's ({@link RequestSizeFilter#limitFor}).
 * A form refused for its size before it is read (413) then names the file's limit, not the request's: a person told
 * "10 Mo" would try again with a file of 9 that the page refuses in turn. Each feature that owns such a page gives
 * its own (a bean that {@link RequestSizeFilter} finds), so that this package names none of them.
 */
public interface PageFileLimit {

    /** The page's address, as its form is sent to it: {@code /dossier.xhtml}. */
    String path();

    /** The most its file may weigh, in megabytes, as the page's own refusal of a file says it. */
    int megabytes();
}
