package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.PortfolioOutcome;
import io.xraydesk.testing.SeparateJvmCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crash the import journal exists for: {@code portfolio import} of 200 companies runs in its own JVM and
 * is killed with SIGKILL part-way; the same command in a new JVM continues the batch, and in the end every
 * company has one request on the sandbox and every document is online once.
 */
class PortfolioKillRestartTest {

    private static final int COMPANIES = 200;
    /** Killed once this many companies are done: well into the batch, far from its end. */
    private static final int KILLED_AFTER = 40;

    private final SeparateJvmCli cli = new SeparateJvmCli();

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void killedPartWayThenRunAgainEveryCompanyIsCreatedOnceAndEveryDocumentOnlineOnce() throws Exception {
        Path documents = cli.folder.resolve("documents");
        Path list = PortfolioFiles.csv(cli.folder.resolve("portefeuille.csv"),
                PortfolioFiles.companies(COMPANIES, documents, 1_500), Charset.forName("windows-1252"));
        List<String> command = List.of("portfolio", "import", list.toString(), "--documents", documents.toString(),
                "--concurrency", "2");

        Process first = start(command);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("[" + KILLED_AFTER + "/")) {
                // reading until the batch is well under way
            }
            assertTrue(line != null, "the import printed no progress");
        }
        first.destroyForcibly();
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");
        try (LocalDatabase database = cli.openDatabase()) {
            ImportBatch batch = database.importJournal().latest().orElseThrow();
            assertEquals(ImportBatch.RUNNING, batch.state());
            long done = database.importJournal().companies(batch.id()).stream().filter(ImportCompany::isFinished)
                    .count();
            assertTrue(done >= KILLED_AFTER && done < COMPANIES, done + " companies done at the kill");
        }

        int exit = runToEnd(command);
        if (exit != ExitCode.OK) {
            exit = settleUnknownCreation(command);
        }

        assertEquals(ExitCode.OK, exit, "the import did not finish");
        assertEquals(COMPANIES, cli.sandbox.counter("createRequest"), "no creation was sent twice");
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(cli.sandbox, documents, COMPANIES);
        try (LocalDatabase database = cli.openDatabase()) {
            assertTrue(database.importJournal().latest().orElseThrow().isFinished());
        }
    }

    /**
     * The kill may land while a creation is on the wire: the run after it leaves that company OUTCOME_UNKNOWN
     * and creates it again only when asked. This does what the analyst does: look for the request on the
     * server, and open it by id when it exists (the window records it in the local list, which the import
     * then adopts) or ask for the creation when it does not.
     */
    private int settleUnknownCreation(List<String> command) throws Exception {
        Map<String, List<String>> onServer = PortfolioOutcome.requestsByCode(cli.sandbox);
        boolean recreate = false;
        try (LocalDatabase database = cli.openDatabase()) {
            ImportBatch batch = database.importJournal().latest().orElseThrow();
            List<ImportCompany> unknown = database.importJournal().companies(batch.id()).stream()
                    .filter(c -> c.state() == ImportCompanyState.OUTCOME_UNKNOWN).toList();
            assertEquals(1, unknown.size(), "only the creation on the wire at the kill is unknown: " + unknown);
            List<String> found = onServer.getOrDefault(unknown.get(0).codeId(), List.of());
            if (found.isEmpty()) {
                recreate = true;
            } else {
                database.requestCache().upsert(RequestRecords.toCached(cli.sandbox.client.getRequest(found.get(0)),
                        RequestOrigin.OPENED_BY_ID, StageTrail.EMPTY, Instant.now()));
            }
        }
        List<String> again = new ArrayList<>(command);
        if (recreate) {
            again.add("--recreate-unknown");
        }
        return runToEnd(again);
    }

    private int runToEnd(List<String> command) throws Exception {
        Process run = start(command);
        run.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the import did not end");
        return run.exitValue();
    }

    private Process start(List<String> arguments) throws IOException {
        return cli.command(arguments).redirectError(cli.folder.resolve("stderr.txt").toFile()).start();
    }
}
