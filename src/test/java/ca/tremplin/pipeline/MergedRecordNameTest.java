package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.person.Lead;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.TenantContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A timeline line moved by a merge names the record it was written on, read by its id: only a merged record of the
 * reader's own centre is named, never another centre's, whatever id the line holds.
 */
class MergedRecordNameTest {

    private static final long FJORD = 7L;
    private static final long OTHER_CENTRE = 8L;

    @Test
    void aMergedRecordOfTheCentreIsNamedAndNoOtherCentresIs() {
        LeadService leads = service(Map.of(
                31L, record(FJORD, 40L, "Awa", "Diop", "awa@exemple.sn"),
                32L, record(OTHER_CENTRE, 50L, "Fatou", "Sarr", "fatou@exemple.sn"),
                33L, record(FJORD, null, "Awa", "Diop", "awa.diop@exemple.sn")));
        try (TenantContext.Scope ignored = TenantContext.enterRequest(FJORD)) {
            assertEquals(Optional.of("Awa Diop <awa@exemple.sn>"), leads.mergedRecordName(31L));
            assertEquals(Optional.empty(), leads.mergedRecordName(32L), "another centre's record, merged there");
            assertEquals(Optional.empty(), leads.mergedRecordName(33L), "a record not merged");
            assertEquals(Optional.empty(), leads.mergedRecordName(34L), "no record");
        }
        try (TenantContext.Scope ignored = TenantContext.enterRequest(OTHER_CENTRE)) {
            assertEquals(Optional.of("Fatou Sarr <fatou@exemple.sn>"), leads.mergedRecordName(32L));
            assertEquals(Optional.empty(), leads.mergedRecordName(31L));
        }
    }

    private static LeadService service(Map<Long, Lead> records) {
        LeadService leads = new LeadService();
        leads.personRecords = new ca.tremplin.person.LeadRepository() {
            @Override
            public Optional<Lead> byId(long id) {
                return Optional.ofNullable(records.get(id));
            }
        };
        leads.signedInUser = new SignedInUser() {
            @Override
            public void require(Role... roles) {
                // Signed in as staff.
            }
        };
        return leads;
    }

    private static Lead record(long tenantId, Long mergedIntoId, String firstName, String lastName, String email) {
        try {
            java.lang.reflect.Constructor<Lead> constructor = Lead.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Lead lead = constructor.newInstance();
            for (Map.Entry<String, Object> field : Map.<String, Object>of("tenantId", tenantId, "firstName", firstName,
                    "lastName", lastName, "email", email).entrySet()) {
                set(lead, field.getKey(), field.getValue());
            }
            set(lead, "mergedIntoId", mergedIntoId);
            return lead;
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void set(Lead lead, String name, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field field = Lead.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(lead, value);
    }
}
