package ca.tremplin.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the application as it ships, one headless browser for the whole run (opened by the
 * first browser test, closed when the run ends by {@link SharedBrowserClosing}), and each test starting as a new
 * visitor (no cookies). The test SMTP server runs so that mail the pages send is received.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    protected URL deployment;

    protected static Browser browser;

    @BeforeEach
    void startAsANewVisitor() {
        TestMailServer.running();
        if (browser == null) {
            browser = Browser.open(deployment);
        }
        browser.go("/");
        browser.forgetEverything();
    }

    /** Closes the shared browser, if one was opened; the next browser test would open another. */
    static synchronized void closeSharedBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
