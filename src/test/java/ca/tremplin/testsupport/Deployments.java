package ca.tremplin.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for Arquillian: always the WAR the build packaged (target/tremplin.war), so tests exercise exactly
 * what ships, plus the compiled test classes and sample files.
 *
 * <p>Every test class deploys the same archive, so that {@link SharedDeployment} keeps a single deployment on the
 * server for the whole run: tests that act as a client (browser, HTTP) and tests that run inside the server alike.
 * Test classes that change how the application behaves are left out of it and deployed only by the test that needs
 * them ({@link #applicationWith}).
 */
public final class Deployments {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    /** Sample files that in-server tests read from the class path: imported lists, photos. */
    private static final List<String> SAMPLE_FOLDERS = List.of(SampleFiles.FOLDER, SampleFiles.PHOTOS);

    /** Test classes that alter the application (an alternative bean): never in the shared archive. */
    private static final Set<String> ALTERING = Set.of("ca/tremplin/demomailbox/DemoModeOff.class");

    private Deployments() {
    }

    /** The application as it ships, with the test classes and samples: the one archive every test class deploys. */
    public static WebArchive application() {
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/tremplin.war"));
        for (String classFile : testClassFiles()) {
            if (!ALTERING.contains(classFile) && !classFile.startsWith("ca/tremplin/testsupport/SharedDeployment")
                    && !classFile.startsWith("ca/tremplin/testsupport/SharedBrowserClosing")) {
                archive.addAsWebInfResource(TEST_CLASSES.resolve(classFile).toFile(), "classes/" + classFile);
            }
        }
        for (String folder : SAMPLE_FOLDERS) {
            File[] samples = new File("src/test/resources/" + folder).listFiles();
            for (File sample : samples == null ? new File[0] : samples) {
                archive.addAsResource(sample, folder + "/" + sample.getName());
            }
        }
        return archive;
    }

    /** The shared archive plus classes that change the application's behaviour, for the one test that needs them. */
    public static WebArchive applicationWith(Class<?>... alteringClasses) {
        return application().addClasses(alteringClasses);
    }

    private static List<String> testClassFiles() {
        try (Stream<Path> files = Files.walk(TEST_CLASSES.resolve("ca"))) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> TEST_CLASSES.relativize(file).toString().replace(File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
