package ca.tremplin.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers at all. Deliberately independent of the database: a server whose
 * database is down must not be restarted for it (readiness takes it out of rotation instead).
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application")
                .up()
                .withData("uptime-seconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
