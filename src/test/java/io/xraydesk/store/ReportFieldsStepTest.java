package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 8 keeps the values of each report the X-Ray rules read in columns ({@link ReportFields}): filled
 * from the JSON of the reports cached before the step, written with the JSON of the reports cached after, and
 * read back as the JSON gives them.
 */
class ReportFieldsStepTest {

    private static final String REQUEST = "6413297aad6e59418e7748fb";
    private static final Instant AT = Instant.ofEpochMilli(1772359200000L);

    /** Report data of every kind the rules read, with the fields each must give. */
    static final Map<String, ReportFields> SAMPLES = samples();

    @TempDir
    Path dir;

    private static Map<String, ReportFields> samples() {
        Map<String, ReportFields> samples = new LinkedHashMap<>();
        samples.put("{\"error\":{\"message\":\" Statement unreadable \"}}",
                fields("Statement unreadable", null, null, null, List.of(), null, null, false, null));
        samples.put("{\"error\":{\"code\":17}}", fields("", null, null, null, List.of(), null, null, false, null));
        samples.put("{\"error\":\"timeout\",\"dataSanity\":90}",
                fields("timeout", null, null, 90.0, List.of(), null, null, false, null));
        samples.put("{\"status\":\"FAILED\",\"reason\":\"no pages\"}",
                fields("no pages", null, null, null, List.of(), null, null, false, null));
        samples.put("{\"status\":\"failed\"}", fields("", null, null, null, List.of(), null, null, false, null));
        samples.put("{\"dataSanity\":\" 62 \",\"notRatedReason\":\"too few lines\"}",
                fields(null, null, null, 62.0, List.of(), "too few lines", null, false, null));
        samples.put("{\"grade\":\"B\",\"probabilityOfDefault\":0.0123}",
                fields(null, "B", 0.0123, null, List.of(), null, null, false, null));
        samples.put("{\"missingInputs\":[\" ESG questionnaire \",\"\",null,{},\"Number of employees\"]}",
                fields(null, null, null, null, List.of("ESG questionnaire", "Number of employees"), null, null, false,
                        null));
        samples.put("{\"flag\":\"green\",\"checks\":[],\"documentName\":\" bilan 2024.pdf\","
                + "\"documentType\":\"financial_statement\"}", new ReportFields(null, null, null, null, List.of(), null,
                        "green", true, " bilan 2024.pdf", "financial_statement"));
        samples.put("{\"checks\":{},\"documentName\":{},\"probabilityOfDefault\":\"n/a\"}",
                fields(null, null, null, null, List.of(), null, null, false, null));
        samples.put("null", fields(null, null, null, null, List.of(), null, null, false, null));
        return samples;
    }

    private static ReportFields fields(String failure, String grade, Double pd, Double sanity, List<String> missing,
            String notRatedReason, String flag, boolean checks, String documentName) {
        return new ReportFields(failure, grade, pd, sanity, missing, notRatedReason, flag, checks, documentName, null);
    }

    private static String report(int index, String data) {
        return "{\"id\":\"p" + index + "\",\"source\":\"bank\",\"data\":" + data + "}";
    }

    @Test
    void theStepFillsTheFieldsOfTheReportsCachedBeforeIt() throws Exception {
        Path file = dir.resolve("step7.db");
        List<String> data = List.copyOf(SAMPLES.keySet());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 7);
            Sql.update(c, "INSERT INTO request_cache (id, request_json, fetched_at, origin) VALUES (?, '{}', ?, "
                    + "'CREATED_HERE')", REQUEST, AT);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_cache (id, request_id, source, "
                    + "score, created_at, json, fetched_at) VALUES (?, ?, 'bank', NULL, ?, ?, ?)")) {
                for (int i = 0; i < data.size(); i++) {
                    Sql.bind(insert, "p" + i, REQUEST, AT.plusSeconds(i), report(i, data.get(i)), AT);
                    insert.executeUpdate();
                }
                Sql.bind(insert, "unreadable", REQUEST, AT, "{not json", AT);
                insert.executeUpdate();
            }
        }

        try (LocalDatabase database = LocalDatabase.open(file)) {
            Map<String, ReportFields> read = database.reportCache().allFields().stream()
                    .collect(Collectors.toMap(CachedReportFields::id, CachedReportFields::fields));
            for (int i = 0; i < data.size(); i++) {
                assertEquals(SAMPLES.get(data.get(i)), read.get("p" + i), data.get(i));
            }
            assertEquals(ReportFields.of(null), read.get("unreadable"), "nothing read of a text that is not JSON");
            assertTrue(Schema.CURRENT_VERSION >= 8, "the step is one of the schema's");
        }
    }

    @Test
    void aReportCachedAfterTheStepHasItsFieldsWrittenWithItsJson() {
        try (LocalDatabase database = LocalDatabase.open(dir.resolve("x.db"))) {
            database.requestCache().upsert(new CachedRequest(REQUEST, null, null, null, null, null, null, null, "{}",
                    AT, RequestOrigin.CREATED_HERE, null));
            List<String> data = List.copyOf(SAMPLES.keySet());
            CachedReport first = database.reportCache().upsert(new CachedReport("p0", REQUEST, "bank", "B", AT,
                    report(0, data.get(0)), AT));
            CachedReport second = database.reportCache().upsert(new CachedReport("p1", REQUEST, "financial", null,
                    AT.plusSeconds(1), report(1, data.get(6)), AT));
            // A report fetched again with other content has its fields rewritten with its JSON.
            database.reportCache().upsert(new CachedReport(first.id(), REQUEST, "bank", "B", AT,
                    report(0, data.get(8)), AT, first.version()));

            List<CachedReportFields> read = database.reportCache().allFields();
            assertEquals(List.of(second.id(), first.id()), read.stream().map(CachedReportFields::id).toList(),
                    "each request's newest first");
            assertEquals(read, database.reportCache().fieldsOf(REQUEST), "one request's reports read alike");
            assertEquals(List.of(), database.reportCache().fieldsOf("unknown"));
            Map<String, CachedReportFields> byId = read.stream()
                    .collect(Collectors.toMap(CachedReportFields::id, Function.identity()));
            assertEquals(new CachedReportFields("p0", REQUEST, "bank", "B", AT, SAMPLES.get(data.get(8))),
                    byId.get("p0"));
            assertEquals(new CachedReportFields("p1", REQUEST, "financial", null, AT.plusSeconds(1),
                    SAMPLES.get(data.get(6))), byId.get("p1"));
        }
    }

    @Test
    void theFieldsOfARowWrittenByThePreviousVersionAreReadFromItsJson() throws Exception {
        Path file = dir.resolve("shared.db");
        List<String> data = List.copyOf(SAMPLES.keySet());
        try (LocalDatabase database = LocalDatabase.open(file)) {
            database.requestCache().upsert(new CachedRequest(REQUEST, null, null, null, null, null, null, null, "{}",
                    AT, RequestOrigin.CREATED_HERE, null));
            database.reportCache().upsert(new CachedReport("p0", REQUEST, "bank", null, AT, report(0, data.get(0)), AT));
        }
        // A workstation of the previous version, which knows nothing of the fields, rewrites one report and adds
        // another, as it may in a team store while the team upgrades.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Sql.update(c, "UPDATE report_cache SET json = ?, version = version + 1 WHERE id = 'p0'",
                    report(0, data.get(3)));
            Sql.update(c, "INSERT INTO report_cache (id, request_id, source, json, fetched_at, version) "
                    + "VALUES ('p1', ?, 'bank', ?, ?, 1)", REQUEST, report(1, data.get(5)), AT);
        }

        try (LocalDatabase database = LocalDatabase.open(file)) {
            Map<String, ReportFields> read = database.reportCache().allFields().stream()
                    .collect(Collectors.toMap(CachedReportFields::id, CachedReportFields::fields));
            assertEquals(Map.of("p0", SAMPLES.get(data.get(3)), "p1", SAMPLES.get(data.get(5))), read);
        }
    }

    @Test
    void theDataMadeOfTheFieldsGivesTheSameFields() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, ReportFields> sample : SAMPLES.entrySet()) {
            ReportFields fields = ReportFields.of(json.readTree(sample.getKey()));
            assertEquals(sample.getValue(), fields, sample.getKey());
            assertEquals(fields, ReportFields.of(fields.toData()), sample.getKey());
        }
    }
}
