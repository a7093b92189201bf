package ca.tremplin.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Whether this server runs the demo ({@code TREMPLIN_DEMO_DATA=true}): the demo's helpers — its mailbox, the demo
 * accounts offered on the sign-in page, the hints of the home page — exist only then. The benchmarks' data set
 * ({@code benchmark}) is not the demo: it shows none of them.
 */
@ApplicationScoped
@Named
public class DemoMode {

    private final boolean on;

    public DemoMode() {
        this(System.getenv("TREMPLIN_DEMO_DATA"));
    }

    DemoMode(String demoDataSetting) {
        this.on = demoDataSetting != null && demoDataSetting.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    /** The mode a value of {@code TREMPLIN_DEMO_DATA} means (null: the variable is not set). */
    public static DemoMode forSetting(String demoDataSetting) {
        return new DemoMode(demoDataSetting);
    }

    public boolean isOn() {
        return on;
    }
}
