package ca.tremplin.inquiry;

import ca.tremplin.catalog.Program;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffChange;
import ca.tremplin.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A centre admin's settings for information requests: the routing rule and its mapping, the business hours to
 * answer, the web origins allowed to call the API, the reply templates. Always those of the signed-in
 * person's own tenant.
 */
@ApplicationScoped
public class InquirySettingsService {

    /**
     * A web origin as a browser sends it: http or https, a host name (letters, digits, hyphens, dots: no "*", no
     * quote, no user), and a port of at most 65535 when one is given.
     */
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:(?<port>\\d{1,5}))?");

    static boolean isOrigin(String origin) {
        java.util.regex.Matcher matched = ORIGIN.matcher(origin);
        return matched.matches()
                && (matched.group("port") == null || Integer.parseInt(matched.group("port")) <= 65535);
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    AllowedOrigins allowedOrigins;

    /** The centre's settings (the defaults until they are first saved). */
    @Transactional
    public InquirySettings settings() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        em.createNativeQuery("insert ignore into inquiry_settings (tenant_id) values (?1)")
                .setParameter(1, signedInUser.getTenantId()).executeUpdate();
        return em.find(InquirySettings.class, signedInUser.getTenantId());
    }

    /** Saves everything at once, or nothing if one part is refused. */
    @Transactional
    public InquirySettings save(RoutingRule rule, int responseHours, String origins, String mapping,
                                long expectedVersion) {
        requireAdmin();
        InquirySettings settings = settings();
        // Two admins saving at once save one after the other: the second reads the first's version and is told.
        em.refresh(settings, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (settings.getVersion() != expectedVersion) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        // Every save moves the version, a routing line changed alone too (its rows are not the settings' own): an
        // admin whose page was opened before a colleague's save is told, rather than writing the lines back as they
        // stood.
        em.lock(settings, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (responseHours < 1 || responseHours > 200) {
            throw new BusinessRuleException("inquirySettings.hoursRange", 1, 200);
        }
        List<String> cleaned = new ArrayList<>();
        for (String line : lines(origins)) {
            String origin = AllowedOrigins.normalized(line);
            if (!isOrigin(origin)) {
                throw new BusinessRuleException("inquirySettings.originInvalid", line);
            }
            cleaned.add(origin);
        }
        RoutingRule chosen = rule == null ? RoutingRule.ROUND_ROBIN : rule;
        String mappingBefore = chosen == RoutingRule.ROUND_ROBIN ? "" : mapping(chosen);
        replaceMapping(rule, mapping);
        String mappingAfter = chosen == RoutingRule.ROUND_ROBIN ? "" : mapping(chosen);
        String originsAfter = cleaned.isEmpty() ? null : String.join("\n", cleaned);
        // Each setting that changed leaves a line: who, when, from what to what.
        traceChange(StaffChange.What.ROUTING_RULE, settings.getRoutingRule(), chosen);
        traceChange(StaffChange.What.RESPONSE_HOURS, settings.getResponseBusinessHours(), responseHours);
        traceChange(StaffChange.What.ORIGINS, oneLine(settings.getAllowedOrigins()), oneLine(originsAfter));
        traceChange(StaffChange.What.MAPPING, oneLine(mappingBefore), oneLine(mappingAfter));
        settings.setRoutingRule(chosen);
        settings.setResponseBusinessHours(responseHours);
        settings.setAllowedOrigins(originsAfter);
        em.flush();
        allowedOrigins.forget();
        return settings;
    }

    /**
     * The mapping of a rule as text, one "key = recruiter e-mail" a line: a country code for BY_COUNTRY, a
     * program code for BY_PROGRAM.
     */
    @Transactional
    public String mapping(RoutingRule rule) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        if (rule == RoutingRule.ROUND_ROBIN) {
            return "";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select case when e.match_kind = 'PROGRAM' then p.code else e.match_value end, u.email
                        from inquiry_routing_entry e join user_account u on u.id = e.user_account_id
                        left join program p on e.match_kind = 'PROGRAM' and p.id = e.match_value
                        where e.tenant_id = ?1 and e.match_kind = ?2 and (e.match_kind <> 'PROGRAM' or p.id is not null)
                        order by 1""")
                .setParameter(1, signedInUser.getTenantId()).setParameter(2, kind(rule)).getResultList();
        Map<String, String> lines = new TreeMap<>();
        rows.forEach(row -> lines.put(String.valueOf(row[0]), String.valueOf(row[1])));
        StringBuilder text = new StringBuilder();
        lines.forEach((key, email) -> text.append(key).append(" = ").append(email).append('\n'));
        return text.toString().strip();
    }

    /** Replaces the rule's mapping; every line must name a known country or program and a staff member. */
    private void replaceMapping(RoutingRule rule, String text) {
        if (rule == null || rule == RoutingRule.ROUND_ROBIN) {
            return;
        }
        long tenantId = signedInUser.getTenantId();
        Map<String, Long> entries = new TreeMap<>();
        for (String line : lines(text)) {
            String[] parts = line.split("=", 2);
            if (parts.length != 2) {
                throw new BusinessRuleException("inquirySettings.mappingLine", line);
            }
            UserAccount named = em.createQuery("select u from UserAccount u where u.email = :email"
                            + " and u.active = true", UserAccount.class)
                    .setParameter("email", UserAccount.normalizeEmail(parts[1].strip())).getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleException("inquirySettings.mappingStaff", parts[1].strip()));
            // Routing gives requests to recruiters who have joined (InquiryRepository.activeRecruiters): a line
            // naming anyone else would be saved and never followed.
            if (named.getRole() != ca.tremplin.security.Role.RECRUITER) {
                throw new BusinessRuleException("inquirySettings.mappingNotRecruiter", parts[1].strip());
            }
            if (!named.hasPassword()) {
                throw new BusinessRuleException("inquirySettings.mappingNotJoined", parts[1].strip());
            }
            for (String key : keys(rule, parts[0].strip(), line)) {
                Long before = entries.put(key, named.getId());
                if (before != null && !before.equals(named.getId())) {
                    throw new BusinessRuleException("inquirySettings.mappingTwice", parts[0].strip());
                }
            }
        }
        em.createNativeQuery("delete from inquiry_routing_entry where tenant_id = ?1 and match_kind = ?2")
                .setParameter(1, tenantId).setParameter(2, kind(rule)).executeUpdate();
        entries.forEach((key, recruiter) -> em.createNativeQuery("""
                        insert into inquiry_routing_entry (tenant_id, match_kind, match_value, user_account_id)
                        values (?1, ?2, ?3, ?4)""")
                .setParameter(1, tenantId).setParameter(2, kind(rule)).setParameter(3, key)
                .setParameter(4, recruiter).executeUpdate());
    }

    @Transactional
    public List<ReplyTemplate> templates() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return em.createQuery("select t from ReplyTemplate t order by t.language, t.name", ReplyTemplate.class)
                .getResultList();
    }

    @Transactional
    public ReplyTemplate saveTemplate(ReplyTemplate template) {
        requireAdmin();
        if (template.getName() != null) {
            template.setName(template.getName().strip().replaceAll("\\s+", " "));
        }
        // One template per name and language, as the table's key compares names (without case or accents).
        boolean taken = em.createQuery("select count(t) from ReplyTemplate t where t.name = :name"
                        + " and t.language = :language and (:id is null or t.id <> :id)", Long.class)
                .setParameter("name", template.getName() == null ? "" : template.getName().strip())
                .setParameter("language", template.getLanguage()).setParameter("id", template.getId())
                .getSingleResult() > 0;
        if (taken) {
            throw new BusinessRuleException("inquirySettings.templateNameTaken", template.getName().strip());
        }
        List<String> unknown = ReplyTemplate.unknownFields(template.getSubject(), template.getBody());
        if (!unknown.isEmpty()) {
            // Sent as typed, "Bonjour {prenm}," would reach the person: said now, while it can be corrected.
            throw new BusinessRuleException("inquirySettings.templateUnknownField", String.join(", ", unknown));
        }
        if (template.getId() == null) {
            em.persist(template);
            em.flush();
            changes.record(StaffChange.Subject.TEMPLATE, template.getId(), StaffChange.What.TEMPLATE_SAVED,
                    template.getName() + " (" + template.getLanguage() + ")");
            return template;
        }
        if (em.find(ReplyTemplate.class, template.getId()) == null) {
            throw new ca.tremplin.kernel.NotFoundException("template " + template.getId());
        }
        try {
            ReplyTemplate saved = em.merge(template);
            em.flush();
            changes.record(StaffChange.Subject.TEMPLATE, saved.getId(), StaffChange.What.TEMPLATE_SAVED,
                    saved.getName() + " (" + saved.getLanguage() + ")");
            return saved;
        } catch (jakarta.persistence.OptimisticLockException changed) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    private void traceChange(StaffChange.What what, Object before, Object after) {
        if (!java.util.Objects.equals(before == null ? "" : String.valueOf(before),
                after == null ? "" : String.valueOf(after))) {
            changes.record(StaffChange.Subject.SETTINGS, null, what,
                    (before == null || "".equals(before) ? "—" : before) + " → "
                            + (after == null || "".equals(after) ? "—" : after));
        }
    }

    /** Lines of a setting as one line of its trace. */
    private static String oneLine(String text) {
        return text == null || text.isBlank() ? "" : String.join(" ; ", text.strip().split("\\R+"));
    }

    /** A country code, or the ids of this centre's programs with that code (tenant-filtered). */
    private List<String> keys(RoutingRule rule, String key, String line) {
        if (rule == RoutingRule.BY_COUNTRY) {
            String country = key.toUpperCase(Locale.ROOT);
            if (!InquiryValidator.isCountry(country)) {
                throw new BusinessRuleException("inquirySettings.mappingKey", line);
            }
            return List.of(country);
        }
        List<String> ids = em.createQuery("select p from Program p where p.code = :code", Program.class)
                .setParameter("code", key).getResultStream().map(p -> String.valueOf(p.getId())).toList();
        if (ids.isEmpty()) {
            throw new BusinessRuleException("inquirySettings.mappingKey", line);
        }
        return ids;
    }

    private static String kind(RoutingRule rule) {
        return rule == RoutingRule.BY_COUNTRY ? "COUNTRY" : "PROGRAM";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private void requireAdmin() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }
}
