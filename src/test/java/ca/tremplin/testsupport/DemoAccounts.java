package ca.tremplin.testsupport;

/**
 * The documented demo accounts (README.md), loaded because the test server runs with TREMPLIN_DEMO_DATA=true.
 * Browser tests sign in with them, which also keeps the README honest.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Tremplin-demo-2026";
    public static final String PLATFORM_ADMIN = "admin@coordination.demo";
    public static final String FJORD_ADMIN = "admin@css-du-fjord.demo";
    public static final String FJORD_RECRUITER = "recruteur1@css-du-fjord.demo";
    public static final String DEUX_RIVES_ADMIN = "admin@css-des-deux-rives.demo";
    public static final String COORDINATION_RECRUITER = "recruteur@coordination.demo";

    private DemoAccounts() {
    }
}
