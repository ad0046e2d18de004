package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide's pictures of the PDFs the application writes, as a reader shows their first page, in
 * English and in French, from a fully analysed sandbox request: the credit memo
 * ({@code docs/images/<language>/credit-memo.png}) and the request export's cover page, the summary
 * ({@code docs/images/<language>/request-pdf-cover.png}). Run with the guide's screenshots:
 * {@code ./mvnw -B -Pdocs verify}.
 */
@Tag("docs")
class PdfGuidePictures {

    private static final float DPI = 110;
    private static final String[] LANGUAGES = {"en", "fr"};

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void theFirstPageOfTheMemoInEachLanguage() throws Exception {
        AnalysedRequest analysed = AnalysedRequest.in(sandbox, home);
        for (String language : LANGUAGES) {
            Path memo = home.resolve("memo-" + language + ".pdf");
            AnalysedRequest.ok(CliHarness.against(sandbox.server(), home).run("memo", analysed.id(), "--out",
                    memo.toString(), "--lang", language, "--json"));
            picture(memo, language, "credit-memo.png");
        }
    }

    /** The export follows the application's language, which the command line takes from {@link Messages}. */
    @Test
    void theCoverPageOfTheRequestExportInEachLanguage() throws Exception {
        AnalysedRequest analysed = AnalysedRequest.in(sandbox, home);
        for (String language : LANGUAGES) {
            Messages.setLocale(Locale.forLanguageTag(language));
            Path export = home.resolve("request-" + language + ".pdf");
            CliHarness.Run run = CliHarness.against(sandbox.server(), home).run("export", analysed.id(), "--format",
                    "pdf", "--out", export.toString());
            assertEquals(ExitCode.OK, run.exit(), run.err());
            picture(export, language, "request-pdf-cover.png");
        }
    }

    private static void picture(Path pdf, String language, String name) throws Exception {
        Path picture = Path.of("docs", "images", language, name);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            Files.createDirectories(picture.getParent());
            assertTrue(ImageIO.write(page, "png", picture.toFile()), "no PNG writer");
        }
    }
}
