package ca.tremplin.kernel;

/**
 * The address at which people reach this installation, for links in e-mails (which are composed outside any
 * request). Set {@code TREMPLIN_BASE_URL} in production, e.g. {@code https://tremplin.example.org}.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static String of(String pathAndQuery) {
        String base = System.getenv().getOrDefault("TREMPLIN_BASE_URL", "http://localhost:8080");
        return base.replaceAll("/+$", "") + pathAndQuery;
    }

    /**
     * The installation's host name ("tremplin.example.org"), which makes the identifiers of its calendar entries
     * (UID, RFC 5545) its own: the same event number at another installation is another entry in a calendar.
     */
    public static String host() {
        String host = java.net.URI.create(of("/")).getHost();
        return host == null ? "localhost" : host;
    }
}
