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
        WebArchive archive = application().addPackage(Deployments.class.getPackage()).addClasses(testClasses);
        File[] samples = new File("src/test/resources/" + SampleFiles.FOLDER).listFiles();
        for (File sample : samples == null ? new File[0] : samples) {
            archive.addAsResource(sample, SampleFiles.FOLDER + "/" + sample.getName());
        }
        return archive;
    }
}
