package eu.restproject.academy.platform.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class that Payara's connection pool wraps. It reads {@code academy.db.url},
 * {@code academy.db.user} and {@code academy.db.password} from MicroProfile Config and picks the
 * driver from the URL, so one jar serves embedded H2 and PostgreSQL alike.
 *
 * <p>Why not {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition}: Payara resolves those before
 * the application's own config source is read, and the driver class itself differs per database.
 */
public class AcademyDataSource implements DataSource {

    private volatile DataSource target;

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = create(ConfigProvider.getConfig(AcademyDataSource.class.getClassLoader()));
                }
                current = target;
            }
        }
        return current;
    }

    static DataSource create(Config config) throws SQLException {
        String url = config.getValue("academy.db.url", String.class);
        var user = config.getOptionalValue("academy.db.user", String.class);
        var password = config.getOptionalValue("academy.db.password", String.class);
        if (url.startsWith("jdbc:postgresql:")) {
            // User and password may also be URL parameters; set them only when configured separately.
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            user.ifPresent(pg::setUser);
            password.ifPresent(pg::setPassword);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            // The embedded database is created by its first user, so the default must never change.
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.orElse("academy"));
            h2.setPassword(password.orElse(""));
            Optional<Path> dataFolder = config.getOptionalValue("academy.data.dir", String.class)
                    .map(folder -> Path.of(folder).toAbsolutePath().normalize())
                    .filter(folder ->
                            h2File(url).filter(file -> file.startsWith(folder)).isPresent());
            if (dataFolder.isPresent()) {
                DataFolder.protect(dataFolder.get(), h2);
            }
            return h2;
        }
        throw new IllegalStateException("academy.db.url must start with jdbc:h2: or jdbc:postgresql:, but is "
                + url.replaceAll("password=[^&;]*", "password=…"));
    }

    /**
     * The database file an H2 URL names ({@code jdbc:h2:file:/x/academy;...}, {@code jdbc:h2:~/academy}),
     * none for in-memory and server URLs. Only a database inside the data folder makes the platform
     * close that folder: it never changes the permissions of a folder it does not own, such as {@code /tmp}.
     */
    static Optional<Path> h2File(String url) {
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        if (name.matches("^[a-z]{2,}:.*")) {
            return Optional.empty();
        }
        name = name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name;
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /** The pool may pass its own (empty) credentials; the configured ones always win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
