package io.xraydesk.reliability;

import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.i18n.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Bad-input cases for dropped files ({@code FileInspector}): empty, too large, executables, links, names. */
final class FileCases {

    private FileCases() {
    }

    static List<BadInputCase> all(Path dir) {
        FileInspector inspector = new FileInspector(FileInspector.DEFAULT_MAX_BYTES);
        return List.of(
                file("0 bytes", inspector, DocumentProblem.EMPTY, () -> Files.write(dir.resolve("empty.pdf"), new byte[0])),
                file("20 MB + 1 byte", inspector, DocumentProblem.TOO_LARGE, () -> sparse(dir, "big.pdf",
                        FileInspector.DEFAULT_MAX_BYTES + 1)),
                file("executable renamed .pdf", inspector, DocumentProblem.EXECUTABLE, () -> Files.write(
                        dir.resolve("invoice.pdf"), elf())),
                file("symlink loop", inspector, DocumentProblem.LINK_LOOP, () -> linkLoop(dir)),
                file("a folder", inspector, DocumentProblem.DIRECTORY, () -> Files.createDirectories(dir.resolve("folder.pdf"))),
                file("missing file", inspector, DocumentProblem.NOT_FOUND, () -> dir.resolve("gone.pdf")),
                new BadInputCase("file", "no read permission", () -> unreadable(dir, inspector)),
                acceptedFile(dir, "name with a newline", inspector, "relevé\nmars.pdf"),
                acceptedFile(dir, "Unicode name", inspector, "Bilan 2024 — Société Générale 銀行 🏦.pdf"),
                acceptedFile(dir, "255-byte name", inspector, "b".repeat(251) + ".pdf"));
    }

    @FunctionalInterface
    interface FileMaker {
        Path make() throws IOException;
    }

    private static BadInputCase file(String label, FileInspector inspector, DocumentProblem expected, FileMaker maker) {
        return new BadInputCase("file", label, () -> {
            FileReport report = inspector.inspect(maker.make(), true);
            return refusedAs(report, expected);
        });
    }

    private static Verdict refusedAs(FileReport report, DocumentProblem expected) {
        if (report.refusals().stream().noneMatch(i -> i.kind() == expected)) {
            return Verdict.no("expected " + expected + ", got " + report.refusals());
        }
        Problem<DocumentProblem> issue = report.refusals().stream().filter(i -> i.kind() == expected).findFirst().orElseThrow();
        return Verdict.refusedClearly(issue::message, issue.kind().messageKey());
    }

    private static BadInputCase acceptedFile(Path dir, String label, FileInspector inspector, String fileName) {
        return new BadInputCase("file", label, () -> {
            Path file = dir.resolve(fileName);
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage());
                pdf.save(file.toFile());
            }
            FileReport report = inspector.inspect(file, true);
            return Verdict.check(report.isAccepted() && report.hash().isPresent(),
                    "accepted, " + report.size() + " bytes" + (report.warnings().isEmpty() ? ""
                            : ", warned: " + report.warnings().get(0).message()));
        });
    }

    private static Verdict unreadable(Path dir, FileInspector inspector) throws IOException {
        Path file = Files.write(dir.resolve("secret.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // root reads every file: the refusal cannot be provoked, and the case says so
            return Verdict.skipped("running as root, permissions do not stop reading");
        }
        return refusedAs(inspector.inspect(file, true), DocumentProblem.NOT_READABLE);
    }

    private static Path sparse(Path dir, String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(size);
        }
        return file;
    }

    private static byte[] elf() {
        byte[] bytes = new byte[4096];
        byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static Path linkLoop(Path dir) throws IOException {
        Path a = dir.resolve("loop-a.pdf");
        Path b = dir.resolve("loop-b.pdf");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        return a;
    }
}
