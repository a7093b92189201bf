package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Several servers: a catalogue change committed by another server reaches this server's index through the change
 * stamp in the database, without waiting for the hourly rebuild.
 */
class CatalogStampIT extends InServerTest {

    @Inject
    CatalogIndex index;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Test
    void aChangeCommittedByAnotherServerShowsOnceTheStampIsRead() throws SQLException {
        String word = "estampille" + UUID.randomUUID().toString().substring(0, 6);
        Tenant tenant = fixtures.newSchoolBoard("stamp");
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, ca.tremplin.testsupport.TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", word, true);
        index.rebuild();
        assertEquals("Soudage-montage", titleOf(program));

        // What another server's commit leaves in the database: the program changed and the stamp moved, together.
        try (Connection connection = database.getConnection();
             PreparedStatement change = connection.prepareStatement("UPDATE program p, catalog_stamp s"
                     + " SET p.title_fr = ?, s.version = s.version + 1 WHERE p.id = ? AND s.id = 1")) {
            change.setString(1, "Soudage-montage et assemblage");
            change.setLong(2, program.getId());
            change.executeUpdate();
        }
        index.followStamp();

        assertEquals("Soudage-montage et assemblage", titleOf(program));
    }

    private String titleOf(Program program) {
        return index.published(List.of(program.getId())).get(0).card().titleFr();
    }
}
