package ca.tremplin.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Closes the browser the browser tests share when the test run ends (registered in META-INF/services), before the
 * test JVM exits: a JVM shutdown hook is not sure to finish quitting Chromium, whose processes would outlive the run.
 */
public class SharedBrowserClosing implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        BrowserTest.closeSharedBrowser();
    }
}
