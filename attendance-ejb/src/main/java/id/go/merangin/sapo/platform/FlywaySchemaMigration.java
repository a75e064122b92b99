package id.go.merangin.sapo.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.jboss.logging.Logger;

/**
 * Brings the database schema up to date with Flyway while Hibernate builds the persistence unit, before Hibernate
 * validates the schema against the entities. Running here (a Hibernate {@link Integrator}, registered through
 * {@code META-INF/services}) rather than in a start-up bean is what makes "Flyway owns the schema, Hibernate only
 * validates" work on WildFly: the persistence unit starts before any bean of the application does.
 */
public class FlywaySchemaMigration implements Integrator {

    /** The datasource of the persistence unit, configured in WildFly by {@code ear/src/main/wildfly/*.cli}. */
    public static final String DATASOURCE = DatabaseReadiness.DATASOURCE;

    private static final Logger LOG = Logger.getLogger(FlywaySchemaMigration.class);

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        MigrateResult result = SchemaMigrations.flyway(lookupDataSource()).migrate();
        LOG.infof(
                "Database schema at version %s (%d migration(s) applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("SAPO's datasource " + DATASOURCE + " is not configured", e);
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: the schema stays
    }
}
