package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The schema step that keeps each cached report's {@link ReportFields} in columns of {@code report_cache}:
 * step 8 of the local database ({@link Schema}) and version 8 of the team store ({@link TeamFieldsMigration}),
 * the same statements on both (SQLite reads {@code double precision} as REAL and {@code boolean} as 0 or 1). It
 * adds the columns, then fills them from the JSON of every report already cached, so the portfolio reads
 * the same X-Rays after the step as before it (docs/portfolio.md, Speed).
 *
 * <p>{@code fields_version} is the row's version when its fields were last written. Workstations of the
 * previous version keep writing to a migrated team store while the team upgrades (docs/team.md, Upgrades) and
 * know nothing of the fields: a row they added or rewrote has another {@code fields_version} than its version,
 * and its fields are read from its JSON until this version writes it again.
 */
final class ReportFieldsStep {

    /** The columns, in the order {@link #values(ReportFields)} gives their values. */
    static final String COLUMNS = "failure, data_grade, probability_of_default, data_sanity, missing_inputs, "
            + "not_rated_reason, flag, has_checks, document_name, document_type";

    private static final String ADD_COLUMNS = """
            ALTER TABLE report_cache ADD COLUMN failure text;
            ALTER TABLE report_cache ADD COLUMN data_grade text;
            ALTER TABLE report_cache ADD COLUMN probability_of_default double precision;
            ALTER TABLE report_cache ADD COLUMN data_sanity double precision;
            ALTER TABLE report_cache ADD COLUMN missing_inputs text;
            ALTER TABLE report_cache ADD COLUMN not_rated_reason text;
            ALTER TABLE report_cache ADD COLUMN flag text;
            ALTER TABLE report_cache ADD COLUMN has_checks boolean NOT NULL DEFAULT false;
            ALTER TABLE report_cache ADD COLUMN document_name text;
            ALTER TABLE report_cache ADD COLUMN document_type text;
            ALTER TABLE report_cache ADD COLUMN fields_version bigint
            """;

    private static final String FILL = "UPDATE report_cache SET failure = ?, data_grade = ?, probability_of_default = ?, "
            + "data_sanity = ?, missing_inputs = ?, not_rated_reason = ?, flag = ?, has_checks = ?, document_name = ?, "
            + "document_type = ?, fields_version = version WHERE id = ?";

    private ReportFieldsStep() {
    }

    /** Adds and fills the columns; the caller runs this inside the step's transaction. */
    static void apply(Connection connection) throws SQLException {
        FilledColumns.add(connection, ADD_COLUMNS, "SELECT id, json FROM report_cache", FILL, row -> {
            Object[] values = values(ReportFields.ofReportJson(row.getString("json")));
            Object[] withId = Arrays.copyOf(values, values.length + 1);
            withId[values.length] = row.getString("id");
            return withId;
        });
    }

    /** The values of {@link #COLUMNS} for a report's fields. */
    static Object[] values(ReportFields fields) {
        return new Object[] {fields.failure(), fields.grade(), fields.probabilityOfDefault(), fields.dataSanity(),
                fields.missingInputsJson(), fields.notRatedReason(), fields.flag(), fields.checks(),
                fields.documentName(), fields.documentType()};
    }

    /** The fields a row of {@link #COLUMNS} holds. */
    static ReportFields read(ResultSet rs) throws SQLException {
        return new ReportFields(rs.getString("failure"), rs.getString("data_grade"),
                Sql.optionalDouble(rs, "probability_of_default"), Sql.optionalDouble(rs, "data_sanity"),
                ReportFields.missingInputs(rs.getString("missing_inputs")), rs.getString("not_rated_reason"),
                rs.getString("flag"), rs.getBoolean("has_checks"), rs.getString("document_name"),
                rs.getString("document_type"));
    }
}
