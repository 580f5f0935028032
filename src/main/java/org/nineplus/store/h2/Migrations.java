package org.nineplus.store.h2;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Creates and upgrades the library's schema with the Flyway migrations in {@code db/migration}. Applied migrations
 * are recorded in the file ({@code flyway_schema_history}), so each runs once per library.
 */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    /**
     * Held so that java.util.logging keeps the level. Flyway's progress lines, and its warning that H2 2.4 is newer
     * than it was verified with, are not for the user; its failures arrive as exceptions.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.SEVERE);
    }

    private Migrations() {
    }

    /**
     * Brings the schema up to date through the store's own connection. Not through a connection of Flyway's own:
     * H2 2.4 binds a new check constraint to the session that created it, and once that session closes while the
     * database stays open, every insert fails with "Check constraint invalid" (the database has been closed).
     */
    static void migrate(Connection connection, LibraryErrors errors, List<String> locations,
                        Runnable beforeMigrating) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(new SingleConnection(connection))
                .locations(locations.toArray(String[]::new))
                .load();
        try {
            MigrationInfo current = flyway.info().current();
            if (current != null && current.getState() == MigrationState.FUTURE_SUCCESS) {
                throw errors.newerLibrary(current.getVersion().getVersion());
            }
            // An existing library about to change its schema is backed up first; a new, empty one is not.
            if (current != null && flyway.info().pending().length > 0) {
                beforeMigrating.run();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw errors.notALibrary(e);
        }
    }

    /** Hands Flyway the one connection; Flyway's close() leaves it open for the store. */
    private static final class SingleConnection implements DataSource {

        private final Connection connection;

        SingleConnection(Connection target) {
            this.connection = (Connection) Proxy.newProxyInstance(Migrations.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            return null;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the connection is already open
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
