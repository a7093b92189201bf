package ca.tremplin.kernel;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;

/**
 * Times bound as text with their microseconds, {@code 2026-12-07 19:15:32.123456}, for a server Connector/J would
 * send them to without their fraction.
 *
 * <p>Why: Connector/J leaves out the fraction of every time it binds — a {@code Timestamp}, an {@code Instant}, a
 * {@code LocalDateTime}, whatever {@code sendFractionalSeconds} says — when the server is older than MySQL 5.6.4 by
 * the version its handshake gives. MariaDB 10 gives {@code 5.5.5-10.11.6-MariaDB} there (a prefix for old replicas
 * that MariaDB 11 dropped), which Connector/J reads as 5.5.5: every time written to a {@code DATETIME(6)} column was
 * cut to the second, and two lines of a timeline or of a history written in the same second could no longer be told
 * apart by their time. Text is what Connector/J passes on as it is; the server reads it as the column's time, in
 * comparisons as in writes. Reading was never affected.
 *
 * <p>The text is the time in Hibernate's JDBC zone ({@code hibernate.jdbc.time_zone}, UTC here), as Connector/J
 * would have written it with that zone's calendar, to the microsecond: {@code DATETIME(6)} keeps no more.
 */
public final class TimesToTheMicrosecond {

    private static final DateTimeFormatter TO_THE_MICROSECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    /** {@code Instant} and the like, as Hibernate keeps them: a time of the timeline in UTC. */
    static final JdbcType UTC = new TimestampUtcAsJdbcTimestampJdbcType() {
        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return asText(javaType, this, true);
        }
    };

    /** {@code java.sql.Timestamp} and {@code LocalDateTime}, a native query's parameters among them. */
    static final JdbcType LOCAL = new TimestampJdbcType() {
        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return asText(javaType, this, false);
        }
    };

    private TimesToTheMicrosecond() {
    }

    /**
     * The text to bind for an instant in UTC, as Hibernate's times are kept: for statements written with JDBC alone
     * (the import's rows), which no dialect binds.
     */
    public static String utc(java.time.Instant instant) {
        return TO_THE_MICROSECOND.format(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    /**
     * The text to bind for a time read from a column as a {@code LocalDateTime} (the column's own time, no zone moved),
     * for statements written with JDBC alone that write it back.
     */
    public static String asRead(LocalDateTime time) {
        return TO_THE_MICROSECOND.format(time);
    }

    /** The text Connector/J is given for {@code timestamp}, in {@code zone} or, with none, in the JVM's zone. */
    static String text(Timestamp timestamp, ZoneId zone) {
        LocalDateTime local = zone == null ? timestamp.toLocalDateTime()
                : LocalDateTime.ofInstant(timestamp.toInstant(), zone);
        return TO_THE_MICROSECOND.format(local);
    }

    private static <X> ValueBinder<X> asText(JavaType<X> javaType, JdbcType jdbcType, boolean utc) {
        return new BasicBinder<>(javaType, jdbcType) {
            @Override
            protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
                    throws SQLException {
                statement.setString(index, text(value, options));
            }

            @Override
            protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
                    throws SQLException {
                statement.setString(name, text(value, options));
            }

            private String text(X value, WrapperOptions options) {
                Timestamp timestamp = javaType.unwrap(value, Timestamp.class, options);
                TimeZone jdbcZone = utc ? TimeZone.getTimeZone("UTC")
                        : value instanceof java.util.Calendar calendar ? calendar.getTimeZone()
                        : options.getJdbcTimeZone();
                return TimesToTheMicrosecond.text(timestamp, jdbcZone == null ? null : jdbcZone.toZoneId());
            }
        };
    }
}
