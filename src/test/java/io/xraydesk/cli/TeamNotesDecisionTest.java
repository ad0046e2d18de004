package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A document sent, notes, a decision and the history on workstations in a team ({@code
 * XRAYDESK_TEAM_DB}, a real PostgreSQL): what one analyst sends and writes, another workstation reads,
 * and nothing of it stays apart on the first workstation's file; the other workstation's credit memo
 * holds them.
 */
class TeamNotesDecisionTest {

    @RegisterExtension
    final TeamWorkstations workstations = new TeamWorkstations();

    @Test
    void whatOneWorkstationSendsAndWritesIsInTheHistoryAndMemoReadOnAnother() throws Exception {
        Path home = workstations.first();
        Path otherHome = workstations.second();
        CliHarness here = workstations.cli(home);
        CliHarness there = workstations.cli(otherHome);
        String id = Envelope.unwrap(json(here.run("request", "create", "--siren", "514673987", "--json")),
                "request").path("id").asText();
        Path bank = TestPdfs.write(home.resolve("bank.pdf"), "Statement");
        json(here.run("upload", "--json", "--request", id, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", bank.toString()));
        json(here.run("note", "add", id, "Cash is **tight** in Q3.", "--json"));
        json(here.run("decision", id, "--outcome", "refer", "--justification", "Committee to decide.",
                "--json"));

        Run notes = there.run("note", "list", id);
        assertEquals(ExitCode.OK, notes.exit(), notes.err());
        assertTrue(notes.out().contains("Cash is tight in Q3."), notes.out());
        List<String> actions = new ArrayList<>();
        json(there.run("history", id, "--json")).forEach(entry -> actions.add(entry.path("action").asText()));
        assertEquals(List.of("request_created", "document_sent", "note_added", "decision_made"), actions);

        Run changed = there.run("decision", id, "--outcome", "approve", "--limit", "1000", "--currency",
                "EUR");
        assertEquals(ExitCode.OK, changed.exit(), "a decision over the one in force is its next version: "
                + changed.err());
        Path memo = otherHome.resolve("memo.pdf");
        json(there.run("memo", id, "--out", memo.toString(), "--lang", "en", "--json"));
        try (PDDocument document = Loader.loadPDF(memo.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Cash is tight in Q3.", "Decision: Approve", "Limit: 1,000.00 EUR",
                    "(version 2)", "Decision changed: Approve, limit 1,000.00 EUR", "bank.pdf",
                    "SHA-256 " + TestPdfs.sha256(bank))) {
                assertTrue(text.contains(expected), "the team's memo says \"" + expected + "\":\n" + text);
            }
        }
        try (LocalDatabase local = LocalDatabase.open(AppPaths.at(home).database())) {
            assertTrue(local.notes().forRequest(id).isEmpty(), "a team's notes are not kept apart");
            assertTrue(local.audit().forRequest(id).isEmpty(), "a team's history is not kept apart");
        }
        assertEquals(6, json(here.run("history", id, "--json")).size(), "with the decision changed and the memo");
    }

    private static JsonNode json(Run run) throws Exception {
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out());
    }
}
