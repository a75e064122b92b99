package id.go.merangin.sapo.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means SAPO can take a check-in: the database answers within two seconds, PostGIS is there and Flyway has
 * migrated the schema. The answer names the application and schema versions for the IT staff's dashboards.
 * It lives in a library jar of the EAR because WildFly 39 looks for the health checks of an EAR through one bean
 * manager that sees the EAR's libraries but not its modules.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** SAPO's datasource, configured in WildFly by {@code ear/src/main/wildfly/sapo-server.cli}. */
    public static final String DATASOURCE = "java:jboss/datasources/SapoDS";

    private static final String PROBE =
            "select postgis_lib_version(), " + "(select max(version::int) from flyway_schema_history where success)";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("sapo-database").withData("version", ApplicationVersion.current());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PROBE)) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return response.up()
                        .withData("postgis", row.getString(1))
                        .withData("schemaVersion", row.getLong(2))
                        .build();
            }
        } catch (SQLException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName() + " " + e.getSQLState())
                    .build();
        }
    }
}
