package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide's pictures of a credit memo ({@code docs/images/<language>/credit-memo.png}): the first
 * page of the memo of a fully analysed sandbox request, in English and in French, as a reader shows
 * it. Run with the guide's screenshots: {@code ./mvnw -B -Pdocs verify}.
 */
@Tag("docs")
class MemoGuidePictures {

    private static final float DPI = 110;

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void theFirstPageOfTheMemoInEachLanguage() throws Exception {
        AnalysedRequest analysed = AnalysedRequest.in(sandbox, home);
        for (String language : new String[] {"en", "fr"}) {
            Path memo = home.resolve("memo-" + language + ".pdf");
            AnalysedRequest.ok(CliHarness.against(sandbox.server(), home).run("memo", analysed.id(), "--out",
                    memo.toString(), "--lang", language, "--json"));
            Path picture = Path.of("docs", "images", language, "credit-memo.png");
            try (PDDocument document = Loader.loadPDF(memo.toFile())) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
                Files.createDirectories(picture.getParent());
                assertTrue(ImageIO.write(page, "png", picture.toFile()), "no PNG writer");
            }
        }
    }
}
