package ca.tremplin.demo;

import ca.tremplin.security.DemoSignIns;
import ca.tremplin.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The demo accounts the sign-in page offers: one of each role, in the coordinating organisation and in the CSS du
 * Fjord, whose pipeline, events and applications the demo fills; a second centre's admin to see that centres are
 * kept apart. Every one is created by {@link DemoDataGenerator}.
 */
@ApplicationScoped
public class DemoSignInAccounts implements DemoSignIns {

    @Override
    public List<DemoSignIn> accounts() {
        DemoDataGenerator.SchoolBoard coordination = DemoDataGenerator.COORDINATION;
        DemoDataGenerator.SchoolBoard fjord = DemoDataGenerator.SCHOOL_BOARDS.get(0);
        DemoDataGenerator.SchoolBoard deuxRives = DemoDataGenerator.SCHOOL_BOARDS.get(1);
        return List.of(
                new DemoSignIn("admin@" + coordination.slug() + ".demo", Role.PLATFORM_ADMIN,
                        coordination.nameFr(), coordination.nameEn()),
                new DemoSignIn("admin@" + fjord.slug() + ".demo", Role.CSS_ADMIN, fjord.nameFr(), fjord.nameEn()),
                new DemoSignIn("recruteur1@" + fjord.slug() + ".demo", Role.RECRUITER, fjord.nameFr(), fjord.nameEn()),
                new DemoSignIn("recruteur@" + coordination.slug() + ".demo", Role.RECRUITER,
                        coordination.nameFr(), coordination.nameEn()),
                new DemoSignIn("admin@" + deuxRives.slug() + ".demo", Role.CSS_ADMIN, deuxRives.nameFr(),
                        deuxRives.nameEn()));
    }

    @Override
    public String password() {
        return DemoDataGenerator.DEMO_PASSWORD;
    }
}
