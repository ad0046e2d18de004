package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayWords;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The cover page of a request's PDF: the request's {@link RequestSummary} — where each X-Ray stands,
 * the probability of default, data sanity, the main alerts, the missing ESG inputs, the documents and
 * what to do next — before any report.
 */
final class SummaryPage {

    private static final float SIZE = 9.5f;
    private static final float LINE = 13;
    private static final float STATE_COLUMN = 120;
    private static final float DETAIL_COLUMN = 215;

    private final PdfPages pages;
    private final Figures figures;

    SummaryPage(PdfPages pages, Figures figures) {
        this.pages = pages;
        this.figures = figures;
    }

    void write(RequestSummary summary) throws IOException {
        heading(Messages.get("export.summary.title"));
        if (summary.presenceNote().isPresent()) {
            paragraph(PdfPages.LEFT, summary.presenceNote().get(), pages.fonts.bold, PdfPalette.BAD);
            pages.down(4);
        }
        paragraph(PdfPages.LEFT, Messages.get("export.summary.stage", summary.stageWords()), pages.fonts.regular,
                PdfPalette.MUTED);
        pages.down(6);
        for (XRayOutcome xray : summary.xrayList()) {
            xrayLine(xray);
        }
        pages.down(6);
        if (summary.probabilityOfDefault() != null) {
            paragraph(PdfPages.LEFT, Messages.get("export.summary.pd",
                    figures.percentOfFraction(summary.probabilityOfDefault(), 2)), pages.fonts.regular, PdfPalette.TEXT);
        }
        if (summary.dataSanity() != null) {
            paragraph(PdfPages.LEFT, Messages.get("export.summary.sanity",
                    figures.percentOfFraction(summary.dataSanity() / 100, 0)), pages.fonts.regular, PdfPalette.TEXT);
        }
        list(Messages.get("export.summary.trends"), summary.trends(), PdfPalette.TEXT);
        list(Messages.get("export.summary.alerts"), summary.alerts().stream().map(RequestSummary.Alert::text).toList(),
                PdfPalette.BAD);
        list(Messages.get("export.summary.missingInputs"), summary.missingInputs(), PdfPalette.WARNING);
        list(Messages.get("export.summary.documents"), summary.documents().stream()
                .map(d -> Messages.get("export.summary.document", d.name(), d.category(), d.state().label())).toList(),
                PdfPalette.TEXT);
        list(Messages.get("export.summary.nextSteps"), summary.nextSteps(), PdfPalette.ACCENT);
    }

    /** "Bank X-Ray   not rated   data sanity 62 % (below 70 %)". */
    private void xrayLine(XRayOutcome xray) throws IOException {
        pages.ensure(LINE * 2);
        float baseline = pages.y() - SIZE;
        pages.text(PdfPages.LEFT, baseline, XRayWords.name(xray.source()), pages.fonts.bold, SIZE, PdfPalette.TEXT);
        pages.text(PdfPages.LEFT + STATE_COLUMN, baseline, xray.status().label(), pages.fonts.bold, SIZE,
                colour(xray));
        String detail = XRayWords.detail(xray).orElse("");
        if (detail.isEmpty()) {
            pages.down(LINE);
        } else {
            paragraph(PdfPages.LEFT + DETAIL_COLUMN, detail, pages.fonts.regular, PdfPalette.TEXT);
        }
    }

    private static Color colour(XRayOutcome xray) {
        return switch (xray.status()) {
            case READY -> xray.grade() == null ? PdfPalette.GOOD : PdfPalette.grade(xray.grade());
            case PENDING -> PdfPalette.ACCENT;
            case AWAITING_DOCUMENTS -> PdfPalette.MUTED;
            case NOT_RATED -> PdfPalette.WARNING;
            case FAILED -> PdfPalette.BAD;
        };
    }

    private void heading(String text) throws IOException {
        pages.ensure(30);
        pages.heading("H2", PdfPages.LEFT, pages.y() - 13, text, pages.fonts.bold, 13, PdfPalette.TEXT);
        pages.down(20);
    }

    private void list(String title, List<String> items, Color colour) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        pages.down(6);
        pages.ensure(LINE * 2);
        pages.text(PdfPages.LEFT, pages.y() - SIZE, title, pages.fonts.bold, SIZE, PdfPalette.TEXT);
        pages.down(LINE + 2);
        for (String item : items) {
            pages.text(PdfPages.LEFT + 4, pages.y() - SIZE, "•", pages.fonts.regular, SIZE, colour);
            paragraph(PdfPages.LEFT + 14, item, pages.fonts.regular, PdfPalette.TEXT);
        }
    }

    private void paragraph(float x, String text, PDFont font, Color colour) throws IOException {
        pages.paragraph(x, text, font, SIZE, LINE, colour);
    }
}
