package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole request, from creation to export and credit memo, through the command line against the sandbox
 * (whose time moves only when told): every action lands in the request's history, in order, with who
 * and when.
 */
class WholeFlowAuditTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void createUploadReportsTwoNotesDecisionExportAndMemoAreEachInTheHistoryInOrder() throws Exception {
        Instant start = Instant.now();
        String id = Envelope.unwrap(ok(cli().run("request", "create", "--siren", "514673987", "--name",
                "Atelier Dupont", "--json")), "request").path("id").asText();
        ok(cli().run("upload", "--json", "--request", id, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", TestPdfs.write(home.resolve("bank.pdf"), "Statement").toString()));
        ok(cli().run("upload", "--json", "--request", id, "--kind", "certified_financial_statement", "--period",
                "year", "--date", "2023-12-31", TestPdfs.write(home.resolve("accounts.pdf"), "Accounts").toString()));
        sandbox.control().advance(200);
        Run watch = cli().run("watch", id, "--interval", "0.05", "--timeout", "30");
        assertEquals(ExitCode.OK, watch.exit(), watch.err());
        String first = ok(cli().run("note", "add", id, "Cash is **tight** in Q3.", "--json")).path("id").asText();
        String second = ok(cli().run("note", "add", id, "- rent paid late\n- payroll on time", "--json"))
                .path("id").asText();
        ok(cli().run("decision", id, "--outcome", "approve", "--limit", "150000", "--currency", "EUR", "--duration",
                "24", "--condition", "Quarterly accounts", "--justification", "Bank flows cover the limit.", "--json"));
        Path export = home.resolve("out/atelier.pdf");
        ok(cli().run("export", id, "--format", "pdf", "--out", export.toString(), "--json"));
        Path memo = home.resolve("out/atelier-memo.pdf");
        ok(cli().run("memo", id, "--out", memo.toString(), "--lang", "fr", "--json"));

        JsonNode history = ok(cli().run("history", id, "--json"));

        List<String> actions = new ArrayList<>();
        history.forEach(entry -> actions.add(entry.path("action").asText()));
        // A Doc X-Ray per document, then Bank, Financial, ESG and Manager: six reports.
        assertEquals(List.of("request_created", "document_sent", "document_sent", "report_received",
                "report_received", "report_received", "report_received", "report_received", "report_received",
                "note_added",
                "note_added", "decision_made", "exported", "memo_produced"), actions);
        String demo = sandbox.server().demoUser().userId();
        Instant previous = start.minusMillis(1);
        for (JsonNode entry : history) {
            assertEquals(demo, entry.path("userId").asText(), entry.toString());
            Instant at = Instant.parse(entry.path("at").asText());
            assertTrue(!at.isBefore(previous) && !at.isAfter(Instant.now()), "oldest first: " + entry);
            previous = at;
        }
        assertEquals("Atelier Dupont", detail(history, 0, "businessName"));
        assertEquals("514673987", detail(history, 0, "code"));
        assertEquals("bank.pdf", detail(history, 1, "file"));
        assertEquals("accounts.pdf", detail(history, 2, "file"));
        List<String> sources = new ArrayList<>();
        for (int i = 3; i < 9; i++) {
            sources.add(detail(history, i, "source"));
        }
        assertEquals(List.of("bank", "doc", "doc", "esg", "financial", "manager"), sources.stream().sorted().toList());
        assertEquals(first, detail(history, 9, "note"));
        assertEquals(second, detail(history, 10, "note"));
        assertEquals("approve", detail(history, 11, "outcome"));
        assertEquals("150000", detail(history, 11, "limit"));
        assertEquals("pdf", detail(history, 12, "format"));
        assertEquals("atelier.pdf", detail(history, 12, "file"));
        assertTrue(Files.size(export) > 0);
        assertEquals("atelier-memo.pdf", detail(history, 13, "file"));
        assertEquals("fr", detail(history, 13, "language"));
        assertTrue(Files.size(memo) > 0);

        Run text = cli().run("history", id);
        List<String> lines = text.out().lines().toList();
        assertEquals(14, lines.size(), text.out());
        assertTrue(lines.get(0).endsWith(demo + "  Request created for SIREN 514 673 987 (Atelier Dupont)"), lines.get(0));
        assertTrue(lines.get(2).endsWith("Document sent: accounts.pdf (annual accounts)"), lines.get(2));
        assertTrue(lines.get(12).contains("Exported as PDF: atelier.pdf ("), lines.get(12));
        assertTrue(lines.get(13).endsWith("Credit memo produced: atelier-memo.pdf (French)"), lines.get(13));
        for (String line : lines) {
            assertFalse(line.matches(".*\\b[a-z]+_[a-z_]+\\b.*"), "no wire name in the words: " + line);
        }
        assertTrue(lines.get(11).endsWith("Decision: Approve, limit 150,000.00 EUR (version 1)"), lines.get(11));
    }

    @Test
    void readingTheReportsAgainAddsNoEntry() throws Exception {
        String id = Envelope.unwrap(ok(cli().run("request", "create", "--siren", "514673987", "--json")), "request")
                .path("id").asText();
        sandbox.control().advance(200);
        cli().run("watch", id, "--interval", "0.05", "--timeout", "1");
        cli().run("watch", id, "--interval", "0.05", "--timeout", "1");

        JsonNode history = ok(cli().run("history", id, "--json"));

        assertEquals(3, history.size(), "created, then ESG and Manager once each: " + history);
    }

    private static String detail(JsonNode history, int index, String name) {
        return history.get(index).path("details").path(name).asText();
    }

    private CliHarness cli() {
        return CliHarness.against(sandbox.server(), home);
    }

    private static JsonNode ok(Run run) throws Exception {
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out());
    }
}
