package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.core.xray.LiveRequestFacts;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.RequestSummaries;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayRules;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One request driven through every state of every X-Ray on the sandbox (documents sent or not, reports
 * rated, not rated or failed), each state asserted in the same words in the core model, the command
 * line's text and JSON, and the request PDF's cover page.
 */
class XRayStatesTest {

    /** Real time: reports come only when the test advances sandbox time. */
    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();
    private final SandboxControl control = sandbox.control();

    @TempDir
    Path home;

    @Test
    void everyStateInTheSameWordsEverywhere() throws Exception {
        String id = created();
        assertStates(id, Map.of(Source.DOC, XRayStatus.AWAITING_DOCUMENTS, Source.BANK, XRayStatus.AWAITING_DOCUMENTS,
                Source.FINANCIAL, XRayStatus.AWAITING_DOCUMENTS, Source.ESG, XRayStatus.PENDING,
                Source.MANAGER, XRayStatus.PENDING));
        assertTrue(cli().run("request", "get", id).out().contains(
                "Financial X-Ray: awaiting documents — send the annual accounts, interim accounts or the company's "
                        + "financial notes"));

        upload(id, "bank_statement", "month", "2024-03-31", "releve-mars.pdf");
        assertStates(id, Map.of(Source.DOC, XRayStatus.PENDING, Source.BANK, XRayStatus.PENDING,
                Source.FINANCIAL, XRayStatus.AWAITING_DOCUMENTS, Source.ESG, XRayStatus.PENDING,
                Source.MANAGER, XRayStatus.PENDING));

        control.orderOutcome(id, "bank", "not_rated");
        control.orderOutcome(id, "manager", "failed");
        control.advance(200);
        Map<Source, XRayOutcome> model = assertStates(id, Map.of(Source.DOC, XRayStatus.READY,
                Source.BANK, XRayStatus.NOT_RATED, Source.FINANCIAL, XRayStatus.AWAITING_DOCUMENTS,
                Source.ESG, XRayStatus.NOT_RATED, Source.MANAGER, XRayStatus.FAILED));
        String text = cli().run("request", "get", id).out();
        assertTrue(text.contains("Bank X-Ray: not rated — data sanity 62 % (below 70 %)"), text);
        assertTrue(text.contains("ESG X-Ray: not rated — declarative inputs missing: ESG questionnaire, Number of "
                + "employees"), text);
        assertTrue(text.contains("Manager X-Ray: failed — The analysis could not be completed"), text);
        assertEquals(model.get(Source.BANK).reason(), json(id).path("xrays").path("bank").path("reason").asText());

        String cover = coverPage(id);
        for (XRayOutcome xray : model.values()) {
            String name = xray.source() == Source.ESG ? "ESG X-Ray" : xray.source().displayName();
            assertTrue(cover.lines().anyMatch(line -> line.startsWith(name + " " + xray.status().label())),
                    name + " " + xray.status().label() + " on the cover page:\n" + cover);
        }
        assertTrue(cover.contains("Send the " + (LocalDate.now().getYear() - 1) + " annual accounts"), cover);
        assertTrue(cover.contains("releve-mars.pdf — bank statements — analysed"), cover);

        upload(id, "certified_financial_statement", "year", "2023-12-31", "bilan-2023.pdf");
        assertStates(id, Map.of(Source.DOC, XRayStatus.PENDING, Source.BANK, XRayStatus.NOT_RATED,
                Source.FINANCIAL, XRayStatus.PENDING, Source.ESG, XRayStatus.NOT_RATED,
                Source.MANAGER, XRayStatus.FAILED));
        control.advance(200);
        Map<Source, XRayOutcome> rated = assertStates(id, Map.of(Source.DOC, XRayStatus.READY,
                Source.BANK, XRayStatus.NOT_RATED, Source.FINANCIAL, XRayStatus.READY, Source.ESG, XRayStatus.NOT_RATED,
                Source.MANAGER, XRayStatus.FAILED));
        assertNotNull(rated.get(Source.FINANCIAL).grade());
        assertNotNull(rated.get(Source.FINANCIAL).probabilityOfDefault());
        assertEquals(rated.get(Source.FINANCIAL).grade(), json(id).path("xrays").path("financial").path("grade").asText());
        assertTrue(coverPage(id).lines().anyMatch(line -> line.startsWith("Financial X-Ray ready grade "
                + rated.get(Source.FINANCIAL).grade() + ", probability of default ")));
    }

    @Test
    void aFailedDocumentAndAnUnknownRequest() throws Exception {
        String id = created();
        upload(id, "bank_statement", "quarter", "2024-06-30", "scan.pdf");
        control.orderOutcome(id, "bank", "failed");
        control.orderOutcome(id, "doc", "not_rated");
        control.advance(200);
        assertStates(id, Map.of(Source.DOC, XRayStatus.NOT_RATED, Source.BANK, XRayStatus.FAILED,
                Source.FINANCIAL, XRayStatus.AWAITING_DOCUMENTS, Source.ESG, XRayStatus.NOT_RATED,
                Source.MANAGER, XRayStatus.READY));
        String text = cli().run("request", "get", id).out();
        assertTrue(text.contains("Bank X-Ray: failed — No text could be extracted from the document (scanned image?)"),
                text);
        assertTrue(text.contains("Doc X-Ray: not rated — The document type could not be recognised"), text);

        Run gone = cli().run("request", "get", "6413297aad6e59418e7748ff");
        assertEquals(ExitCode.NOT_FOUND, gone.exit(), gone.err());
    }

    @Test
    void gradesTrendOnlyAcrossReportsAboutTheSameSubject() throws Exception {
        String id = created();
        upload(id, "bank_statement", "month", "2024-03-31", "releve-mars.pdf");
        upload(id, "bank_statement", "month", "2024-04-30", "releve-avril.pdf");
        upload(id, "certified_financial_statement", "year", "2022-12-31", "bilan-2022.pdf");
        upload(id, "certified_financial_statement", "year", "2023-12-31", "bilan-2023.pdf");
        control.advance(200);

        RequestFacts facts = LiveRequestFacts.fetch(control.client(RetryPolicy.none()), id, List.of());
        List<String> bankGrades = facts.reportsOf(Source.BANK).stream().map(Report::score).toList();
        assertEquals(2, bankGrades.stream().filter(Objects::nonNull).count(),
                "both statements rated, so a Bank trend could be drawn: " + bankGrades);
        RequestSummary summary = RequestSummaries.of(id, facts, null, LocalDate.now());
        List<String> financialGrades = facts.reportsOf(Source.FINANCIAL).stream().map(Report::score).toList();
        assertEquals(List.of("Financial X-Ray: " + String.join(" → ", financialGrades)), summary.trends(),
                "successive Financial X-Rays form a trend; Bank X-Rays of two statements do not");
        assertTrue(coverPage(id).contains("Financial X-Ray: " + String.join(" → ", financialGrades)));
    }

    @Test
    void serverErrorsAndDroppedConnectionsFailTheCommandClearly() throws Exception {
        String id = created();
        control.armApiFault("GET", "/requests/*", "status503", 20, 0);
        Run errors = cli().run("request", "get", id);
        assertEquals(ExitCode.SERVER_OR_NETWORK, errors.exit(), errors.out());
        control.disarmApiFaults();
        control.armApiFault("GET", "/reports", "reset", 20, 0);
        Run dropped = cli().run("request", "get", id);
        assertEquals(ExitCode.SERVER_OR_NETWORK, dropped.exit(), dropped.out());
        assertTrue(dropped.out().isEmpty(), "no X-Ray state printed from half an answer: " + dropped.out());
    }

    /** The states of the core model, the command line's text and its JSON agree, and are {@code expected}. */
    private Map<Source, XRayOutcome> assertStates(String id, Map<Source, XRayStatus> expected) throws Exception {
        List<UploadItem> journal;
        try (LocalDatabase database = LocalDatabase.open(home.resolve("xraydesk.db"))) {
            journal = database.uploadJournal().forRequest(id);
        }
        Map<Source, XRayOutcome> model = XRayRules.outcomes(LiveRequestFacts.fetch(
                control.client(RetryPolicy.none()), id, journal));
        String text = cli().run("request", "get", id).out();
        JsonNode xrays = json(id).path("xrays");
        for (Source source : Source.values()) {
            XRayStatus status = expected.get(source);
            assertEquals(status, model.get(source).status(), source + " in the core model");
            assertEquals(status.word(), xrays.path(source.wire()).path("state").asText(), source + " in --json");
            String name = source == Source.ESG ? "ESG X-Ray" : source.displayName();
            assertTrue(text.contains(name + ": " + status.label()), source + " as text:\n" + text);
        }
        return model;
    }

    private String created() throws Exception {
        return requests().created();
    }

    private void upload(String id, String kind, String period, String date, String name) throws Exception {
        requests().upload(id, kind, period, date, name);
    }

    private JsonNode json(String id) throws Exception {
        return requests().json(id);
    }

    private String coverPage(String id) throws Exception {
        return requests().coverPage(id);
    }

    private CliRequests requests() {
        return new CliRequests(cli(), home);
    }

    private CliHarness cli() {
        return CliHarness.against(sandbox.server(), home);
    }
}
