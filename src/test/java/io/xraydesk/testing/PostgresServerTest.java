package io.xraydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL is honest about credentials, reachable on loopback only, and leaves nothing behind. */
class PostgresServerTest {

    @Test
    void aServerChecksPasswordsWithScramSurvivesARestartAndIsGoneOnceClosed() throws SQLException {
        PostgresServer server = PostgresServer.start();
        try {
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                assertEquals("127.0.0.1", single(s, "SHOW listen_addresses"));
                assertEquals("scram-sha-256", single(s, "SHOW password_encryption"));
                assertEquals(List.of("scram-sha-256"), column(s, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"));
                s.execute("CREATE TABLE kept (x int)");
            }
            Properties wrong = new Properties();
            wrong.setProperty("user", PostgresServer.SUPERUSER);
            wrong.setProperty("password", "not-" + server.password());
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(server.url("postgres"), wrong).close());
            assertEquals("28P01", refused.getSQLState());

            server.stop(true);
            assertThrows(SQLException.class, () -> server.connect("postgres").close());
            server.restart();
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                assertEquals("0", single(s, "SELECT count(*) FROM kept"));
            }
        } finally {
            server.close();
        }
        assertFalse(Files.exists(server.folder()), "the data folder was left behind");
    }

    private static String single(Statement s, String sql) throws SQLException {
        return column(s, sql).get(0);
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
