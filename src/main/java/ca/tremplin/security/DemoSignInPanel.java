package ca.tremplin.security;

import ca.tremplin.kernel.DemoMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The demo accounts on the sign-in page, one click to fill the form with one of them — shown in demo mode only,
 * when the demo's data exists; nothing of it otherwise.
 */
@Named
@RequestScoped
public class DemoSignInPanel {

    @Inject
    DemoMode demoMode;

    @Inject
    Instance<DemoSignIns> demoSignIns;

    public boolean isShown() {
        return demoMode.isOn() && demoSignIns.isResolvable();
    }

    public List<DemoSignIns.DemoSignIn> getAccounts() {
        return isShown() ? demoSignIns.get().accounts() : List.of();
    }

    public String getPassword() {
        return isShown() ? demoSignIns.get().password() : null;
    }
}
