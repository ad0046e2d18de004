package io.xraydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the stores bind parameters, run updates and read rows. A parameter is null, text, a
 * whole number or an instant (stored as epoch milliseconds); anything else is a programming error.
 * Transactions stay with the caller ({@link LocalDatabase#write}): these only run statements.
 */
final class Sql {

    /** Turns the current row of a result into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE with {@code parameters} bound in order; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    /** Runs {@code sql} with {@code parameters} bound in order and reads every row it returns. */
    static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        }
    }

    /** Binds {@code parameters} to the statement's placeholders, the first to {@code ?1}. */
    static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bind(s, i + 1, parameters[i]);
        }
    }

    private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            s.setString(index, text);
        } else if (value instanceof Long || value instanceof Integer) {
            s.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Instant instant) {
            s.setLong(index, instant.toEpochMilli());
        } else if (value instanceof Double number) {
            s.setDouble(index, number);
        } else if (value instanceof Boolean flag) {
            s.setBoolean(index, flag);
        } else {
            throw new IllegalArgumentException("No SQL binding for a " + value.getClass().getName());
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** A nullable floating-point column. */
    static Double optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
