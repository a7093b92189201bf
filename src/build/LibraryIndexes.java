import java.io.File;
import java.io.IOException;
import java.util.zip.ZipFile;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.JarIndexer;

/**
 * Writes an annotation index ({@code META-INF/jandex.idx}) into each library of the web application that has none.
 * WildFly reads a library's index at deployment instead of reading every class of the library to build it, which was
 * the largest single part of a deployment's own work (docs/benchmarks.md, "A node ready sooner"). The application's
 * own classes are left to WildFly's scan: the test archives add classes beside them, which an index made here would
 * hide. Run by the build (pom.xml, prepare-package), with the Jandex version of the server's own module:
 *
 * <pre>java -cp jandex.jar src/build/LibraryIndexes.java target/tremplin/WEB-INF/lib</pre>
 */
public final class LibraryIndexes {

    private static final String INDEX = "META-INF/jandex.idx";

    private LibraryIndexes() {
    }

    public static void main(String[] args) throws IOException {
        File[] jars = new File(args[0]).listFiles((folder, name) -> name.endsWith(".jar"));
        if (jars == null) {
            throw new IOException("No such folder: " + args[0]);
        }
        int indexed = 0;
        for (File jar : jars) {
            if (hasIndex(jar)) {
                continue;
            }
            // modify: the index is written into the jar itself (a new file that replaces it).
            JarIndexer.createJarIndex(jar, new Indexer(), true, false, false);
            indexed++;
        }
        System.out.printf("Annotation indexes: %d libraries indexed, %d already were%n", indexed,
                jars.length - indexed);
    }

    private static boolean hasIndex(File jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            return zip.getEntry(INDEX) != null;
        }
    }
}
