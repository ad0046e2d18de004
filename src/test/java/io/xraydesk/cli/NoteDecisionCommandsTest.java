package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.core.export.Figures;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.StoredNote;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code note add}, {@code decision} and {@code history} against the sandbox: their rules and refusals. */
class NoteDecisionCommandsTest {

    @RegisterExtension
    static final LiveSandbox SANDBOX = new LiveSandbox(SandboxConfig.builder().build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void aNoteIsSavedAsTypedInTheNameOfTheCredentialsUser() throws Exception {
        String id = created();

        Run added = cli().run("note", "add", id, "  Cash is **tight**.\n\n- rent late  ");

        assertEquals(ExitCode.OK, added.exit(), added.err());
        assertTrue(added.out().startsWith("Note ") && added.out().strip().endsWith(" added to request " + id + "."),
                added.out());
        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database())) {
            StoredNote note = database.notes().forRequest(id).get(0);
            assertEquals("Cash is **tight**.\n\n- rent late", note.text());
            assertEquals(SANDBOX.server().demoUser().userId(), note.author().userId());
            assertEquals(1, note.version());
        }
    }

    @Test
    void aQuotedReportValueCarriesItsSourceAndDateAndNotesListAsPlainText() throws Exception {
        String id = created();
        SANDBOX.control().advance(100);
        JsonNode esg = Envelope.unwrap(WireJson.mapper().readTree(cli().run("reports", id, "--source", "esg", "--json")
                .out()), "reports").get(0);

        // Without the questionnaire the sandbox's ESG X-Ray has no grade, but scores each criterion.
        Run added = cli().run("note", "add", id, "ESG **fine**:", "--quote", "esg:/data/criteria/0/score");
        Run list = cli().run("note", "list", id);

        assertEquals(ExitCode.OK, added.exit(), added.err());
        String date = OffsetDateTime.parse(esg.path("createdAt").asText()).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
        List<String> lines = list.out().lines().toList();
        assertEquals(SANDBOX.server().demoUser().userId() + ", ", lines.get(0).substring(0, 26));
        assertTrue(lines.get(0).endsWith(" (version 1)"), lines.get(0));
        // Named as the ESG tab's row of the criterion names it, its score written as that row shows it.
        String score = new Figures(Locale.ENGLISH).number(esg.at("/data/criteria/0/score").asDouble(), 0);
        assertEquals("  ESG fine: \"" + score + "\" (ESG X-Ray, "
                + esg.at("/data/criteria/0/name").asText() + ", report of " + date + ")",
                lines.get(1));
        JsonNode note = WireJson.mapper().readTree(cli().run("note", "list", id, "--json").out()).get(0);
        assertTrue(note.path("text").asText().contains("](xray:esg/" + esg.path("id").asText() + "?date="),
                note.path("text").asText());
        JsonNode quotation = note.path("quotations").get(0);
        assertEquals(List.of("esg", "/data/criteria/0/score", esg.at("/data/criteria/0/score").asText(), score),
                List.of(quotation.path("source").asText(), quotation.path("path").asText(),
                        quotation.path("value").asText(), quotation.path("shown").asText()),
                "the value as the report holds it, and as shown");

        assertEquals(ExitCode.USAGE, cli().run("note", "add", id, "x", "--quote", "esg").exit());
        assertEquals(ExitCode.NOT_FOUND, cli().run("note", "add", id, "x", "--quote", "bank:/score").exit());
        assertEquals(ExitCode.VALIDATION, cli().run("note", "add", id, "x", "--quote", "esg:/score").exit(),
                "a grade the report does not have");
        Run container = cli().run("note", "add", id, "x", "--quote", "esg:/data");
        assertEquals(ExitCode.VALIDATION, container.exit());
        assertTrue(container.err().startsWith("There is no single value at /data in the ESG X-Ray report "),
                container.err());
        assertEquals(List.of("request_created", "note_added"), actions(id));
    }

    @Test
    void aBlankNoteOrAnUnknownRequestSavesNothing() throws Exception {
        String id = created();
        Run blank = cli().run("note", "add", id, " \n ");
        Run unknown = cli().run("note", "add", "65f0c0ffee0123456789abcd", "text");

        assertEquals(ExitCode.VALIDATION, blank.exit());
        assertEquals("Not saved: A note needs some text.", blank.err().strip());
        assertEquals(ExitCode.NOT_FOUND, unknown.exit(), unknown.err());
        assertEquals(List.of("request_created"), actions(id));
        assertEquals(ExitCode.NOT_FOUND, cli().run("history", "65f0c0ffee0123456789abcd").exit());
        assertEquals(ExitCode.USAGE, cli().run("note", "add", id).exit());
    }

    @Test
    void everyRefusedOptionOfADecisionIsListedAndNothingIsSaved() throws Exception {
        String id = created();

        Run refused = cli().run("decision", id, "--outcome", "approve", "--limit", "0", "--currency", "EURO",
                "--duration", "0", "--condition", " ");

        assertEquals(ExitCode.VALIDATION, refused.exit());
        assertEquals("Not saved: \"EURO\" is not an ISO 4217 currency code (such as EUR, USD, GBP). The limit amount "
                + "must be above zero. The duration is from 1 to 600 months. Condition 1 is empty.", refused.err().strip());
        assertEquals(List.of("request_created"), actions(id));
    }

    @Test
    void aChangedDecisionIsTheNextVersionAndTheFirstStaysInTheHistory() throws Exception {
        String id = created();

        Run made = cli().run("decision", id, "--outcome", "approve", "--limit", "1,500,000.50", "--currency", "eur",
                "--condition", "Quarterly accounts", "--condition", "Personal guarantee");
        Run changed = cli().run("decision", id, "--outcome", "refer", "--justification", "Above my authority",
                "--json");

        assertEquals(ExitCode.OK, made.exit(), made.err());
        assertEquals("Decision on request " + id + " saved (version 1): approve, limit 1500000.50 EUR.",
                made.out().strip());
        JsonNode json = WireJson.mapper().readTree(changed.out());
        assertEquals(2, json.path("version").asInt());
        assertEquals("refer", json.path("outcome").asText());
        assertEquals("Above my authority", json.path("justification").asText());
        assertEquals(List.of("request_created", "decision_made", "decision_changed"), actions(id));
        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database())) {
            assertEquals(List.of("Quarterly accounts", "Personal guarantee"),
                    database.decisions().history(id).get(0).terms().conditions());
        }
    }

    private List<String> actions(String id) throws Exception {
        Run history = cli().run("history", id, "--json");
        assertEquals(ExitCode.OK, history.exit(), history.err());
        return WireJson.mapper().readTree(history.out()).findValues("action").stream().map(JsonNode::asText).toList();
    }

    private String created() throws Exception {
        Run run = cli().run("request", "create", "--siren", "514673987", "--json");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return Envelope.unwrap(WireJson.mapper().readTree(run.out()), "request").path("id").asText();
    }

    private CliHarness cli() {
        return CliHarness.against(SANDBOX.server(), home);
    }
}
