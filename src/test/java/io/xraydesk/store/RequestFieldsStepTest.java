package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 9 keeps whether each cached request carries notes in a column ({@link RequestFieldsStep}): filled
 * from the JSON of the requests cached before the step, written with the JSON of those cached after, kept through
 * a "not found" mark, and read from the JSON for a row a workstation of the previous version wrote.
 */
class RequestFieldsStepTest {

    private static final Instant AT = Instant.ofEpochMilli(1772359200000L);

    /** Request JSON of every kind, with whether it carries notes (null: not readable). */
    private static final Map<String, Boolean> SAMPLES = samples();

    @TempDir
    Path dir;

    private static Map<String, Boolean> samples() {
        Map<String, Boolean> samples = new LinkedHashMap<>();
        samples.put("{\"id\":\"r\"}", false);
        samples.put("{\"notes\":null}", false);
        samples.put("{\"notes\":{}}", false);
        samples.put("{\"notes\":{\"holding\":null,\"comment\":\"not a field of the notes\"}}", false);
        samples.put("{\"notes\":{\"holding\":false}}", true);
        samples.put("{\"notes\":{\"workforceNumber\":12}}", true);
        samples.put("{\"notes\":{\"netIncome\":-3500.5}}", true);
        samples.put("{not json", null);
        samples.put("[]", null);
        return samples;
    }

    @Test
    void theStepFillsTheColumnOfTheRequestsCachedBeforeIt() throws Exception {
        Path file = dir.resolve("step8.db");
        List<String> json = List.copyOf(SAMPLES.keySet());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 8);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO request_cache (id, request_json, "
                    + "fetched_at, origin, version) VALUES (?, ?, ?, 'CREATED_HERE', 1)")) {
                for (int i = 0; i < json.size(); i++) {
                    Sql.bind(insert, "r" + i, json.get(i), AT);
                    insert.executeUpdate();
                }
            }
        }

        try (LocalDatabase database = LocalDatabase.open(file)) {
            assertEquals(expected(json), notes(database));
        }
    }

    @Test
    void aRequestCachedAfterTheStepHasItsColumnWrittenWithItsJson() {
        try (LocalDatabase database = LocalDatabase.open(dir.resolve("x.db"))) {
            CachedRequest plain = database.requestCache().upsert(request("r0", "{\"id\":\"r0\"}"));
            database.requestCache().upsert(request("r1", "{\"notes\":{\"revenue\":1200000}}"));
            assertEquals(Map.of("r0", false, "r1", true), notes(database));

            // Given notes later, then marked "not found": the column follows the JSON, the mark keeps it.
            database.requestCache().upsert(request("r0", "{\"notes\":{\"equity\":5}}").basedOn(plain.version()));
            database.requestCache().markMissing("r1", AT);
            assertEquals(Map.of("r0", true, "r1", true), notes(database));
            assertEquals(List.of("r0", "r1"), database.requestCache().allFields().stream()
                    .map(fields -> fields.request().id()).toList(), "in the order of all()");
            assertEquals(database.requestCache().all(), database.requestCache().allFields().stream()
                    .map(CachedRequestFields::request).toList());
            assertEquals(database.requestCache().allFields().subList(0, 1), database.requestCache().newestFields(1));
            assertEquals(2, database.requestCache().count());
        }
    }

    @Test
    void theColumnOfARowWrittenByThePreviousVersionIsReadFromItsJson() throws Exception {
        Path file = dir.resolve("shared.db");
        try (LocalDatabase database = LocalDatabase.open(file)) {
            database.requestCache().upsert(request("r0", "{\"id\":\"r0\"}"));
        }
        // A workstation of the previous version, which knows nothing of the column, rewrites one request and adds
        // another, as it may in a team store while the team upgrades.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Sql.update(c, "UPDATE request_cache SET request_json = ?, version = version + 1 WHERE id = 'r0'",
                    "{\"notes\":{\"holding\":true}}");
            Sql.update(c, "INSERT INTO request_cache (id, request_json, fetched_at, origin, version) "
                    + "VALUES ('r1', ?, ?, 'CREATED_HERE', 1)", "{\"notes\":{\"revenue\":7}}", AT);
        }

        try (LocalDatabase database = LocalDatabase.open(file)) {
            assertEquals(Map.of("r0", true, "r1", true), notes(database));
        }
    }

    private static CachedRequest request(String id, String json) {
        return new CachedRequest(id, "siren", "552100554", "Peugeot SA", null, null, AT, null, json, AT,
                RequestOrigin.CREATED_HERE, null);
    }

    private static Map<String, Boolean> expected(List<String> json) {
        Map<String, Boolean> expected = new HashMap<>();
        for (int i = 0; i < json.size(); i++) {
            expected.put("r" + i, SAMPLES.get(json.get(i)));
        }
        return expected;
    }

    /** Each request's notes column as the portfolio reads it; a null value kept as such. */
    private static Map<String, Boolean> notes(LocalDatabase database) {
        return database.requestCache().allFields().stream().collect(HashMap::new,
                (map, fields) -> map.put(fields.request().id(), fields.notesGiven()), HashMap::putAll);
    }
}
