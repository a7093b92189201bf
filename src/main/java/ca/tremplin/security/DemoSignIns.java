package ca.tremplin.security;

import java.util.List;

/**
 * The accounts the demo data creates, which the sign-in page offers in demo mode. Declared here and answered by the
 * demo package, which alone knows what it creates.
 */
public interface DemoSignIns {

    /** One demo account: its e-mail, its role, and the organisation it belongs to in each language. */
    record DemoSignIn(String email, Role role, String organisationFr, String organisationEn) {

        public String organisation(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? organisationEn : organisationFr;
        }
    }

    List<DemoSignIn> accounts();

    /** The password every demo account shares (README.md, "Demo accounts"). */
    String password();
}
