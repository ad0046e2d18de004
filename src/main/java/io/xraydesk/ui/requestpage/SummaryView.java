package io.xraydesk.ui.requestpage;

import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.DocumentState;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.DataText;
import io.xraydesk.ui.widgets.RequestLabels;
import io.xraydesk.ui.widgets.UncachedScrollPane;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Summary tab of a request: what the five X-Rays said about the company, in one place. It shows a
 * {@link RequestSummary} as it comes — the one the PDF cover page and the command line print — and
 * computes nothing of its own, so the three can never disagree.
 */
final class SummaryView {

    private final VBox content = new VBox(12);
    private final ScrollPane root = new UncachedScrollPane(content);
    private final Runnable sendDocuments;
    private final BiConsumer<Report, String> quote;

    /**
     * @param sendDocuments brings the documents panel to the front, for the next steps that need a file
     * @param quote         puts the value at a JSON Pointer of a report into the note
     */
    SummaryView(Runnable sendDocuments, BiConsumer<Report, String> quote) {
        this.sendDocuments = sendDocuments;
        this.quote = quote;
        content.setId("request-summary");
        content.setPadding(new Insets(12));
        root.setFitToWidth(true);
        content.getChildren().setAll(muted(Messages.get("requestpage.summary.loading")));
    }

    Node view() {
        return root;
    }

    void show(RequestSummary summary) {
        content.getChildren().clear();
        summary.presenceNote().ifPresent(note -> {
            Label warning = Badges.chip(note, Badges.Tone.WARNING);
            warning.setId("summary-not-found");
            warning.setWrapText(true);
            content.getChildren().add(warning);
        });
        Label stage = new Label(Messages.get("export.summary.stage", summary.stageWords()));
        stage.setId("summary-stage");
        if (summary.stage() != null) {
            stage.setTooltip(new Tooltip(summary.stage()));
        }
        content.getChildren().addAll(stage, xrays(summary.xrayList()));
        figures(summary);
        alerts(summary.alerts());
        list("export.summary.missingInputs", "summary-missing-inputs", summary.missingInputs());
        list("export.summary.trends", "summary-trends", summary.trends());
        documents(summary.documents());
        list("export.summary.nextSteps", "summary-next-steps", summary.nextSteps());
        if (summary.isOnServer() && needsAFile(summary)) {
            Hyperlink send = new Hyperlink(Messages.get("requestpage.summary.sendDocuments"));
            send.setId("summary-send-documents");
            send.setOnAction(event -> sendDocuments.run());
            content.getChildren().add(send);
        }
    }

    /** An X-Ray waits for a document, or a document must be sent again. */
    private static boolean needsAFile(RequestSummary summary) {
        return summary.xrayList().stream().anyMatch(x -> x.status() == XRayStatus.AWAITING_DOCUMENTS)
                || summary.documents().stream().anyMatch(d -> d.state() == DocumentState.SEND_FAILED);
    }

    void showProblem() {
        content.getChildren().setAll(muted(Messages.get("requestpage.summary.failed")));
    }

    /** One line per X-Ray: its name, its state's word, its grade when it has one, and the detail. */
    private Node xrays(List<XRayOutcome> outcomes) {
        GridPane grid = new GridPane();
        grid.setId("summary-xrays");
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (XRayOutcome outcome : outcomes) {
            Label name = new Label(XRayWords.name(outcome.source()));
            name.getStyleClass().add("text-bold");
            Label state = RequestLabels.xrayStateChip(outcome);
            state.setId("summary-state-" + outcome.source().wire());
            HBox verdict = new HBox(6, state);
            verdict.setAlignment(Pos.CENTER_LEFT);
            if (outcome.grade() != null) {
                Label grade = Badges.grade(outcome.grade());
                grade.setId("summary-grade-" + outcome.source().wire());
                quotable(grade, outcome.latest(), "/score");
                verdict.getChildren().add(grade);
            }
            Label detail = new Label(XRayWords.detail(outcome).orElse(""));
            detail.setId("summary-detail-" + outcome.source().wire());
            detail.setWrapText(true);
            grid.addRow(row++, name, verdict, detail);
        }
        return grid;
    }

    private void figures(RequestSummary summary) {
        Figures figures = new Figures(Messages.locale());
        if (summary.probabilityOfDefault() != null) {
            Label pd = new Label(Messages.get("export.summary.pd",
                    figures.percentOfFraction(summary.probabilityOfDefault(), 2)));
            pd.setId("summary-pd");
            quotable(pd, summary.xrays().get(Source.FINANCIAL).latest(), "/data/probabilityOfDefault");
            content.getChildren().add(pd);
        }
        if (summary.dataSanity() != null) {
            Label sanity = new Label(Messages.get("export.summary.sanity",
                    figures.percentOfFraction(summary.dataSanity() / 100, 0)));
            sanity.setId("summary-sanity");
            quotable(sanity, summary.xrays().get(Source.BANK).latest(), "/data/dataSanity");
            content.getChildren().add(sanity);
        }
    }

    /** The value a label shows, which the analyst can quote from {@code report} when there is one. */
    private void quotable(Label value, Report report, String pointer) {
        if (report != null) {
            QuoteGesture.install(value, () -> quote.accept(report, pointer));
        }
    }

    /** The main alerts; those naming one value of a report can be quoted. */
    private void alerts(List<RequestSummary.Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        VBox items = bullets("summary-alerts", alerts.stream().map(RequestSummary.Alert::text).toList());
        for (int i = 0; i < alerts.size(); i++) {
            RequestSummary.Alert alert = alerts.get(i);
            Label item = (Label) items.getChildren().get(i);
            item.setId("summary-alert-" + i);
            if (alert.quotable()) {
                quotable(item, alert.report(), alert.pointer());
            }
        }
        content.getChildren().addAll(heading("export.summary.alerts"), items);
    }

    private void documents(List<RequestSummary.DocumentLine> documents) {
        if (documents.isEmpty()) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setId("summary-documents");
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (RequestSummary.DocumentLine document : documents) {
            grid.addRow(row++, DataText.of(new Label(document.name())), DataText.of(new Label(document.category())),
                    RequestLabels.documentChip(document.state()));
        }
        content.getChildren().addAll(heading("export.summary.documents"), grid);
    }

    private void list(String titleKey, String id, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        content.getChildren().addAll(heading(titleKey), bullets(id, lines));
    }

    /** One bulleted label per line, in order. */
    private static VBox bullets(String id, List<String> lines) {
        VBox items = new VBox(4);
        items.setId(id);
        for (String line : lines) {
            // Alerts and missing inputs carry the names the API gave them.
            Label item = DataText.of(new Label("• " + line));
            item.setWrapText(true);
            items.getChildren().add(item);
        }
        return items;
    }

    private static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("title-4");
        return heading;
    }

    /** Secondary words, in the muted colour: loading, failures, nothing yet. */
    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
