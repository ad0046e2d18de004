package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.cli.ExitCode;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.SeparateJvmCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two command-line processes on one journal at the same moment, each in a JVM of its own, against one
 * sandbox: whatever they are asked, every file ends online exactly once (one medium created, sent and
 * finalised per file), no row says failed, and the process that waited said which program held the
 * journal. The first transfer of every cell is held three seconds by the storage, so the two surely
 * overlap. Prints {@code two-processes: P/T}.
 */
class TwoProcessesTest {

    private static final int FILES = 3;
    /** The storage holds the first transfer this long: the other process starts meanwhile. */
    private static final String HOLD_FIRST_TRANSFER =
            "{\"kind\":\"status503\",\"count\":1,\"retryAfterSeconds\":3,\"path\":\"/**\"}";
    private static final int EXIT_SECONDS = 90;

    /** What one cell runs: the two command lines, given the request and the folder of its files. */
    private interface Scenario {
        List<List<String>> commands(SeparateJvmCli cli, String requestId, List<Path> files) throws Exception;
    }

    /**
     * One cell; {@code oneWaits}: both processes have files to send, so one of them must wait for the
     * other and say so (two uploads of the same files may instead refuse them all as duplicates).
     */
    private record Cell(boolean oneWaits, Scenario scenario) {
    }

    @Test
    void twoProcessesOnOneJournalNeverSendAFileTwice() throws Exception {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("two 'queue resume' at once", new Cell(true, (cli, requestId, files) -> {
            journalQueued(cli, requestId, files);
            return List.of(resume(), resume());
        }));
        cells.put("'upload' and 'queue resume' at once", new Cell(true, (cli, requestId, files) -> {
            journalQueued(cli, requestId, files.subList(0, 1));
            return List.of(SeparateJvmCli.uploadArguments(requestId, files.subList(1, FILES)), resume());
        }));
        cells.put("two 'upload' of the same files at once", new Cell(false, (cli, requestId, files) ->
                List.of(SeparateJvmCli.uploadArguments(requestId, files),
                        SeparateJvmCli.uploadArguments(requestId, files))));

        CellReport report = new CellReport();
        for (Map.Entry<String, Cell> cell : cells.entrySet()) {
            report.add(cell.getKey(), run(cell.getValue()));
        }
        report.print("two-processes");
        assertEquals(report.total(), report.passed(), report.toString());
    }

    /** Runs one cell in a fresh sandbox and data folder; null when it held, else what went wrong. */
    private static String run(Cell cell) throws Exception {
        try (SeparateJvmCli cli = new SeparateJvmCli()) {
            String requestId = cli.sandbox.createRequest();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                files.add(TestDocuments.png(cli.folder, "statement-" + i + ".png", 300_000 + i, 500 + i));
            }
            cli.sandbox.fault(true, HOLD_FIRST_TRANSFER);
            List<List<String>> commands = cell.scenario().commands(cli, requestId, files);
            CliChild first = CliChild.start(cli, commands.get(0));
            CliChild second = CliChild.start(cli, commands.get(1));
            int firstExit = first.awaitExit(EXIT_SECONDS);
            int secondExit = second.awaitExit(EXIT_SECONDS);
            String outputs = "\n--- first:\n" + first.output() + "--- second:\n" + second.output();
            if (!Set.of(ExitCode.OK, ExitCode.VALIDATION).containsAll(List.of(firstExit, secondExit))) {
                return "exit codes " + firstExit + " and " + secondExit + outputs;
            }
            String problem = onlineExactlyOnce(cli, requestId, files);
            if (problem == null && cell.oneWaits() && !waiterNamedHolder(first, second)
                    && !waiterNamedHolder(second, first)) {
                problem = "neither process said which program it waited for";
            }
            return problem == null ? null : problem + outputs;
        }
    }

    private static String onlineExactlyOnce(SeparateJvmCli cli, String requestId, List<Path> files) throws Exception {
        Set<String> expected = new HashSet<>();
        for (Path file : files) {
            expected.add(TestDocuments.sha256(file));
        }
        List<JsonNode> online = cli.sandbox.media(requestId).stream()
                .filter(m -> !m.path("status").asText().equals("draft")).toList();
        Map<String, Long> perSha = online.stream().collect(Collectors.groupingBy(
                m -> m.path("object").path("sha256").asText(), Collectors.counting()));
        if (!perSha.keySet().equals(expected) || perSha.values().stream().anyMatch(n -> n != 1)) {
            return "online media per content: " + perSha;
        }
        for (String counter : List.of("createMedium", "finaliseMedium")) {
            if (cli.sandbox.counter(counter) != FILES) {
                return counter + " " + cli.sandbox.counter(counter) + " times for " + FILES + " files";
            }
        }
        try (LocalDatabase database = cli.openDatabase()) {
            List<UploadItem> rows = database.uploadJournal().forRequest(requestId);
            List<UploadItem> wrong = rows.stream().filter(row -> row.state() != UploadState.ONLINE
                    && row.state() != UploadState.REFUSED).toList();
            long onlineRows = rows.stream().filter(row -> row.state() == UploadState.ONLINE).count();
            if (!wrong.isEmpty() || onlineRows != FILES) {
                return "journal: " + rows.stream().map(r -> r.fileName() + " " + r.state()).toList();
            }
        }
        return null;
    }

    /** The waiting process printed the holder's program and process id. */
    private static boolean waiterNamedHolder(CliChild waiter, CliChild holder) {
        String said = waiter.output();
        return said.contains("Another program is sending") && said.contains("process " + holder.process.pid());
    }

    private static List<String> resume() {
        return List.of("queue", "resume", "--concurrency", "1");
    }

    /** Files already checked and queued, as an earlier run that stopped would have left them. */
    private static void journalQueued(SeparateJvmCli cli, String requestId, List<Path> files) throws Exception {
        try (LocalDatabase database = cli.openDatabase()) {
            List<UploadItem> items = new ArrayList<>();
            for (Path file : files) {
                items.add(UploadItem.queued(requestId, file.toString(), file.getFileName().toString(),
                        Files.size(file), TestDocuments.sha256(file), "image/png", "other", null, null, Instant.now()));
            }
            database.uploadJournal().record(items);
        }
    }
}
