package io.xraydesk.ui.report;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Prints a report node with JavaFX's {@link PrinterJob}: scaled to the page width and cut into as
 * many pages as its height needs, the node's transforms restored afterwards.
 */
final class ReportPrinter {

    /** What happened, for the view to tell the analyst. */
    enum Outcome { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    Outcome print(Node node) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (node.getScene() != null && !job.showPrintDialog(node.getScene().getWindow())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = node.getBoundsInParent().getWidth();
        double height = node.getBoundsInParent().getHeight();
        double scale = Math.min(1, layout.getPrintableWidth() / Math.max(1, width));
        double pageHeight = layout.getPrintableHeight() / scale;
        Scale scaling = new Scale(scale, scale);
        Translate offset = new Translate();
        node.getTransforms().addAll(scaling, offset);
        try {
            for (double top = 0; top < height; top += pageHeight) {
                offset.setY(-top);
                if (!job.printPage(layout, node)) {
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
            return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        } finally {
            node.getTransforms().removeAll(scaling, offset);
        }
    }
}
