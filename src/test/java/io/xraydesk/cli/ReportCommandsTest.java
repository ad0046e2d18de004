package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code reports} and {@code watch} against a sandbox whose X-Rays arrive in well under a second. */
class ReportCommandsTest {

    /** 1000× real time: the slowest X-Ray (three sandbox minutes) takes 0.18 s. */
    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().speed(1000).build());
    private final SandboxControl control = sandbox.control();
    private final OctoberClient client = control.client(RetryPolicy.defaults());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void watchPrintsEachChangeUntilNoXRayIsPending() throws Exception {
        String id = createdByTheCli();
        uploadedByTheCli(id);

        Run run = cli().run("watch", id, "--interval", "0.05", "--timeout", "30");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Request " + id + ": status "), lines.get(0));
        Set<String> announced = new TreeSet<>();
        lines.stream().filter(l -> l.startsWith("New report: ")).forEach(l -> announced.add(l.split(" ")[2]));
        assertEquals(new TreeSet<>(List.of("bank", "doc", "esg", "financial", "manager")), announced);
        assertEquals("No X-Ray of request " + id + " is pending any more.", lines.get(lines.size() - 1));
        for (String xray : List.of("Doc", "Bank", "Financial", "ESG", "Manager")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(xray + " X-Ray: ")), xray + " in " + lines);
        }
    }

    @Test
    void watchJsonIsOneEventPerLine() throws Exception {
        String id = createdByTheCli();
        uploadedByTheCli(id);

        Run run = cli().run("watch", id, "--interval", "0.05", "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            events.add(WireJson.mapper().readTree(line));
        }
        assertEquals("progress", events.get(0).path("event").asText());
        assertTrue(events.stream().filter(e -> e.path("event").asText().equals("report")).count() >= 5);
        JsonNode last = events.get(events.size() - 1);
        assertEquals("complete", last.path("event").asText());
        assertEquals(id, last.path("requestId").asText());
        assertEquals(0, last.path("awaitingDocuments").size());
        assertEquals(5, last.path("xrays").size());
    }

    @Test
    void watchEndsWhenOnlyDocumentsCouldProduceTheRest() throws Exception {
        String id = createdByTheCli();

        Run run = cli().run("watch", id, "--interval", "0.05", "--timeout", "30");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("New report: esg") && run.out().contains("New report: manager"), run.out());
        assertTrue(run.out().contains("Bank X-Ray: awaiting documents — send bank statements"), run.out());
        assertEquals("No X-Ray of request " + id + " is pending any more; awaiting documents: Doc X-Ray, Bank X-Ray, "
                + "Financial X-Ray.", run.out().lines().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void watchTimesOutNamingThePendingXRays() throws Exception {
        try (SandboxServer realTime = SandboxServer.start(SandboxConfig.defaults())) {
            CliHarness slow = CliHarness.against(realTime, home);
            Run created = slow.run("request", "create", "--siren", "514673987", "--json");
            String id = Envelope.unwrap(WireJson.mapper().readTree(created.out()), "request").path("id").asText();

            Run run = slow.run("watch", id, "--interval", "0.2", "--timeout", "1");

            assertEquals(ExitCode.TIMEOUT, run.exit());
            assertEquals("Stopped waiting after 1 s; still pending: esg, manager.", run.err().strip());
        }
    }

    @Test
    void reportsAsATableAndAsJson() throws Exception {
        String id = createdByTheCli();
        putDocumentsOnline(id);
        control.advance(200);
        Run table = cli().run("reports", id);
        assertEquals(ExitCode.OK, table.exit(), table.err());
        List<String> rows = table.out().lines().toList();
        assertTrue(rows.get(0).startsWith("SOURCE") && rows.get(0).contains("GRADE") && rows.get(0).endsWith("COVERS"),
                rows.get(0));
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("doc ") && row.endsWith(" bank.pdf")), table.out());
        assertEquals(client.listReports(id, null).size(), rows.size() - 1);

        Run json = cli().run("reports", id, "--source", "ESG", "--json");
        JsonNode reports = Envelope.unwrap(WireJson.mapper().readTree(json.out()), "reports");
        assertEquals(1, reports.size());
        assertEquals("esg", reports.get(0).path("source").asText());
        assertTrue(reports.get(0).path("data").isObject(), "the report's data is part of --json");

        Run typo = cli().run("reports", id, "--source", "bnak");
        assertEquals(ExitCode.USAGE, typo.exit());
    }

    private CliHarness cli() {
        return CliHarness.against(sandbox.server(), home);
    }

    private String createdByTheCli() throws Exception {
        Run run = cli().run("request", "create", "--siren", "514673987", "--json");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return Envelope.unwrap(WireJson.mapper().readTree(run.out()), "request").path("id").asText();
    }

    /** A bank statement and annual accounts sent by the command line (so in its journal): all five X-Rays are due. */
    private void uploadedByTheCli(String requestId) throws Exception {
        Run bank = cli().run("upload", "--request", requestId, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", TestPdfs.write(home.resolve("bank.pdf"), "Statement").toString());
        assertEquals(ExitCode.OK, bank.exit(), bank.err());
        Run accounts = cli().run("upload", "--request", requestId, "--kind", "certified_financial_statement",
                "--period", "year", "--date", "2023-12-31",
                TestPdfs.write(home.resolve("accounts.pdf"), "Accounts").toString());
        assertEquals(ExitCode.OK, accounts.exit(), accounts.err());
    }

    /** A bank statement and annual accounts: with them, all five X-Rays are due. */
    private void putDocumentsOnline(String requestId) throws Exception {
        S3Uploader uploader = control.uploader(RetryPolicy.defaults());
        upload(uploader, requestId, "bank_statement", TestPdfs.write(home.resolve("bank.pdf"), "Statement"), "month",
                "2024-03-31");
        upload(uploader, requestId, "certified_financial_statement",
                TestPdfs.write(home.resolve("accounts.pdf"), "Accounts"), "year", "2023-12-31");
    }

    private void upload(S3Uploader uploader, String requestId, String category, Path file, String period,
            String date) throws Exception {
        MediumDraft draft = client.createMedium(new NewMedium(category, requestId,
                new MediumMeta(file.getFileName().toString(), null, null), "application/pdf", Files.size(file)));
        uploader.upload(draft.upload(), file, "application/pdf", null, null);
        client.finaliseMedium(draft.medium().id(), MediumFinalisation.online(period, date));
    }
}
