package io.xraydesk.ui.requestpage;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.SourceSummary;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.ui.Shell;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.dashboard.ReportNotifier;
import io.xraydesk.ui.dashboard.RequestLabels;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.widgets.Badges;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One request's page: a header (name, company code, status, the stages seen so far), its Documents
 * (the media this installation uploaded, with their status on the API, and the upload panel given
 * by {@code documentsPanelFactory}), and its Reports — a tab per X-Ray plus "Other", newest report
 * first, earlier ones one click away, each shown by {@code reportViewFactory}. Starts from the cache;
 * while shown, the watcher polls this request fast and its events refresh the page.
 */
public final class RequestPage implements Screen {

    private final String requestId;
    private final Shell shell;
    private final LocalDatabase database;
    private final RequestWatcher watcher;
    private final OctoberClient client;
    private final Function<String, Node> documentsPanelFactory;
    private final ReportViewFactory reportViewFactory;
    /** What the last load found, handed to the report views. */
    private AnalysisRequest loadedRequest;
    private List<Report> loadedReports = List.of();
    private final UiExecutor ui = new FxUiExecutor();
    private final WatchListener refresher = new Refresher();

    private final Label name = new Label();
    private final Label code = new Label();
    private final HBox statusBox = new HBox();
    private final FlowPane stages = new FlowPane(6, 6);
    private final GridPane media = new GridPane();
    private final TabPane reportTabs = new TabPane();
    private final TabPane sections = new TabPane();
    private final Tab documentsSection = new Tab();
    private final Tab reportsSection = new Tab();
    private final VBox root = new VBox(14);
    private final List<TaskHandle> running = new ArrayList<>();
    private ReportShelf shelf = new ReportShelf(List.of());
    private final Map<ReportShelf.Tab, ListView<Report>> lists = new EnumMap<>(ReportShelf.Tab.class);
    private String reportToShow;

    public RequestPage(String requestId, Shell shell, LocalDatabase database, RequestWatcher watcher,
            OctoberClient client, Function<String, Node> documentsPanelFactory, ReportViewFactory reportViewFactory) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.database = Objects.requireNonNull(database, "database");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.client = Objects.requireNonNull(client, "client");
        this.documentsPanelFactory = Objects.requireNonNull(documentsPanelFactory, "documentsPanelFactory");
        this.reportViewFactory = Objects.requireNonNull(reportViewFactory, "reportViewFactory");
        build();
    }

    /** The default report view, for sources without a native one: the report as a JSON tree. */
    public static ReportViewFactory jsonReportViews() {
        return (request, reports, report) -> JsonTreeView.forReport(report);
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
        return requestId;
    }

    @Override
    public void activate() {
        watcher.addListener(refresher);
        // The analyst is looking at it: worth a fresh read now, and fast polling for a while.
        watcher.nudge(requestId);
        reload();
        loadMedia();
    }

    @Override
    public void deactivate() {
        watcher.removeListener(refresher);
        running.forEach(TaskHandle::cancel);
        running.clear();
    }

    /** Brings the report's tab to the front and shows that report (now, or once it is loaded). */
    public void showReport(String reportId) {
        reportToShow = reportId;
        selectPendingReport();
    }

    // ---- loading ---------------------------------------------------------------------------------

    private record Loaded(Optional<CachedRequest> request, List<Report> reports) {
    }

    private void reload() {
        track(shell.tasks().task("read request " + requestId, progress -> new Loaded(
                        database.requestCache().find(requestId),
                        database.reportCache().forRequest(requestId).stream().map(RequestRecords::report)
                                .flatMap(Optional::stream).toList()))
                .onSuccess(this::show)
                .onFailure(failure -> shell.dialogs().error(Messages.get("requestpage.load.failed"), failure))
                .start());
    }

    private record MediumLine(UploadItem item, String status) {
    }

    /** The media this installation uploaded to the request, each with its status read from the API. */
    private void loadMedia() {
        track(shell.tasks().task("read media of " + requestId, progress -> {
                    List<MediumLine> lines = new ArrayList<>();
                    for (UploadItem item : database.uploadJournal().forRequest(requestId)) {
                        lines.add(new MediumLine(item, item.mediumId() == null ? null : mediumStatus(item.mediumId())));
                    }
                    return lines;
                })
                .onSuccess(this::showMedia)
                .onFailure(failure -> showMediaProblem())
                .start());
    }

    private String mediumStatus(String mediumId) {
        try {
            return client.getMedium(mediumId).status();
        } catch (OctoberException e) {
            // One unreadable medium must not hide the others: its line says "unknown".
            return null;
        }
    }

    private void track(TaskHandle handle) {
        running.removeIf(h -> !h.isRunning());
        running.add(handle);
    }

    // ---- view ------------------------------------------------------------------------------------

    private void build() {
        root.getStyleClass().add("request-page");
        root.setPadding(new Insets(14));
        name.getStyleClass().add("title-2");
        name.setId("request-name");
        name.setText(requestId);
        code.getStyleClass().add("text-muted");
        code.setId("request-code");
        statusBox.setId("request-status");
        stages.setId("request-stages");
        HBox title = new HBox(12, name, statusBox);
        title.setAlignment(Pos.CENTER_LEFT);
        Label stagesLabel = new Label(Messages.get("requestpage.stages"));
        stagesLabel.getStyleClass().add("text-muted");
        HBox timeline = new HBox(8, stagesLabel, stages);
        timeline.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, code, timeline);

        media.setId("request-media");
        media.setHgap(16);
        media.setVgap(4);
        Node documentsPanel = documentsPanelFactory.apply(requestId);
        VBox.setVgrow(documentsPanel, Priority.ALWAYS);
        VBox documents = new VBox(8, media, documentsPanel);
        documents.setPadding(new Insets(8, 0, 0, 0));

        reportTabs.setId("request-report-tabs");
        reportTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ReportShelf.Tab tab : ReportShelf.Tab.values()) {
            reportTabs.getTabs().add(new Tab(tabTitle(tab)));
        }
        VBox.setVgrow(reportTabs, Priority.ALWAYS);
        VBox reports = new VBox(8, reportTabs);
        reports.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(reports, Priority.ALWAYS);

        // Two full-width sections rather than side by side: the upload table and the report views
        // each need the window's width to be readable at 1100 px.
        documentsSection.setText(Messages.get("requestpage.documents"));
        // Filled to the height: the upload table takes what is left and scrolls its own rows, so the
        // overall progress under it stays in sight; the page scrolls only below the table's minimum.
        ScrollPane documentsScroll = scroll(documents);
        documentsScroll.setFitToHeight(true);
        documentsSection.setContent(documentsScroll);
        reportsSection.setText(Messages.get("requestpage.reports"));
        reportsSection.setContent(reports);
        sections.setId("request-sections");
        sections.getStyleClass().add("floating");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getTabs().setAll(documentsSection, reportsSection);
        VBox.setVgrow(sections, Priority.ALWAYS);
        root.getChildren().addAll(header, sections);
        showMedia(List.of());
        showReports(List.of());
    }

    private void show(Loaded loaded) {
        loadedRequest = loaded.request().flatMap(RequestRecords::request).orElse(loadedRequest);
        loadedReports = loaded.reports();
        loaded.request().ifPresent(this::showHeader);
        showReports(loaded.reports());
    }

    private void showHeader(CachedRequest cached) {
        String businessName = cached.businessName();
        // The server's text, shown as one line whatever control characters it carries.
        name.setText(PrintableText.of(businessName == null || businessName.isBlank() ? requestId : businessName));
        String id = cached.codeId() == null ? "" : cached.codeId();
        String type = cached.codeType() == null ? "" : cached.codeType();
        String formatted = CompanyCodeTypes.byWire(type).map(t -> t.displayName() + " " + t.format(id))
                .orElse(type.toUpperCase(Locale.ROOT) + " " + id);
        code.setText(Messages.get("requestpage.code", formatted.trim(), requestId));
        statusBox.getChildren().setAll(RequestLabels.statusChip(cached.status()));
        List<String> seen = SourceSummary.fromJson(cached.sourceSummaryJson()).stages();
        if (seen.isEmpty() && cached.stage() != null) {
            seen = List.of(cached.stage());
        }
        stages.getChildren().clear();
        for (int i = 0; i < seen.size(); i++) {
            boolean currentStage = i == seen.size() - 1;
            stages.getChildren().add(Badges.chip(seen.get(i), currentStage ? Badges.Tone.INFO : Badges.Tone.NEUTRAL));
            if (!currentStage) {
                stages.getChildren().add(new Label("→"));
            }
        }
    }

    private void showMedia(List<MediumLine> lines) {
        media.getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label(Messages.get("requestpage.documents.none"));
            none.getStyleClass().add("text-muted");
            media.add(none, 0, 0);
            return;
        }
        int row = 0;
        for (MediumLine line : lines) {
            media.add(new Label(line.item().fileName()), 0, row);
            media.add(new Label(categoryText(line.item().category())), 1, row);
            media.add(mediumChip(line), 2, row);
            row++;
        }
    }

    private void showMediaProblem() {
        media.getChildren().setAll(new Label(Messages.get("requestpage.documents.failed")));
    }

    private static Label mediumChip(MediumLine line) {
        if (line.status() == null) {
            String journal = line.item().state().name().toLowerCase(Locale.ROOT);
            return Badges.chip(translated("requestpage.upload.state." + journal, journal), Badges.Tone.NEUTRAL);
        }
        Badges.Tone tone = switch (line.status()) {
            case Medium.STATUS_DRAFT -> Badges.Tone.WARNING;
            case Medium.STATUS_ONLINE, Medium.STATUS_PENDING_EXTRACTION -> Badges.Tone.INFO;
            default -> Badges.Tone.NEUTRAL;
        };
        return Badges.chip(translated("requestpage.medium.status." + line.status(), line.status()), tone);
    }

    private void showReports(List<Report> reports) {
        shelf = new ReportShelf(reports);
        lists.clear();
        for (ReportShelf.Tab tab : ReportShelf.Tab.values()) {
            Tab fxTab = reportTabs.getTabs().get(tab.ordinal());
            List<Report> onTab = shelf.on(tab);
            fxTab.setText(tabTitle(tab) + (onTab.isEmpty() ? "" : " (" + onTab.size() + ")"));
            fxTab.setGraphic(onTab.isEmpty() || onTab.get(0).score() == null ? null
                    : Badges.smallGrade(onTab.get(0).score()));
            fxTab.setContent(tabContent(tab, onTab));
        }
        selectPendingReport();
    }

    private Node tabContent(ReportShelf.Tab tab, List<Report> reports) {
        if (reports.isEmpty()) {
            Label none = new Label(Messages.get("requestpage.reports.none"));
            none.getStyleClass().add("text-muted");
            StackPane empty = new StackPane(none);
            empty.setPadding(new Insets(24));
            return empty;
        }
        ListView<Report> list = new ListView<>();
        list.getStyleClass().add("report-list");
        list.getItems().setAll(reports);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Report item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : RequestLabels.dateTime(item.createdAt() == null ? null
                        : item.createdAt().toInstant()) + (tab == ReportShelf.Tab.OTHER ? "  " + item.source() : ""));
                setGraphic(empty || item.score() == null ? null : Badges.grade(item.score()));
            }
        });
        list.setPrefWidth(210);
        lists.put(tab, list);
        StackPane body = new StackPane();
        list.getSelectionModel().selectedItemProperty().addListener((o, was, report) ->
                body.getChildren().setAll(report == null ? List.of() : List.of(reportView(report))));
        list.getSelectionModel().select(0);
        VBox side = new VBox(6);
        String trend = shelf.gradeTrend(tab);
        if (!trend.isEmpty()) {
            Label trendLabel = new Label(Messages.get("requestpage.reports.trend", trend));
            trendLabel.setId("grade-trend-" + tab.name().toLowerCase(Locale.ROOT));
            trendLabel.setWrapText(true);
            side.getChildren().add(trendLabel);
        }
        side.getChildren().add(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox content = new HBox(10, side, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        return content;
    }

    /** The injected view; a view that fails on an unexpected layout falls back to the JSON tree. */
    private Node reportView(Report report) {
        try {
            return reportViewFactory.viewFor(loadedRequest, loadedReports, report);
        } catch (RuntimeException e) {
            return JsonTreeView.forReport(report);
        }
    }

    private void selectPendingReport() {
        if (reportToShow == null) {
            return;
        }
        shelf.tabOf(reportToShow).ifPresent(tab -> {
            sections.getSelectionModel().select(reportsSection);
            reportTabs.getSelectionModel().select(tab.ordinal());
            ListView<Report> list = lists.get(tab);
            list.getItems().stream().filter(report -> reportToShow.equals(report.id())).findFirst()
                    .ifPresent(report -> list.getSelectionModel().select(report));
            reportToShow = null;
        });
    }

    private static String tabTitle(ReportShelf.Tab tab) {
        return tab.source().map(s -> ReportNotifier.xrayName(s.wire())).orElse(Messages.get("requestpage.reports.other"));
    }

    private static String categoryText(String category) {
        return category == null ? "" : translated("documents.category." + category, category);
    }

    /** The translation under {@code key}, or {@code verbatim} for a value the API added since. */
    private static String translated(String key, String verbatim) {
        try {
            return Messages.bundle().getString(key);
        } catch (MissingResourceException unknown) {
            return verbatim;
        }
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    /** Refreshes the page when the watcher hears of this request (events arrive on its thread). */
    private final class Refresher implements WatchListener {

        @Override
        public void requestChanged(AnalysisRequest request) {
            if (requestId.equals(request.id())) {
                // A new stage usually means a document went online: re-read the media's statuses too.
                ui.execute(() -> {
                    reload();
                    loadMedia();
                });
            }
        }

        @Override
        public void newReport(AnalysisRequest request, Report report) {
            if (requestId.equals(report.request())) {
                ui.execute(RequestPage.this::reload);
            }
        }
    }
}
