package ca.tremplin.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for Arquillian: always the WAR the build packaged (target/tremplin.war), so tests exercise
 * exactly what ships; in-container tests add their own classes and this package.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application as it ships, for tests that act as a client (browser, HTTP). */
    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/tremplin.war"));
    }

    /** The application plus the test support classes, for tests that run inside the server. */
    public static WebArchive applicationWithTests(Class<?>... testClasses) {
        return application().addPackage(Deployments.class.getPackage()).addClasses(testClasses);
    }
}
