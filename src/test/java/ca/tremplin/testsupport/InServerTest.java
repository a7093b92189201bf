package ca.tremplin.testsupport;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that run inside the server: the application as it ships plus the test support classes,
 * with {@link TestFixtures} to build data.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    protected TestFixtures fixtures;
}
