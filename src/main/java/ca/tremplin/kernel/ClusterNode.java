package ca.tremplin.kernel;

/**
 * This server's name among several sharing one database: {@code TREMPLIN_NODE_NAME}, else WildFly's node name
 * ({@code jboss.node.name}, given by {@code -Djboss.node.name}, the host's name by default). Work a server owns in the
 * database (an import it runs) is marked with it.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static String name() {
        String configured = System.getenv("TREMPLIN_NODE_NAME");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return System.getProperty("jboss.node.name", "tremplin");
    }
}
