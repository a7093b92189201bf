package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Managing the tenant directory: who may do what, conflicts, logos. */
class TenantServiceIT extends InServerTest {

    @Inject
    TenantService tenants;

    @Inject
    TenantRepository repository;

    @Inject
    Tenancy tenancy;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    @Test
    void onlyThePlatformAdminCreatesTenantsAndSlugsAreUnique() {
        Tenant coordination = tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant existing = fixtures.newSchoolBoard("slug");
        UserAccount cssAdmin = fixtures.newAccount(existing, Role.CSS_ADMIN);

        try (var session = TestSessions.signedInAs(cssAdmin, existing)) {
            assertThrows(AccessDeniedException.class, () -> tenants.create(draft("css-interdit")));
        }
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            Tenant created = tenants.create(draft("css-des-" + System.nanoTime()));
            assertEquals(TenantKind.SCHOOL_BOARD, created.getKind());
            List<ca.tremplin.security.StaffChange> trace = changes.ofCentre(created.getId());
            assertEquals(List.of("CENTRE_CREATED"), trace.stream().map(line -> line.getWhat().name()).toList());
            assertEquals(platformAdmin.getId(), trace.get(0).getActorId(), "who created it");
            java.util.List<String> starters = tenancy.acrossAllTenants(() -> em.createQuery(
                    "select concat(t.language, ':', t.name) from ReplyTemplate t where t.tenantId = :t order by"
                            + " t.language, t.name", String.class).setParameter("t", created.getId()).getResultList());
            assertEquals(java.util.List.of("en:Documents to provide", "en:First contact", "fr:Documents à fournir",
                    "fr:Premier contact"), starters, "its recruiters can answer a first request from day one");
            BusinessRuleException taken = assertThrows(BusinessRuleException.class,
                    () -> tenants.create(draft(existing.getSlug())));
            assertEquals("tenant.slugTaken", taken.messageKey());
            Tenant unreachable = draft("css-sans-adresse-" + System.nanoTime());
            unreachable.setContactEmail(" ");
            assertEquals("tenant.privacyAddressRequired", assertThrows(BusinessRuleException.class,
                    () -> tenants.create(unreachable)).messageKey(),
                    "every mail names whom to ask about personal information, with an address");
        }
    }

    @Test
    void theDirectorySortsOnTheServerByTheChosenColumnWithinTheFilter() {
        Tenant coordination = tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        String label = "tri" + System.nanoTime();
        Tenant first = fixtures.newSchoolBoard(label);
        Tenant second = fixtures.newSchoolBoard(label);
        List<String> ascending = Stream.of(first, second).map(Tenant::getSlug).sorted()
                .toList();

        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            assertEquals(ascending, slugs(tenants.page(label, 0, 10, new TableSort("slug", true))));
            List<String> descending = new ArrayList<>(ascending);
            Collections.reverse(descending);
            assertEquals(descending, slugs(tenants.page(label, 0, 10, new TableSort("slug", false))));
            assertEquals(2, tenants.count(label));
        }
    }

    /**
     * What the public reads of a centre: a name no other centre has (capitals and accents aside), a website that is
     * a web address, phones that are phone numbers (an extension kept). Each refusal names the value.
     */
    @Test
    void aCentresNamesAreItsOwnAndItsWebsiteAndPhonesCanBeFollowed() {
        Tenant coordination = tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant existing = fixtures.newSchoolBoard("names");
        UserAccount cssAdmin = fixtures.newAccount(existing, Role.CSS_ADMIN);
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            Tenant twin = draft("css-jumeau-" + System.nanoTime());
            twin.setNameFr("  " + existing.getNameFr().toUpperCase(java.util.Locale.ROOT).replace("E", "É") + " ");
            BusinessRuleException taken = assertThrows(BusinessRuleException.class, () -> tenants.create(twin));
            assertEquals("tenant.nameTaken", taken.messageKey());
            Tenant english = draft("css-jumeau-en-" + System.nanoTime());
            english.setNameEn(existing.getNameEn());
            assertEquals("tenant.nameTaken", assertThrows(BusinessRuleException.class,
                    () -> tenants.create(english)).messageKey(), "nor its English name");
            Tenant spaced = draft("css-jumeau-espace-" + System.nanoTime());
            spaced.setNameEn(existing.getNameEn().replace(" ", "  \u00a0"));
            assertEquals("tenant.nameTaken", assertThrows(BusinessRuleException.class,
                    () -> tenants.create(spaced)).messageKey(), "nor with a space typed twice, which no page shows");
        }
        try (var session = TestSessions.signedInAs(cssAdmin, existing)) {
            for (String website : List.of("http://\"onmouseover=alert(1)", "https://*", "https://www.exemple.qc.ca:99999",
                    "https://intrus@www.exemple.qc.ca")) {
                Tenant edited = tenants.find(existing.getId());
                edited.setWebsite(website);
                assertEquals("tenant.websiteUnreadable", assertThrows(BusinessRuleException.class,
                        () -> tenants.update(edited)).messageKey(), website);
            }
            for (String phone : List.of("<b>call me</b> ☎", "12")) {
                Tenant edited = tenants.find(existing.getId());
                edited.setContactPhone(phone);
                assertEquals("tenant.phoneUnreadable", assertThrows(BusinessRuleException.class,
                        () -> tenants.update(edited)).messageKey(), phone);
            }
            for (String emptied : java.util.Arrays.asList(null, "  \n ")) {
                Tenant edited = tenants.find(existing.getId());
                edited.setMailingAddress(emptied);
                assertEquals("tenant.mailingAddressRequired", assertThrows(BusinessRuleException.class,
                        () -> tenants.update(edited)).messageKey(), "bulk e-mail needs it (CASL)");
            }
            Tenant edited = tenants.find(existing.getId());
            edited.setWebsite("https://www.css-exemple.gouv.qc.ca/international");
            edited.setContactPhone("418 555-0100 poste 12");
            edited.setNameFr(existing.getNameFr()); // its own name is not another's
            Tenant saved = tenants.update(edited);
            assertEquals("418 555-0100 poste 12", saved.getContactPhone(), "kept as written, extension and all");
        }
    }

    private static List<String> slugs(List<TenantRow> page) {
        return page.stream().map(TenantRow::slug).toList();
    }

    @Test
    void aCssAdminEditsTheirOwnCentreButNotAnother() {
        Tenant own = fixtures.newSchoolBoard("own");
        Tenant other = fixtures.newSchoolBoard("other");
        UserAccount admin = fixtures.newAccount(own, Role.CSS_ADMIN);

        try (var session = TestSessions.signedInAs(admin, own)) {
            Tenant editable = tenants.find(own.getId());
            editable.setContactEmail("accueil@own.example");
            assertEquals("accueil@own.example", tenants.update(editable).getContactEmail());

            assertThrows(NotFoundException.class, () -> tenants.find(other.getId()));
            Tenant forged = tenancy.acrossAllTenants(() -> repository.findById(other.getId())).orElseThrow();
            forged.setNameFr("Pris par un autre");
            assertThrows(NotFoundException.class, () -> tenants.update(forged));
        }
        String otherName = tenancy.acrossAllTenants(() -> repository.findById(other.getId())).orElseThrow().getNameFr();
        assertTrue(otherName.startsWith("Centre de services scolaire other"));
    }

    @Test
    void twoAdminsSavingTheSameCentreGetAConflictNotASilentOverwrite() {
        Tenant tenant = fixtures.newSchoolBoard("conflict");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Tenant first = tenants.find(tenant.getId());
            Tenant second = tenants.find(tenant.getId());
            first.setContactPhone("+1 418 555 0101");
            tenants.update(first);
            second.setContactPhone("+1 418 555 0202");

            BusinessRuleException conflict = assertThrows(BusinessRuleException.class, () -> tenants.update(second));
            assertEquals("conflict.modifiedMeanwhile", conflict.messageKey());
            assertEquals("+1 418 555 0101", tenants.find(tenant.getId()).getContactPhone());
        }
    }

    @Test
    void aLogoMustBeARealImageAndIsStoredAsAPng() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("logo");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        byte[] pretendImage = "<svg onload=alert(1)>".getBytes();

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertEquals("logo.notAnImage", assertThrows(BusinessRuleException.class,
                    () -> tenants.replaceLogo(tenant.getId(), pretendImage)).messageKey());
            assertEquals("logo.empty", assertThrows(BusinessRuleException.class,
                    () -> tenants.replaceLogo(tenant.getId(), new byte[0])).messageKey());

            tenants.replaceLogo(tenant.getId(), jpeg(1200, 600));
        }
        byte[] stored = tenancy.acrossAllTenants(() -> repository.logo(tenant.getId())).orElseThrow();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(stored, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertEquals(480, image.getWidth(), "scaled down to fit 480 x 240");
        assertEquals(240, image.getHeight());
    }

    /**
     * Closing a centre locks all its staff out, and its profile names whom people write to: each change to the centre
     * itself leaves a line (who, when, what, which fields), filed under the centre, that the coordinator and the
     * centre's admins both read; a change refused leaves none.
     */
    @Test
    void eachChangeToACentreLeavesALineThatItsAdminsAndTheCoordinatorRead() throws Exception {
        Tenant coordination = tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant centre = fixtures.newSchoolBoard("trace");
        Tenant other = fixtures.newSchoolBoard("trace-other");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);

        try (var session = TestSessions.signedInAs(admin, centre)) {
            Tenant edited = tenants.find(centre.getId());
            Tenant stale = tenants.find(centre.getId());
            edited.setContactEmail("accueil@trace.example");
            edited.setContactPhone("+1 418 555 0147");
            tenants.update(edited);
            stale.setNameFr("Nom jamais enregistré");
            assertThrows(BusinessRuleException.class, () -> tenants.update(stale));
            Tenant unchanged = tenants.find(centre.getId());
            tenants.update(unchanged);
            tenants.replaceLogo(centre.getId(), jpeg(300, 100));
        }
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            tenants.setActive(centre.getId(), false);
            tenants.setActive(centre.getId(), false);
            tenants.setActive(centre.getId(), true);
            tenants.setActive(other.getId(), false);
            tenants.setActive(other.getId(), true);
            assertEquals(2, changes.ofCentre(other.getId()).size());
            List<ca.tremplin.security.StaffChange> history = changes.ofCentre(centre.getId());
            assertEquals(List.of("CENTRE_REOPENED", "CENTRE_CLOSED", "CENTRE_LOGO", "CENTRE_PROFILE", "CENTRE_PROFILE"),
                    history.stream().map(change -> change.getWhat().name()).toList(),
                    "newest first, a line per field; a save that changed nothing, a refused one and a second close"
                            + " leave none");
            assertEquals(List.of(platformAdmin.getId(), platformAdmin.getId(), admin.getId(), admin.getId(),
                    admin.getId()), history.stream().map(ca.tremplin.security.StaffChange::getActorId).toList());
            assertEquals(java.util.Set.of("contact e-mail (" + centre.getContactEmail() + " → accueil@trace.example)",
                    "contact phone (— → +1 418 555 0147)"), history.subList(3, 5).stream()
                    .map(line -> line.detailIn(ca.tremplin.kernel.Languages.ENGLISH))
                    .collect(java.util.stream.Collectors.toSet()),
                    "each field changed, in the reader's words, with its value before and after");
            assertEquals(java.util.Set.of("courriel de contact (" + centre.getContactEmail()
                    + " → accueil@trace.example)", "téléphone de contact (— → +1 418 555 0147)"),
                    history.subList(3, 5).stream().map(line -> line.detailIn(ca.tremplin.kernel.Languages.FRENCH))
                            .collect(java.util.stream.Collectors.toSet()));
        }
        try (var session = TestSessions.signedInAs(admin, centre)) {
            assertEquals(5, changes.ofCentre(centre.getId()).size(), "the centre's admins read the same history");
            assertTrue(changes.ofSettings().stream().noneMatch(change ->
                    change.getSubject() == ca.tremplin.security.StaffChange.Subject.CENTRE),
                    "the routing settings' history keeps to the settings");
            assertTrue(changes.ofCentre(other.getId()).isEmpty(), "another centre's history is not theirs to read");
        }
    }

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Test
    void theCoordinatingOrganisationCannotBeDeactivated() {
        Tenant coordination = tenancy.acrossAllTenants(() -> repository.findCoordination()).orElseThrow();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);

        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            assertEquals("tenant.cannotDeactivateCoordination", assertThrows(BusinessRuleException.class,
                    () -> tenants.setActive(coordination.getId(), false)).messageKey());
        }
    }

    private static Tenant draft(String slug) {
        Tenant tenant = new Tenant();
        tenant.setSlug(slug);
        tenant.setNameFr("Centre de services scolaire de l’Essai " + slug);
        tenant.setNameEn("Essai School Service Centre " + slug);
        tenant.setRegion(QuebecRegion.OUTAOUAIS);
        tenant.setContactEmail("info@" + slug + ".test");
        return tenant;
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
