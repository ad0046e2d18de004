package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.testing.LiveSandbox;
import java.nio.file.Path;

/**
 * A request taken through the command line to where a credit memo is worth writing: created for
 * Atelier Dupont, a bank statement and certified accounts sent, all five X-Rays reported, two notes and
 * an approval of 150,000 EUR over 24 months with a condition.
 *
 * @param bank     the bank statement sent
 * @param accounts the certified accounts sent
 */
record AnalysedRequest(String id, Path bank, Path accounts) {

    static AnalysedRequest in(LiveSandbox sandbox, Path home) throws Exception {
        CliHarness cli = CliHarness.against(sandbox.server(), home);
        String id = Envelope.unwrap(ok(cli.run("request", "create", "--siren", "514673987", "--name",
                "Atelier Dupont", "--json")), "request").path("id").asText();
        Path bank = TestPdfs.write(home.resolve("bank.pdf"), "Statement");
        Path accounts = TestPdfs.write(home.resolve("accounts.pdf"), "Accounts");
        ok(cli.run("upload", "--json", "--request", id, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", bank.toString()));
        ok(cli.run("upload", "--json", "--request", id, "--kind", "certified_financial_statement", "--period",
                "year", "--date", "2023-12-31", accounts.toString()));
        sandbox.control().advance(200);
        Run watch = cli.run("watch", id, "--interval", "0.05", "--timeout", "30");
        assertEquals(ExitCode.OK, watch.exit(), watch.err());
        ok(cli.run("note", "add", id, "Cash is **tight** in Q3.", "--json"));
        ok(cli.run("note", "add", id, "- rent paid late\n- payroll on time", "--json"));
        ok(cli.run("decision", id, "--outcome", "approve", "--limit", "150000", "--currency", "EUR", "--duration",
                "24", "--condition", "Quarterly accounts", "--justification", "Bank flows cover the limit.", "--json"));
        return new AnalysedRequest(id, bank, accounts);
    }

    static JsonNode ok(Run run) throws Exception {
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out());
    }
}
