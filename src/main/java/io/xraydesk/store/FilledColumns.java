package io.xraydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The shape of the schema steps that keep values of a cached row's JSON in columns beside it
 * ({@link ReportFieldsStep}, {@link RequestFieldsStep}): add the columns, then fill them for every row already
 * cached, in batches, inside the step's transaction.
 */
final class FilledColumns {

    /** Rows filled per batch: bounds the memory a large cache takes while keeping round trips few. */
    private static final int BATCH = 500;

    /** The fill statement's parameters for one row of the select. */
    interface Values {
        Object[] of(ResultSet row) throws SQLException;
    }

    private FilledColumns() {
    }

    /**
     * Runs {@code addColumns} (statements separated by semicolons), then {@code fill} with the {@code values} of
     * each row {@code select} gives.
     */
    static void add(Connection connection, String addColumns, String select, String fill, Values values)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : addColumns.split(";")) {
                statement.execute(sql);
            }
        }
        try (Statement reading = connection.createStatement();
             ResultSet rows = reading.executeQuery(select);
             PreparedStatement filling = connection.prepareStatement(fill)) {
            int pending = 0;
            while (rows.next()) {
                Sql.bind(filling, values.of(rows));
                filling.addBatch();
                if (++pending == BATCH) {
                    filling.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                filling.executeBatch();
            }
        }
    }
}
