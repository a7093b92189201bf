package ca.tremplin.demo;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads demo data at start-up when {@code TREMPLIN_DEMO_DATA=true} and the database holds no tenant yet, so
 * that restarting the demo keeps what people changed in it.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    @Inject
    DemoDataGenerator generator;

    /** {@code TREMPLIN_DEMO_DATA=true} loads the demo; {@code benchmark} loads the benchmarks' larger data set. */
    public void loadIfRequested() {
        String requested = System.getenv().getOrDefault("TREMPLIN_DEMO_DATA", "false").strip().toLowerCase(java.util.Locale.ROOT);
        if (!requested.equals("true") && !requested.equals("benchmark")) {
            return;
        }
        long existing = tenancy.acrossAllTenants(() -> tenants.countAll());
        if (existing > 0) {
            LOG.info("Demo data requested, but the database already has tenants: left as it is");
            return;
        }
        DemoDataGenerator.Summary summary = generator.generate(requested.equals("benchmark")
                ? DemoDataGenerator.Scale.BENCHMARK : DemoDataGenerator.Scale.DEMO);
        LOG.info(() -> "Demo data loaded: " + summary);
    }
}
