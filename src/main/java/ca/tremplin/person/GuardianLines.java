package ca.tremplin.person;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The people under 14 a centre holds under a parent's or guardian's address: the lines of the consent register where
 * a guardian consented for them with that address — to a request, a registration, an application, a showcase profile —
 * and the showcase profiles still waiting for the guardian named on them. An address given as a guardian's is the
 * guardian's, not the child's: an erasure leaves what these other children hold under it ({@link PersonErasure}), and
 * an access request proven for it is told which children are held under it without being handed their records
 * ({@link PersonalDataExport#answerToAddress}).
 *
 * <p>Native SQL over the register's index of guardians' addresses (V78); the lines of people erased since are left
 * out (erasure blanks them). The address is found as the guardian typed it, in either spelling of its domain and in
 * any case, and kept only when it is that address exactly.
 */
final class GuardianLines {

    /** What a line is about: the kinds of records a guardian consents to. */
    static final String REQUEST = "INQUIRY";
    static final String REGISTRATION = "EVENT_REGISTRATION";
    static final String APPLICATION = "OFFER_APPLICATION";
    static final String SHOWCASE_PROFILE = "SHOWCASE_PROFILE";

    /**
     * One child held under the address at a centre: the record the guardian consented to (its lead, none for a showcase
     * profile), the child's name as that record gives it, and the guardian's line of the register (none for a profile
     * still waiting for them).
     */
    record Line(long tenantId, Long leadId, String recordKind, long recordId, String firstName, String lastName,
                String purpose, Boolean granted, Object givenAt, String textShown, String language,
                String guardianName, String guardianEmail) {

        /** The child as mail names them: both names, or the one a profile shows; null when none is left. */
        PersonTraits.Name name() {
            return nameOf(firstName, lastName);
        }
    }

    private static final String LINES = "select l.tenant_id, l.id, '" + REQUEST + "', c.inquiry_id, i.first_name,"
            + " i.last_name, c.purpose, c.granted, c.given_at, c.text_shown, c.language, c.guardian_name,"
            + " c.guardian_email from consent_record c join inquiry i on i.id = c.inquiry_id"
            + " join routed_inquiry r on r.inquiry_id = c.inquiry_id join `lead` l on l.id = r.lead_id"
            + " where c.guardian_email in (:addresses) and c.purpose = 'GUARDIAN' and l.erased_at is null%1$s"
            + " union all select l.tenant_id, l.id, '" + REGISTRATION + "', g.id, g.first_name, g.last_name,"
            + " c.purpose, c.granted, c.given_at, c.text_shown, c.language, c.guardian_name, c.guardian_email"
            + " from consent_record c join event_registration g on g.id = c.event_registration_id"
            + " join `lead` l on l.id = g.lead_id"
            + " where c.guardian_email in (:addresses) and c.purpose = 'GUARDIAN' and l.erased_at is null%1$s"
            + " union all select l.tenant_id, l.id, '" + APPLICATION + "', a.id, l.first_name, l.last_name,"
            + " c.purpose, c.granted, c.given_at, c.text_shown, c.language, c.guardian_name, c.guardian_email"
            + " from consent_record c join offer_application a on a.id = c.offer_application_id"
            + " join `lead` l on l.id = a.lead_id"
            + " where c.guardian_email in (:addresses) and c.purpose = 'GUARDIAN' and l.erased_at is null%1$s"
            + " union all select s.tenant_id, null, '" + SHOWCASE_PROFILE + "', s.id, s.display_name, null,"
            + " c.purpose, c.granted, c.given_at, c.text_shown, c.language, c.guardian_name, c.guardian_email"
            + " from consent_record c join showcase_profile s on s.id = c.showcase_profile_id"
            + " where c.guardian_email in (:addresses) and c.purpose = 'GUARDIAN'%2$s"
            // A profile waiting for its guardian has no line of theirs yet: the profile names them.
            + " union all select s.tenant_id, null, '" + SHOWCASE_PROFILE + "', s.id, s.display_name, null, null,"
            + " null, null, null, s.language, s.guardian_name, s.guardian_email from showcase_profile s"
            + " where s.guardian_email in (:addresses) and s.guardian_confirmed_at is null%2$s"
            + " order by 1, 3, 4, 9";

    private GuardianLines() {
    }

    /**
     * The children held under these addresses (give both spellings of a domain), at the centre {@code tenantId}, or at
     * every centre when it is null (the person's own access request, which crosses tenants for their address alone).
     */
    static List<Line> under(EntityManager em, Collection<String> addresses, Long tenantId) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        String sql = tenantId == null ? LINES.formatted("", "")
                : LINES.formatted(" and l.tenant_id = :tenant", " and s.tenant_id = :tenant");
        var query = em.createNativeQuery(sql).setParameter("addresses", addresses);
        if (tenantId != null) {
            query.setParameter("tenant", tenantId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        // The column's collation takes "ecole.ca" for "école.ca": the lines are kept by their exact key, since another
        // domain is another parent.
        java.util.Set<String> keys = new java.util.HashSet<>();
        addresses.forEach(address -> keys.add(key(address)));
        List<Line> lines = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[12] == null || !keys.contains(key((String) row[12]))) {
                continue;
            }
            lines.add(new Line(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    (String) row[2], ((Number) row[3]).longValue(), (String) row[4], (String) row[5],
                    (String) row[6], truth(row[7]), row[8], (String) row[9], (String) row[10], (String) row[11],
                    (String) row[12]));
        }
        return lines;
    }

    /** The key an address is known by, whichever way its domain was typed: lower case, the domain in Unicode. */
    static String key(String address) {
        return ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(address.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A name as mail writes it, to find it in a message's text: both names, or the one given (a one-name person, a
     * profile's chosen name); null when there is none.
     */
    static PersonTraits.Name nameOf(String first, String last) {
        String one = first == null || first.isBlank() || PersonErasure.MARKER.equals(first.strip()) ? ""
                : first.strip().toLowerCase(Locale.ROOT);
        String two = last == null || last.isBlank() || PersonErasure.MARKER.equals(last.strip()) ? ""
                : last.strip().toLowerCase(Locale.ROOT);
        return one.isEmpty() && two.isEmpty() ? null : new PersonTraits.Name(one, two);
    }

    /** A boolean column as the union returns it: a boolean, or a number (MariaDB's TINYINT). */
    private static Boolean truth(Object value) {
        return value == null ? null : value instanceof Boolean yes ? yes : ((Number) value).intValue() != 0;
    }
}
