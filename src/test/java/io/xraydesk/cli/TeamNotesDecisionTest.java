package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.TeamDatabaseSetting;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PostgresServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document sent, notes, a decision and the history on workstations in a team ({@code
 * XRAYDESK_TEAM_DB}, a real PostgreSQL): what one analyst sends and writes, another workstation reads,
 * and nothing of it stays apart on the first workstation's file; the other workstation's credit memo
 * holds them.
 */
class TeamNotesDecisionTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;
    @TempDir
    Path otherHome;

    private final PostgresServer server = PostgresServer.shared();
    private final String address = server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;

    @Test
    void whatOneWorkstationSendsAndWritesIsInTheHistoryAndMemoReadOnAnother() throws Exception {
        String id = Envelope.unwrap(json(in(home).run("request", "create", "--siren", "514673987", "--json")),
                "request").path("id").asText();
        Path bank = TestPdfs.write(home.resolve("bank.pdf"), "Statement");
        json(in(home).run("upload", "--json", "--request", id, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", bank.toString()));
        json(in(home).run("note", "add", id, "Cash is **tight** in Q3.", "--json"));
        json(in(home).run("decision", id, "--outcome", "refer", "--justification", "Committee to decide.",
                "--json"));

        Run notes = in(otherHome).run("note", "list", id);
        assertEquals(ExitCode.OK, notes.exit(), notes.err());
        assertTrue(notes.out().contains("Cash is tight in Q3."), notes.out());
        List<String> actions = new ArrayList<>();
        json(in(otherHome).run("history", id, "--json")).forEach(entry -> actions.add(entry.path("action").asText()));
        assertEquals(List.of("request_created", "document_sent", "note_added", "decision_made"), actions);

        Run changed = in(otherHome).run("decision", id, "--outcome", "approve", "--limit", "1000", "--currency",
                "EUR");
        assertEquals(ExitCode.OK, changed.exit(), "a decision over the one in force is its next version: "
                + changed.err());
        Path memo = otherHome.resolve("memo.pdf");
        json(in(otherHome).run("memo", id, "--out", memo.toString(), "--lang", "en", "--json"));
        try (PDDocument document = Loader.loadPDF(memo.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Cash is tight in Q3.", "Decision: Approve", "Limit: 1,000.00 EUR",
                    "(version 2)", "Decision changed: approve", "bank.pdf", "SHA-256 " + TestPdfs.sha256(bank))) {
                assertTrue(text.contains(expected), "the team's memo says \"" + expected + "\":\n" + text);
            }
        }
        try (LocalDatabase local = LocalDatabase.open(AppPaths.at(home).database())) {
            assertTrue(local.notes().forRequest(id).isEmpty(), "a team's notes are not kept apart");
            assertTrue(local.audit().forRequest(id).isEmpty(), "a team's history is not kept apart");
        }
        assertEquals(6, json(in(home).run("history", id, "--json")).size(), "with the decision changed and the memo");
    }

    private CliHarness in(Path workstation) {
        return CliHarness.against(sandbox.server(), workstation)
                .with(TeamDatabaseSetting.ADDRESS_VARIABLE, address)
                .with(TeamDatabaseSetting.PASSWORD_VARIABLE, server.password());
    }

    private static JsonNode json(Run run) throws Exception {
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out());
    }
}
