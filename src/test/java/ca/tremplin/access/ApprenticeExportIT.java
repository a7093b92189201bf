package ca.tremplin.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.PersonalData;
import ca.tremplin.person.PersonalDataArchive;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.ZipEntries;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Staff export the data of an apprentice their centre knows only by the showcase — no request, registration or
 * application made them a lead — as they export a lead's: the same archive, in the format of portability (a page to
 * read in each language, JSON with every table, CSV, a workbook, the photo as a file), what the centre's admins alone
 * see left out for a recruiter, and the access log saying who exported whom, by the profile. Another centre's profile
 * is not found whatever number is sent; an apprentice the centre also follows as a lead is exported as that lead.
 */
class ApprenticeExportIT extends InServerTest {

    @Inject
    AccessRequests accessRequests;

    @Inject
    ca.tremplin.showcase.ShowcaseInvitations invitations;

    @Inject
    ca.tremplin.showcase.ShowcasePosting posting;

    @Inject
    DatabaseRows rows;

    @Test
    void staffExportAnApprenticeKnownOnlyByTheShowcaseAsALeadsDataAndTheAccessLogSaysSo() throws Exception {
        TestCentre centre = fixtures.newCentre("apprentice-export");
        String email = InquiryRequests.uniqueEmail();
        long profile = posted(centre, email, "Fatou");

        Map<String, String> recruiters;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            AccessRequests.Download file = accessRequests.staffExportOfApprentice(profile);
            assertEquals("personal-data-showcase-" + profile + ".zip", file.fileName());
            recruiters = ZipEntries.asText(file.content());
        }
        JsonObject json = Json.createReader(new StringReader(recruiters.get("personal-data.json"))).readObject();
        assertEquals(PersonalDataArchive.FORMAT, json.getString("format"));
        assertEquals(profile, json.getJsonArray("showcaseProfileIds").getJsonNumber(0).longValue());
        assertEquals("Fatou", json.getJsonObject("tables").getJsonArray("showcase_profile").getJsonObject(0)
                .getString("display_name"));
        assertTrue(json.getJsonObject("tables").getJsonArray("consent_record").size() >= 2,
                "the consents, word for word");
        assertTrue(recruiters.containsKey("vos-donnees.html") && recruiters.containsKey("your-data.html")
                && recruiters.containsKey("csv/showcase_profile.csv") && recruiters.containsKey("personal-data.xlsx"),
                recruiters.keySet().toString());
        assertTrue(recruiters.keySet().stream().anyMatch(name -> name.startsWith("files/showcase_photo/")),
                "the photo, as a file: " + recruiters.keySet());
        assertFalse(recruiters.keySet().stream().anyMatch(name -> name.contains("personal_data_access")),
                "who looked at the data is for the centre's admins");

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            Map<String, String> admins = ZipEntries.asText(accessRequests.staffExportOfApprentice(profile).content());
            assertTrue(admins.containsKey("csv/personal_data_access.csv"), admins.keySet().toString());
            assertTrue(admins.get("csv/personal_data_access.csv").lines().count() >= 2,
                    "the recruiter's export is in it: " + admins.get("csv/personal_data_access.csv"));
        }
        assertEquals(1L, rows.count("select count(*) from personal_data_access where tenant_id = ?"
                + " and showcase_profile_id = ? and lead_id is null and user_id = ? and action = 'EXPORTED'",
                centre.tenant().getId(), profile, centre.recruiter().getId()), "the access log names the profile");
        assertEquals(PersonalData.SHOWCASE_TABLES.stream().map(PersonalData.Holding::table)
                        .filter(table -> !PersonalData.ADMINS_ONLY.contains(table)).collect(Collectors.toSet()),
                json.getJsonObject("tables").keySet(),
                "every table of the showcase, the access log aside for a recruiter");
    }

    @Test
    void anotherCentresProfileIsNotFoundAndAnApprenticeFollowedAsALeadIsExportedAsTheLead() throws Exception {
        TestCentre centre = fixtures.newCentre("apprentice-export-a");
        TestCentre other = fixtures.newCentre("apprentice-export-b");
        String email = InquiryRequests.uniqueEmail();
        long profile = posted(centre, email, "Ousmane");
        try (TenantContext.Scope ignored = other.asAdmin()) {
            assertThrows(NotFoundException.class, () -> accessRequests.staffExportOfApprentice(profile),
                    "another centre's profile is not found");
        }

        long lead = fixtures.newLead(centre.tenant(), InquiryRequests.complete(email, centre.program().getId()))
                .getId();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            AccessRequests.Download file = accessRequests.staffExportOfApprentice(profile);
            assertEquals("personal-data-" + lead + ".zip", file.fileName(), "the lead's export");
            JsonObject json = Json.createReader(new StringReader(ZipEntries.asText(file.content()).get("personal-data.json")))
                    .readObject();
            assertEquals(lead, json.getJsonArray("leadIds").getJsonNumber(0).longValue());
            assertEquals(1, json.getJsonObject("tables").getJsonArray("showcase_profile").size(),
                    "with the profile, as the lead page's export has it");
        }
        assertEquals(1L, rows.count("select count(*) from personal_data_access where lead_id = ?"
                + " and action = 'EXPORTED'", lead), "in the access log as the lead's export");
    }

    /** A profile an adult posted from an invitation sent to this address; its number. */
    private long posted(TestCentre centre, String email, String name) throws SQLException {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(email, Locale.FRENCH);
        }
        String link = "invitation=([A-Za-z0-9_-]+)";
        String body = rows.strings("select body_text from outbox_message where recipient = ? order by id desc",
                email).stream().filter(text -> Pattern.compile(link).matcher(text).find()).findFirst().orElseThrow();
        Matcher invitation = Pattern.compile(link).matcher(body);
        assertTrue(invitation.find());
        return posting.post(invitation.group(1), new ca.tremplin.showcase.ProfilePost(name, centre.program().getId(),
                        "Soudeuse", "Atelier " + UUID.randomUUID().toString().substring(0, 6),
                        "J’aime souder les pièces qui tiennent les ponts.", null, email,
                        java.time.Year.now().getValue() - 24, null, null, true, true, true),
                ca.tremplin.showcase.TestPhotos.photo(), Locale.FRENCH, "10.66.8.1").profileId();
    }
}
