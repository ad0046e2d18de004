package io.xraydesk.cli;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.testing.GoldenServer;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line fed the golden answers over HTTP: what the analyst reads on stdout and stderr. */
class GoldenCliTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";
    private static final String MEDIUM_ID = "6464ba07cbddbd090b267260";

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    private CliHarness cli() {
        return new CliHarness(home).with(CliContext.ENV_BASE_URL, server.baseUri().toString())
                .with(CliContext.ENV_USER_ID, GoldenServer.USER_ID)
                .with(CliContext.ENV_SESSION_TOKEN, GoldenServer.TOKEN);
    }

    @Test
    void requestGetJsonIsTheServersAnswerUnchanged() throws Exception {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-unknown-fields.json"));
        server.answer("GET", "/reports", 200, "{\"reports\":[]}");

        Run run = cli().run("request", "get", REQUEST_ID, "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        ObjectNode printed = (ObjectNode) WireJson.mapper().readTree(run.out());
        assertEquals("awaiting_documents", printed.remove("xrays").path("financial").path("state").asText(),
                "the derived X-Ray states are the one added key");
        assertEquals(WireJson.mapper().readTree(golden("request-unknown-fields.json")), printed);
    }

    @Test
    void requestCreateJsonIsTheServersAnswerUnchanged() throws Exception {
        server.answer("POST", "/requests", 200, golden("request-documented.json"));

        Run run = cli().run("request", "create", "--siren", "514673987", "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(WireJson.mapper().readTree(golden("request-documented.json")), WireJson.mapper().readTree(run.out()));
    }

    @Test
    void unknownStatusIsShownVerbatim() {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-unknown-fields.json"));
        server.answer("GET", "/reports", 200, "{\"reports\":[]}");

        Run run = cli().run("request", "get", REQUEST_ID);

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Status:         archived_by_partner (stage 4.2)"), run.out());
    }

    @Test
    void aCreateWithACutAnswerSaysCreatedAndIsRememberedWithWhatWasGiven() throws Exception {
        server.answer("POST", "/requests", 200, golden("request-created-truncated.json"));

        Run run = cli().run("request", "create", "--siren", "514673987", "--name", "Atelier Dupont");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("Request " + REQUEST_ID + " created."), run.out());
        assertTrue(run.err().contains("Request " + REQUEST_ID + " was created, but the answer to the creation could "
                + "not be read"), run.err());
        assertEquals(1, server.received().size(), "sent once");
        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database())) {
            CachedRequest remembered = database.requestCache().find(REQUEST_ID).orElseThrow();
            assertEquals("514673987", remembered.codeId());
            assertEquals("Atelier Dupont", remembered.businessName());
        }
    }

    @Test
    void reportsListsTheReadableOnesAndNamesTheUnreadableItem() throws Exception {
        server.answer("GET", "/reports", 200, golden("reports-one-bad-item.json"));

        Run run = cli().run("reports", REQUEST_ID);

        assertEquals(ExitCode.OK, run.exit(), run.err());
        List<String> rows = run.out().lines().skip(1).toList();
        assertEquals(2, rows.size(), run.out());
        assertTrue(rows.get(0).startsWith("esg") && rows.get(0).contains("65b2a1f0c3d4e5f601234561"), rows.get(0));
        assertTrue(rows.get(1).startsWith("doc") && rows.get(1).contains("65b2a1f0c3d4e5f601234563"), rows.get(1));
        assertEquals("A report of this request could not be read and is not listed: item 1 "
                + "(id 65b2a1f0c3d4e5f601234562): field createdAt, value starts with \"yesterday at noon\"",
                run.err().strip());

        Run json = cli().run("reports", REQUEST_ID, "--json");
        assertEquals(WireJson.mapper().readTree(golden("reports-one-bad-item.json")), WireJson.mapper().readTree(json.out()));
    }

    @Test
    void watchRecognisesEverySpellingOfTheFiveXRaysAndNamesTheRequestAsked() throws Exception {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("GET", "/reports", 200, golden("reports-sources-variants.json"));

        Run run = cli().run("watch", REQUEST_ID, "--interval", "0.05", "--timeout", "10", "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        List<JsonNode> reports = run.out().lines().map(GoldenCliTest::json)
                .filter(event -> event.path("event").asText().equals("report")).toList();
        assertEquals(List.of("ESG", "bank_xray", "Financial X-Ray", "document", "Manager"),
                reports.stream().map(event -> event.path("source").asText()).toList());
        assertTrue(reports.stream().allMatch(event -> event.path("requestId").asText().equals(REQUEST_ID)),
                "the Manager report carries no request field, the event names the request watched: " + reports);
    }

    @Test
    void exportNamesTheCompanyGivenAtCreationWhenTheAnswersLackIt() throws Exception {
        server.answer("POST", "/requests", 200, golden("request-documented.json"))
                .answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("GET", "/reports", 200, "{\"reports\":[" + golden("report-financial-full.json") + "]}");
        cli().run("request", "create", "--siren", "514673987", "--name", "Atelier Dupont");
        Path pdf = home.resolve("request.pdf");

        Run run = cli().run("export", REQUEST_ID, "--format", "pdf", "--out", pdf.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        String text = ReportExporterTestAccess.textOf(pdf);
        assertTrue(text.contains("Atelier Dupont"), text);
        assertTrue(text.contains("SIREN 514 673 987"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "request-date-no-zone.json  | Created:        2024-01-25T10:15:30Z (updated -)",
        "request-date-only.json     | Created:        2024-01-25T00:00Z (updated -)",
        "request-date-space.json    | Created:        2024-01-25T12:15:30.123456789+02:00 (updated -)",
        "request-epoch-millis.json  | Created:        2024-01-25T10:15:30Z (updated 2024-01-25T10:16:30Z)"})
    void everySpellingOfADateIsShownAsThePointInTimeItMeans(String file, String shown) {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden(file));
        server.answer("GET", "/reports", 200, "{\"reports\":[]}");

        Run run = cli().run("request", "get", REQUEST_ID);

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(shown::equals), run.out());
    }

    @Test
    void anUnreadableDateIsNamedWithItsFieldAndValue() {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-bad-date.json"));

        Run run = cli().run("request", "get", REQUEST_ID);

        assertEquals(ExitCode.SERVER_OR_NETWORK, run.exit(), run.out());
        assertTrue(run.err().contains("field createdAt, value starts with \"25/01/2024 10h15\""), run.err());
    }

    @Test
    void aDutchRequestAnsweredBareShowsItsKvkCode() {
        String id = "6464ba07cbddbd090b267261";
        server.answer("GET", "/requests/" + id, 200, golden("request-kvk-bare.json"));
        server.answer("GET", "/reports", 200, "{\"reports\":[]}");

        Run run = cli().run("request", "get", id);

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch("Company:        kvk 24288945"::equals), run.out());
    }

    @Test
    void exportOfOneReportAsJsonIsTheServersJsonForIt() throws Exception {
        String asSent = golden("report-as-sent.json");
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("GET", "/reports", 200, "{\"reports\":[" + asSent + "]}");
        Path json = home.resolve("esg.json");

        Run run = cli().run("export", REQUEST_ID, "--source", "esg", "--format", "json", "--out", json.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(asSent.replaceAll("\\s+", ""), Files.readString(json).replaceAll("\\s+", ""),
                "the same text, the indentation aside");
    }

    @Test
    void uploadDataBesideTheMediumAndAFinaliseAcknowledgedWithoutItPutTheDocumentOnline() throws Exception {
        // The documented bodies, but for the storage address: S3 is played by the stand-in on loopback.
        String created = golden("medium-upload-top-level.json").replace("https://bucket.s3.amazonaws.com/",
                server.baseUri() + "/s3/");
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("POST", "/media", 200, created)
                .answer("POST", "/s3/", 204, "")
                .answer("POST", "/media/" + MEDIUM_ID, 200, golden("medium-finalise-ack.json"))
                .answer("GET", "/media/" + MEDIUM_ID, 200, golden("medium-online.json"));
        Path statement = TestDocuments.pdf(home, "statement.pdf", "Bank statement January 2024");

        Run run = cli().run("upload", "--request", REQUEST_ID, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-01-31", statement.toString());

        assertTrue(run.out().contains("1 online, 0 failed, 0 refused."), run.out() + run.err());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(1, server.received().stream().filter(call -> call.pathAndQuery().equals("/s3/")).count(),
                "the bytes went once to the address given beside the medium");
    }

    private static JsonNode json(String line) {
        try {
            return WireJson.mapper().readTree(line);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + line, notJson);
        }
    }
}
