package io.xraydesk.ui.requestpage;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestDetails;
import io.xraydesk.core.requests.RequestOverview;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.StageWords;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.report.JsonReportView;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.RequestLabels;
import io.xraydesk.ui.widgets.Toasts;
import io.xraydesk.ui.widgets.UncachedScrollPane;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One request's page, the view over a {@link RequestPageModel}: a header (name, company code,
 * status, the stages seen so far in words), its Summary first ({@link SummaryView}: what the five
 * X-Rays said, what to do next), its Documents (the media this installation uploaded, with their
 * status on the API, and the upload panel, a {@link ScreenPart} with the page's lifecycle), and its
 * Reports ({@link ReportsSection}); then what the analyst adds ({@link CreditFileSection}, a {@link
 * ScreenPart} too): the notes beside the decision, the audit trail as History, and "Credit memo…" in
 * the header. A grade, a figure or an alert of the Summary, or a report's grade, can be quoted in the
 * note.
 */
public final class RequestPage implements Screen {

    private final RequestPageModel model;
    private final ScreenPart documentsPanel;
    private final ReportsSection reports;

    private final Label name = new Label();
    private final Label code = new Label();
    private final HBox statusBox = new HBox();
    private final FlowPane stages = new FlowPane(6, 6);
    private final Label unreadableReports = new Label();
    private final DocumentsList media = new DocumentsList();
    private final SummaryView summary = new SummaryView(this::showDocuments, this::quote);
    private final TabPane sections = new TabPane();
    private final Tab summarySection = new Tab();
    private final Tab documentsSection = new Tab();
    private final Tab reportsSection = new Tab();
    private final Tab notesSection = new Tab();
    private final Tab historySection = new Tab();
    private final CreditFileSection creditFile;
    private final Toasts toasts;
    private final VBox root = new VBox(14);
    private String reportToShow;
    /** Who else follows the request, in a team; an empty part when this desktop works alone. */
    private final ScreenPart followers;

    /**
     * @param documentsPanel builds the upload panel of a request
     * @param reportViews builds the view of one report
     */
    public RequestPage(ScreenContext context, String requestId, Function<String, ScreenPart> documentsPanel,
            ReportViewFactory reportViews) {
        this(context, requestId, documentsPanel, reportViews, ExportTargetChooser.saveAs(Optional::empty));
    }

    /** @param memoTarget asks where the credit memo goes */
    public RequestPage(ScreenContext context, String requestId, Function<String, ScreenPart> documentsPanel,
            ReportViewFactory reportViews, ExportTargetChooser memoTarget) {
        this.model = new RequestPageModel(requestId, context.tasks(), context.work().requests(),
                context.work().watcher(), context.shell().dialogs()::error);
        this.toasts = context.shell().toasts();
        this.creditFile = new CreditFileSection(requestId, context.tasks(), context.work().creditFile(), memoTarget,
                this::memoSubject);
        this.documentsPanel = Objects.requireNonNull(documentsPanel, "documentsPanel").apply(requestId);
        this.followers = context.work().team().<ScreenPart>map(team -> new FollowersLine(requestId, context.tasks(),
                team, context.work().session().analyst().userId(), context.shell().dialogs()::error))
                .orElse(ScreenPart.of(new Region()));
        this.reports = new ReportsSection(Objects.requireNonNull(reportViews, "reportViews"), this::quote);
        build();
        model.detailsProperty().addListener((o, was, details) -> show(details));
        model.summaryProperty().addListener((o, was, fresh) -> {
            summary.show(fresh);
            reports.show(fresh);
            media.show(fresh.documents());
        });
        model.summaryFailedProperty().addListener((o, was, failed) -> {
            if (failed) {
                summary.showProblem();
                media.showProblem();
            }
        });
    }

    /** The default report view, for sources without a native one: the report as a JSON tree. */
    public static ReportViewFactory jsonReportViews() {
        return (request, requestReports, report) -> JsonReportView.of(report);
    }

    @Override
    public String titleKey() {
        return "requestpage.title";
    }

    @Override
    public Node view() {
        return root;
    }

    public String requestId() {
        return model.requestId();
    }

    @Override
    public void activate() {
        model.activate();
        documentsPanel.activate();
        followers.activate();
        creditFile.activate();
    }

    @Override
    public void deactivate() {
        creditFile.deactivate();
        documentsPanel.deactivate();
        followers.deactivate();
        model.deactivate();
    }

    /** Brings the Documents section, with its upload panel, to the front. */
    public void showDocuments() {
        sections.getSelectionModel().select(documentsSection);
    }

    /** Brings the report's tab to the front and shows that report (now, or once it is loaded). */
    public void showReport(String reportId) {
        reportToShow = reportId;
        selectPendingReport();
    }

    /**
     * Puts the analyst back where they were on {@code earlier}, this request's page in a window since
     * rebuilt (a language change): the same section and, on Reports, the same report.
     */
    public void keepPlaceFrom(RequestPage earlier) {
        Tab was = earlier.sections.getSelectionModel().getSelectedItem();
        sections.getSelectionModel().select(earlier.sections.getTabs().indexOf(was));
        if (was == earlier.reportsSection) {
            earlier.reports.shownReportId().ifPresent(this::showReport);
        }
    }

    private void build() {
        root.getStyleClass().add("request-page");
        root.setPadding(new Insets(14));
        name.getStyleClass().add("title-2");
        name.setId("request-name");
        name.setText(model.requestId());
        code.getStyleClass().add("text-muted");
        code.setId("request-code");
        statusBox.setId("request-status");
        stages.setId("request-stages");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox title = new HBox(12, name, statusBox, spacer, creditFile.memoAction());
        title.setAlignment(Pos.CENTER_LEFT);
        Label stagesLabel = new Label(Messages.get("requestpage.stages"));
        stagesLabel.getStyleClass().add("text-muted");
        HBox timeline = new HBox(8, stagesLabel, stages);
        // The stages take the row's width and wrap only when it is full, not at FlowPane's 400 px.
        HBox.setHgrow(stages, Priority.ALWAYS);
        timeline.setAlignment(Pos.CENTER_LEFT);
        // Above the sections, whichever is shown: the reports listed are not all the API sent.
        unreadableReports.setId("request-reports-unreadable");
        unreadableReports.getStyleClass().add("warning");
        unreadableReports.setWrapText(true);
        unreadableReports.textProperty().bind(model.unreadableReportsProperty());
        unreadableReports.visibleProperty().bind(model.unreadableReportsProperty().isNotEmpty());
        unreadableReports.managedProperty().bind(unreadableReports.visibleProperty());
        VBox header = new VBox(4, title, code, followers.view(), timeline, unreadableReports);

        Node panel = documentsPanel.view();
        VBox.setVgrow(panel, Priority.ALWAYS);
        VBox documents = new VBox(8, media, panel);
        documents.setPadding(new Insets(8, 0, 0, 0));
        VBox reportsBox = new VBox(8, reports.view());
        reportsBox.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(reportsBox, Priority.ALWAYS);

        // Two full-width sections rather than side by side: the upload table and the report views
        // each need the window's width to be readable at 1100 px.
        documentsSection.setText(Messages.get("requestpage.documents"));
        // Filled to the height: the upload table takes what is left and scrolls its own rows, so the
        // overall progress under it stays in sight; the page scrolls only below the table's minimum.
        ScrollPane documentsScroll = new UncachedScrollPane(documents);
        documentsScroll.setFitToWidth(true);
        documentsScroll.setFitToHeight(true);
        documentsSection.setContent(documentsScroll);
        summarySection.setText(Messages.get("requestpage.summary"));
        summarySection.setContent(summary.view());
        reportsSection.setText(Messages.get("requestpage.reports"));
        reportsSection.setContent(reportsBox);
        sections.setId("request-sections");
        sections.getStyleClass().add("floating");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        notesSection.setText(Messages.get("requestpage.notes"));
        notesSection.setContent(creditFile.view());
        historySection.setText(Messages.get("requestpage.history"));
        historySection.setContent(creditFile.history());
        // The trail grows while the page is open (a document sent, a report received): read again each
        // time the analyst looks at it, and as the request changes while it is in front.
        historySection.setOnSelectionChanged(event -> rereadHistoryIfShown());
        sections.getTabs().setAll(summarySection, documentsSection, reportsSection, notesSection, historySection);
        VBox.setVgrow(sections, Priority.ALWAYS);
        root.getChildren().addAll(header, sections);
        reports.show(model.detailsProperty().get());
    }

    private void show(RequestDetails details) {
        details.overview().map(RequestOverview::cached).ifPresent(this::showHeader);
        showStages(details.stages());
        reports.show(details);
        selectPendingReport();
        rereadHistoryIfShown();
    }

    private void rereadHistoryIfShown() {
        if (historySection.isSelected()) {
            creditFile.reread();
        }
    }

    private void showHeader(CachedRequest cached) {
        String businessName = cached.businessName();
        // The server's text, shown as one line whatever control characters it carries.
        name.setText(PrintableText.of(businessName == null || businessName.isBlank() ? model.requestId()
                : businessName));
        code.setText(Messages.get("requestpage.code", CompanyCodeTypes.describe(cached.codeType(), cached.codeId()),
                model.requestId()));
        statusBox.getChildren().setAll(cached.isMissing() ? RequestLabels.notFoundChip()
                : RequestLabels.statusChip(cached.status()));
    }

    /** The stages in words, each raw code in a tooltip. */
    private void showStages(List<String> seen) {
        stages.getChildren().clear();
        for (int i = 0; i < seen.size(); i++) {
            boolean currentStage = i == seen.size() - 1;
            Label chip = Badges.chip(StageWords.of(seen.get(i)), currentStage ? Badges.Tone.INFO : Badges.Tone.NEUTRAL);
            chip.setTooltip(new Tooltip(seen.get(i)));
            stages.getChildren().add(chip);
            if (!currentStage) {
                stages.getChildren().add(new Label("→"));
            }
        }
    }

    /** Brings the notes and the decision to the front. */
    public void showNotes() {
        sections.getSelectionModel().select(notesSection);
    }

    /**
     * Quotes the value at {@code pointer} of {@code report} in the note being typed, and shows the
     * note; says why when there is no single value there.
     */
    private void quote(Report report, String pointer) {
        try {
            creditFile.quote(Quotation.of(report, pointer));
            showNotes();
        } catch (IllegalArgumentException notQuotable) {
            toasts.show(Toasts.Kind.WARNING, Messages.get("notes.quote.action"), notQuotable.getMessage());
        }
    }

    /** The request with its reports and summary, as the memo needs them; empty until all are read. */
    private Optional<ExportSubject> memoSubject() {
        RequestDetails details = model.detailsProperty().get();
        RequestSummary read = model.summaryProperty().get();
        return details.request().filter(request -> read != null)
                .map(request -> ExportSubject.request(request, details.reports(), read));
    }

    private void selectPendingReport() {
        if (reportToShow != null && reports.select(reportToShow)) {
            sections.getSelectionModel().select(reportsSection);
            reportToShow = null;
        }
    }
}
