package tremplin.ceiling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * POST /ceiling/rows inserts one row and answers 201: the least a request that writes can cost. Request-scoped
 * so that it is a CDI bean and the server injects the datasource.
 */
@RequestScoped
@Path("rows")
public class OneRowResource {

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource dataSource;

    @ApplicationPath("/")
    public static class Rest extends Application {
    }

    @POST
    public Response insert() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into bench_ceiling (created_at) values (current_timestamp(6))")) {
            insert.executeUpdate();
        }
        return Response.status(Response.Status.CREATED).build();
    }
}
