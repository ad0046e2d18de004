package io.xraydesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema step that keeps what the X-Ray rules read of a cached request's JSON in a column of
 * {@code request_cache}: whether the request carries notes (they launch its Financial X-Ray). Its creation
 * time is already the {@code created_at} column. Step 9 of the local database ({@link Schema}) and version 9 of
 * the team store ({@link TeamRequestFieldsMigration}), the same statements on both. It adds the column, then fills
 * it from the JSON of every request already cached, so the portfolio reads its 10,000 requests without parsing
 * one (docs/portfolio.md, Speed).
 *
 * <p>{@code notes_given} is null when the stored JSON cannot be read: the request is then as unknown to the
 * rules as when its JSON is read whole. {@code fields_version} plays the part it plays for reports
 * ({@link ReportFieldsStep}): a row that a workstation of the previous version wrote into a team store has
 * another {@code fields_version} than its version, and its notes are read from its JSON until this version
 * writes it again.
 */
final class RequestFieldsStep {

    /** The fields of a request's notes (docs/october-api.md, Requests, notes): any one given makes notes. */
    private static final List<String> NOTES = List.of("holding", "workforceNumber", "equity", "revenue",
            "amortizationDepreciation", "netIncome");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADD_COLUMNS = """
            ALTER TABLE request_cache ADD COLUMN notes_given boolean;
            ALTER TABLE request_cache ADD COLUMN fields_version bigint
            """;

    private static final String FILL = "UPDATE request_cache SET notes_given = ?, fields_version = version WHERE id = ?";

    private RequestFieldsStep() {
    }

    /** Adds and fills the column; the caller runs this inside the step's transaction. */
    static void apply(Connection connection) throws SQLException {
        FilledColumns.add(connection, ADD_COLUMNS, "SELECT id, request_json FROM request_cache", FILL,
                row -> new Object[] {notesGiven(row.getString("request_json")), row.getString("id")});
    }

    /**
     * Whether the request's JSON carries notes: its {@code notes} has one of their fields not null, as the API
     * client reads them. Null when the text is not a JSON object.
     */
    static Boolean notesGiven(String requestJson) {
        try {
            JsonNode request = requestJson == null ? null : JSON.readTree(requestJson);
            if (request == null || !request.isObject()) {
                return null;
            }
            JsonNode notes = request.path("notes");
            return NOTES.stream().anyMatch(field -> !notes.path(field).isMissingNode() && !notes.path(field).isNull());
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    /** The row's notes: from the column, or from the JSON when a previous version wrote the row since. */
    static Boolean read(ResultSet rs) throws SQLException {
        String stale = rs.getString("stale_json");
        if (stale != null) {
            return notesGiven(stale);
        }
        boolean given = rs.getBoolean("notes_given");
        return rs.wasNull() ? null : given;
    }
}
