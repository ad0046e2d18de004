package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlTest {

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (text TEXT, whole INTEGER, at INTEGER)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private record Row(String text, long whole, Instant at) {
    }

    private List<Row> rows() throws SQLException {
        return Sql.list(connection, "SELECT text, whole, at FROM t ORDER BY rowid",
                rs -> new Row(rs.getString("text"), rs.getLong("whole"), Sql.instant(rs, "at")));
    }

    @Test
    void bindsTextWholeNumbersAndInstantsInOrder() throws SQLException {
        Instant at = Instant.parse("2026-03-01T10:00:00.123Z");
        assertEquals(1, Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", "a", 5_000_000_000L, at));
        assertEquals(1, Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", "b", 7, null));

        assertEquals(List.of(new Row("a", 5_000_000_000L, at), new Row("b", 7, null)), rows());
        assertEquals(at.toEpochMilli(), Sql.list(connection, "SELECT at FROM t WHERE text = ?",
                rs -> rs.getLong(1), "a").get(0));
    }

    @Test
    void bindsNullAsSqlNull() throws SQLException {
        Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", null, 1, null);
        assertNull(rows().get(0).text());
        assertEquals(1, Sql.list(connection, "SELECT 1 FROM t WHERE text IS NULL AND at IS NULL", rs -> 1).size());
    }

    @Test
    void updateReportsHowManyRowsChanged() throws SQLException {
        Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", "a", 1, null);
        Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", "a", 2, null);
        assertEquals(2, Sql.update(connection, "UPDATE t SET whole = ? WHERE text = ?", 3, "a"));
        assertEquals(0, Sql.update(connection, "DELETE FROM t WHERE text = ?", "none"));
    }

    @Test
    void refusesAValueWithNoBinding() {
        assertThrows(IllegalArgumentException.class,
                () -> Sql.update(connection, "INSERT INTO t VALUES (?, ?, ?)", "a", new java.math.BigDecimal("1.5"),
                        null));
    }
}
