package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A team database created by any earlier version of the application keeps its rows when this version
 * migrates it. For each migration but the last: a database is brought to that version with Flyway's
 * target, filled as a team would have filled it ({@code db/team-seed/V<n>.sql} for every version up to
 * it), then opened by this version, which migrates it; the rows must read back through the store.
 */
class TeamSchemaMigrationTest {

    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final String REQUEST = "6413297aad6e59418e7748fb";
    private static final String MISSING_REQUEST = "6413297aad6e59418e7748fc";
    private static final String NOTES_REQUEST = "6413297aad6e59418e7748fe";
    private static final Analyst ALICE = new Analyst("6413297aad6e59418e7748f9", "Alice Martin");

    static Stream<String> earlierVersions() {
        List<String> versions = versions();
        assertTrue(versions.size() >= 2, "expected several migrations, found " + versions);
        return versions.subList(0, versions.size() - 1).stream();
    }

    /** Every migration's version, in order, from the names of the files Flyway applies and its Java migration. */
    private static List<String> versions() {
        try (Stream<Path> files = Files.list(Path.of(TeamSchemaMigrationTest.class.getResource("/db/team").toURI()))) {
            return Stream.concat(files.map(file -> MIGRATION_NAME.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(name -> name.group(1)), Stream.of(
                            TeamFieldsMigration.REPORT_FIELDS.version(), TeamFieldsMigration.REQUEST_FIELDS.version()))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void rowsWrittenAtAnEarlierVersionSurviveTheMigrationToTheLatest(String version) throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        TeamDatabaseAddress address = TeamSharedRowsTest.address(server, database);
        Flyway.configure().dataSource(address.jdbcUrl(), address.user(), server.password())
                .locations(TeamDatabase.MIGRATIONS)
                .javaMigrations(TeamFieldsMigration.REPORT_FIELDS, TeamFieldsMigration.REQUEST_FIELDS)
                .target(version).load().migrate();
        try (Connection c = server.connect(database);
             Statement s = c.createStatement()) {
            for (String seeded : versions()) {
                s.execute(seed(seeded));
                if (seeded.equals(version)) {
                    break;
                }
            }
        }

        try (TeamDatabase team = TeamDatabase.open(address, server.password())) {
            assertEquals(versions().get(versions().size() - 1), TeamDatabase.flyway(address, server.password())
                    .info().current().getVersion().toString());
            CachedRequest request = team.requestCache().find(REQUEST).orElseThrow();
            assertEquals(new CachedRequest(REQUEST, "siren", "552100554", "Peugeot SA", "pending_analysis", "1.1",
                    Instant.ofEpochMilli(1772359200123L), Instant.ofEpochMilli(1772359260123L),
                    "{\"id\":\"" + REQUEST + "\"}", Instant.ofEpochMilli(1772359261000L), RequestOrigin.CREATED_HERE,
                    "{\"banks\":\"ok\"}", null, 3), request);
            CachedReport report = team.reportCache().forRequest(REQUEST).get(0);
            assertEquals("B", report.score());
            assertEquals("{\"v\":1}", report.json());
            if (Integer.parseInt(version) >= 2) {
                assertEquals(List.of(new RequestFollower(REQUEST, ALICE, RequestFollower.Relation.CREATED,
                        Instant.ofEpochMilli(1772359200123L), 1)), team.followers().forRequest(REQUEST));
            }
            if (Integer.parseInt(version) >= 3) {
                assertEquals(Instant.ofEpochMilli(1772445661000L),
                        team.requestCache().find(MISSING_REQUEST).orElseThrow().missingSince());
            }
            if (Integer.parseInt(version) >= 6) {
                assertEquals(DecisionOutcome.APPROVE, team.decisions().current(REQUEST).orElseThrow().terms().outcome());
            }
            // Version 8 reads the fields of every report already cached from its JSON.
            List<ReportFields> fields = team.reportCache().allFields().stream().map(CachedReportFields::fields).toList();
            assertEquals(ReportFields.of(null), fields.get(0), "the first report's JSON has no data");
            if (Integer.parseInt(version) >= 6) {
                assertEquals(new ReportFields("Statement unreadable", null, null, 62.0, List.of(), null, null, false,
                        null, null), fields.get(1));
            }
            // Version 9 reads whether each request already cached carries notes from its JSON.
            Map<String, Boolean> notes = team.requestCache().allFields().stream()
                    .collect(Collectors.toMap(row -> row.request().id(), CachedRequestFields::notesGiven));
            assertEquals(false, notes.get(REQUEST), "a request without notes");
            if (Integer.parseInt(version) >= 8) {
                assertEquals(true, notes.get(NOTES_REQUEST), "a request with notes");
            }
            // The migrated rows take writes like new ones: the version goes on from where it was.
            assertEquals(4, team.requestCache().upsert(request).version());
        }
        if (Integer.parseInt(version) >= 7) {
            try (Connection c = server.connect(database);
                 Statement s = c.createStatement();
                 java.sql.ResultSet lease = s.executeQuery("SELECT holder FROM poll_lease WHERE request_id = '"
                         + REQUEST + "'")) {
                assertTrue(lease.next(), "the poll lease written at version 7 is kept");
                assertEquals("desktop-alice", lease.getString(1));
            }
        }
    }

    private static String seed(String version) throws IOException {
        try (InputStream in = TeamSchemaMigrationTest.class.getResourceAsStream("/db/team-seed/V" + version + ".sql")) {
            assertNotNull(in, "no db/team-seed/V" + version + ".sql: each migration needs rows to carry forward");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
