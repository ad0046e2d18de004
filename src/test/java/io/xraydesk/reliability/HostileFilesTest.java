package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FolderWalker;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.EnqueueResult;
import io.xraydesk.core.upload.FailureKind;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.MessagesLocale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files dropped with a good one, through the queue the window and the command line share,
 * against the sandbox over real HTTP: each hostile file is refused (or, changed while it is sent,
 * never put online) with a clear message in words, and the good file of the same batch still ends
 * online. Prints {@code hostile-files: P/T}.
 */
class HostileFilesTest {

    private static final DocumentDescription OTHER = new DocumentDescription(DocumentCategory.OTHER, null, null);
    /** Slow enough that the test rewrites a file while it is on its way. */
    private static final long PACED_BYTES_PER_SECOND = 1_000_000;

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();
    @TempDir
    Path dir;

    /** Makes the hostile content in a fresh folder (the good file is added next to it). */
    private interface Hostile {
        void make(Path folder) throws Exception;
    }

    /** One cell: the hostile content and the words its refusal must hold. */
    private record Cell(Hostile hostile, String said) {
    }

    @Test
    void eachHostileFileIsRefusedAloneInWordsAndTheBatchGoesOn() throws Exception {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("PDF nested 200,000 arrays deep", new Cell(folder -> Files.write(folder.resolve("nested.pdf"),
                nestedArraysPdf(200_000)), "nested.pdf is damaged: it cannot be read as a PDF"));
        cells.put("link to / inside the folder", new Cell(folder ->
                Files.createSymbolicLink(folder.resolve("system"), Path.of("/")), "links are not followed out"));
        cells.put("link to a file outside the folder", new Cell(folder -> Files.createSymbolicLink(
                folder.resolve("passwd.pdf"), Path.of("/etc/passwd")), "links are not followed out"));
        cells.put("named pipe", new Cell(folder -> mkfifo(folder.resolve("pipe.pdf")), "is not an ordinary file"));
        cells.put("broken link", new Cell(folder -> Files.createSymbolicLink(folder.resolve("gone.pdf"),
                folder.resolve("nowhere.pdf")), "link to nowhere"));
        cells.put("program named .pdf", new Cell(folder -> Files.write(folder.resolve("invoice.pdf"),
                "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1)), "is an executable program"));
        cells.put("empty file", new Cell(folder -> Files.write(folder.resolve("empty.pdf"), new byte[0]), "is empty"));
        cells.put("20 MiB and one byte", new Cell(folder -> sparsePng(folder.resolve("huge.png"), 20L * 1024 * 1024 + 1),
                "(20,971,521 bytes); the limit is 20 MiB (20,971,520 bytes)"));
        cells.put("rewritten while it is sent", new Cell(folder ->
                TestDocuments.png(folder, "scan.png", 3_000_000, 81), "changed while sending"));

        CellReport report = new CellReport();
        try (UploadFixture sandbox = new UploadFixture(SandboxConfig.builder().s3BytesPerSecond(PACED_BYTES_PER_SECOND));
                LocalDatabase database = UploadFixture.database(dir);
                UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, 2)) {
            Batch batch = new Batch(dir, sandbox, database, queue);
            for (Map.Entry<String, Cell> cell : cells.entrySet()) {
                report.add(cell.getKey(), batch.run(cell.getKey(), cell.getValue()));
            }
        }
        report.print("hostile-files");
        assertEquals(report.total(), report.passed(), report.toString());
    }

    /** One sandbox, journal and queue for every cell; each cell is a request and a folder of its own in {@code dir}. */
    private record Batch(Path dir, UploadFixture sandbox, LocalDatabase database, UploadQueue queue) {

        /** Null when the cell held, else what went wrong. */
        String run(String name, Cell cell) throws Exception {
            String requestId = sandbox.createRequest();
            Path folder = Files.createDirectory(dir.resolve("cell-" + Integer.toHexString(name.hashCode())));
            cell.hostile().make(folder);
            Path good = TestDocuments.png(folder, "zz-good.png", 50_000, name.hashCode());
            RewriteWhileSending rewrite = new RewriteWhileSending(folder.resolve("scan.png"));
            queue.addListener(rewrite);
            List<String> said = new ArrayList<>();
            try {
                FolderWalker.Expansion files = new FolderWalker().expand(List.of(folder));
                files.notices().stream().map(Problem::message).forEach(said::add);
                for (UploadItem item : queue.record(requestId, files.files(), OTHER)) {
                    EnqueueResult result = queue.checkAndSend(item);
                    said.addAll(result.refusals());
                }
                if (!queue.awaitIdle(Duration.ofSeconds(60))) {
                    return "the queue never finished";
                }
            } finally {
                queue.removeListener(rewrite);
            }
            for (UploadItem item : database.uploadJournal().forRequest(requestId)) {
                new UploadStatus(item, 0, 0).failure().ifPresent(f -> said.add(f.kind() + ": " + f.message()));
            }
            String words = String.join("\n", said);
            if (!words.contains(cell.said())) {
                return "expected \"" + cell.said() + "\" in: " + words;
            }
            for (String message : said) {
                String unclear = ClearMessages.problemOf(message, List.of(sandbox.server.demoUser().token()));
                if (unclear != null) {
                    return unclear + ": " + message;
                }
            }
            List<String> online = sandbox.onlineSha256(requestId);
            if (!online.equals(List.of(TestDocuments.sha256(good)))) {
                return "online on the server: " + online.size() + " media, expected only the good file";
            }
            return null;
        }
    }

    /** Rewrites the file (same size, other bytes) once its first bytes are on their way. */
    private static final class RewriteWhileSending implements UploadQueueListener {
        private final Path file;
        private final AtomicBoolean done = new AtomicBoolean();

        RewriteWhileSending(Path file) {
            this.file = file;
        }

        @Override
        public void changed(UploadStatus status, OverallProgress overall) {
            if (status.item().filePath().equals(file.toString()) && status.bytesSent() > 0
                    && status.item().state() == UploadState.MEDIUM_CREATED && done.compareAndSet(false, true)) {
                try {
                    TestDocuments.png(file.getParent(), file.getFileName().toString(), 3_000_000, 82);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A PDF whose page holds arrays nested {@code depth} deep: recursive parsers overflow their stack. */
    private static byte[] nestedArraysPdf(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nested + " >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    private static void sparsePng(Path file, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), size - 1); // sparse: no 20 MiB written
        }
    }

    private static void mkfifo(Path path) throws Exception {
        if (new ProcessBuilder("mkfifo", path.toString()).start().waitFor() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }
}
