package ca.tremplin.demomailbox;

import ca.tremplin.kernel.DemoMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;

/** Deployed by {@link DemoMailboxOffIT} only: the server, which runs the demo for the other tests, behaves as if not. */
@Alternative
@Priority(1000)
@ApplicationScoped
@Named("demoMode")
public class DemoModeOff extends DemoMode {

    public DemoModeOff() {
        super();
    }

    @Override
    public boolean isOn() {
        return false;
    }
}
