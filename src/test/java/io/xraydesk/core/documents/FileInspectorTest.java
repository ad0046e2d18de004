package io.xraydesk.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.xraydesk.contract.TestPdfs;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.testing.MessagesLocale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FileInspectorTest {

    private static final String BALANCE_SHEET = "Bilan au 31 decembre 2023 - Total actif 1 234 567";
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    private static final byte[] JPEG_HEADER = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector(FileInspector.DEFAULT_MAX_BYTES);

    @RegisterExtension
    final MessagesLocale locale = MessagesLocale.restored();

    @Test
    void acceptsAPdfWithTextAndHashesIt() throws Exception {
        Path pdf = textPdf("bilan 2023.pdf");
        FileReport report = inspector.inspect(pdf, true);
        assertTrue(report.isAccepted(), () -> report.refusals().toString());
        assertEquals(List.of(), report.warnings());
        assertEquals(ContentType.PDF, report.contentType());
        assertEquals(Files.size(pdf), report.size());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertEquals(expected, report.sha256());
    }

    @Test
    void withoutAFingerprintTheContentIsCheckedAndNothingIsHashed() throws Exception {
        Path pdf = textPdf("releve.pdf");
        FileReport report = inspector.inspect(pdf, false);
        assertTrue(report.isAccepted(), () -> report.refusals().toString());
        assertEquals(ContentType.PDF, report.contentType());
        assertEquals(Files.size(pdf), report.size());
        assertEquals(null, report.sha256());
        assertEquals(List.of(DocumentProblem.UNSUPPORTED_TYPE), problems(inspector.inspect(
                write("notes.pdf", "hello".getBytes(StandardCharsets.US_ASCII)), false).refusals()));
    }

    @Test
    void recognisesImagesByContentAndWarnsWhenTheNameLies() throws IOException {
        FileReport png = inspector.inspect(write("scan.png", PNG_HEADER), true);
        assertTrue(png.isAccepted());
        assertEquals(ContentType.PNG, png.contentType());
        assertEquals(List.of(), png.warnings());

        FileReport jpegNamedPng = inspector.inspect(write("photo.png", JPEG_HEADER), true);
        assertTrue(jpegNamedPng.isAccepted());
        assertEquals(ContentType.JPEG, jpegNamedPng.contentType());
        assertEquals(List.of(DocumentProblem.EXTENSION_MISMATCH), problems(jpegNamedPng.warnings()));
    }

    @Test
    void scannedPdfIsAcceptedWithAWarning() throws IOException {
        Path pdf = dir.resolve("releve.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        FileReport report = inspector.inspect(pdf, true);
        assertTrue(report.isAccepted());
        assertEquals(List.of(DocumentProblem.PDF_NO_TEXT), problems(report.warnings()));
        assertFalse(report.warnings().get(0).kind().isRefusal());
    }

    @Test
    void passwordProtectedAndDamagedPdfsAreRefused() throws IOException {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument document = textDocument()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(locked.toFile());
        }
        assertEquals(List.of(DocumentProblem.PDF_PASSWORD), problems(inspector.inspect(locked, true).refusals()));

        Path restricted = dir.resolve("restricted.pdf");
        try (PDDocument document = textDocument()) {
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", noCopy);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(restricted.toFile());
        }
        FileReport opensWithoutPassword = inspector.inspect(restricted, true);
        assertTrue(opensWithoutPassword.isAccepted(), () -> opensWithoutPassword.refusals().toString());
        assertEquals(List.of(), opensWithoutPassword.warnings());

        Path damaged = write("damaged.pdf", "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(DocumentProblem.PDF_CORRUPT), problems(inspector.inspect(damaged, true).refusals()));
    }

    @Test
    void refusesExecutablesAndNamesOtherFormats() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        FileReport elf = inspector.inspect(write("bilan.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}), true);
        assertEquals(List.of(DocumentProblem.EXECUTABLE), problems(elf.refusals()));
        assertEquals("bilan.pdf is an executable program renamed .pdf, not a document.", elf.refusals().get(0).message());
        assertEquals(null, elf.sha256());

        assertEquals(List.of(DocumentProblem.EXECUTABLE),
                problems(inspector.inspect(write("setup.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), true).refusals()));

        FileReport zip = inspector.inspect(write("comptes.pdf", "PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1)), true);
        assertEquals(List.of(DocumentProblem.UNSUPPORTED_TYPE), problems(zip.refusals()));
        assertEquals("comptes.pdf looks like a ZIP archive (or a Word/Excel document): only PDF, JPEG and PNG files can be analysed.",
                zip.refusals().get(0).message());

        FileReport text = inspector.inspect(write("notes.pdf", "hello".getBytes(StandardCharsets.US_ASCII)), true);
        assertEquals(List.of("notes.pdf", "an unrecognised format"), text.refusals().get(0).args());
    }

    @Test
    void refusesEmptyAndOversizedFiles() throws IOException {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(List.of(DocumentProblem.EMPTY), problems(inspector.inspect(write("vide.pdf", new byte[0]), true).refusals()));

        Path big = dir.resolve("big.png");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(PNG_HEADER);
            out.write(new byte[1024]);
        }
        FileReport report = new FileInspector(1024).inspect(big, true);
        assertEquals(List.of(DocumentProblem.TOO_LARGE), problems(report.refusals()));
        assertTrue(new FileInspector(1024 + PNG_HEADER.length).inspect(big, true).isAccepted());

        Path twentyMiB = dir.resolve("twenty.png");
        try (OutputStream out = Files.newOutputStream(twentyMiB)) {
            out.write(PNG_HEADER);
            out.write(new byte[20 * 1024 * 1024 - PNG_HEADER.length + 1]);
        }
        FileReport over = inspector.inspect(twentyMiB, true);
        // One byte over: the MiB round to the limit, the bytes show the difference (grouping space varies by JDK).
        String message = over.refusals().get(0).message();
        assertTrue(message.matches("twenty\\.png pèse 20 Mio \\(20\\D971\\D521 octets\\) ; "
                + "la limite est de 20 Mio \\(20\\D971\\D520 octets\\)\\."), message);
    }

    @Test
    void refusesWhatIsNotAReadableRegularFile() throws IOException {
        assertEquals(List.of(DocumentProblem.NOT_FOUND), problems(inspector.inspect(dir.resolve("missing.pdf"), true).refusals()));
        assertEquals(List.of(DocumentProblem.DIRECTORY), problems(inspector.inspect(Files.createDirectory(dir.resolve("sub")), true).refusals()));

        Path broken = Files.createSymbolicLink(dir.resolve("broken.pdf"), dir.resolve("gone.pdf"));
        assertEquals(List.of(DocumentProblem.BROKEN_LINK), problems(inspector.inspect(broken, true).refusals()));

        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertEquals(List.of(DocumentProblem.LINK_LOOP), problems(inspector.inspect(a, true).refusals()));

        Path link = Files.createSymbolicLink(dir.resolve("link.png"), write("target.png", PNG_HEADER));
        assertTrue(inspector.inspect(link, true).isAccepted());
    }

    @Test
    void refusesAnUnreadableFile() throws IOException {
        Path secret = write("secret.png", PNG_HEADER);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "permissions are not enforced for this user (root)");
        assertEquals(List.of(DocumentProblem.NOT_READABLE), problems(inspector.inspect(secret, true).refusals()));
    }

    private Path textPdf(String name) throws IOException {
        return TestPdfs.write(dir.resolve(name), BALANCE_SHEET);
    }

    private static PDDocument textDocument() throws IOException {
        return TestPdfs.document(BALANCE_SHEET);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<DocumentProblem> problems(List<Problem<DocumentProblem>> issues) {
        return issues.stream().map(Problem::kind).toList();
    }
}
