package ca.tremplin.kernel;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Hibernate's MariaDB dialect with times bound to the microsecond ({@link TimesToTheMicrosecond}): through
 * Connector/J, MariaDB 10 would otherwise store every time the application writes cut to the second. Chosen by
 * {@link DatabaseServer#dialect()} on MariaDB; {@code TREMPLIN_HIBERNATE_DIALECT=ca.tremplin.kernel.MariaDbDialect}
 * names it, where {@code org.hibernate.dialect.MariaDBDialect} would bring the loss back.
 */
public class MariaDbDialect extends MariaDBDialect {

    public MariaDbDialect() {
        super();
    }

    public MariaDbDialect(DatabaseVersion version) {
        super(version);
    }

    public MariaDbDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        JdbcTypeRegistry types = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        types.addDescriptor(SqlTypes.TIMESTAMP_UTC, TimesToTheMicrosecond.UTC);
        types.addDescriptor(SqlTypes.TIMESTAMP, TimesToTheMicrosecond.LOCAL);
    }
}
