package io.xraydesk.ui.requestpage;

import io.xraydesk.ui.widgets.DataText;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestDetails;
import io.xraydesk.core.xray.ReportCoverage;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.ui.report.JsonReportView;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A request's reports: a tab per X-Ray (one without a report says the X-Ray's state instead), plus
 * "Other" when a report of another source exists; newest report first, each listed by date and what
 * it covers, earlier ones one click away, each shown by the injected {@link ReportViewFactory}.
 */
final class ReportsSection {

    private final ReportViewFactory reportViewFactory;
    /** Puts the value at a JSON Pointer of a report into the note being typed. */
    private final BiConsumer<Report, String> quote;
    private final TabPane tabs = new TabPane();
    private final Map<ReportShelf.Tab, ListView<Report>> lists = new EnumMap<>(ReportShelf.Tab.class);
    private final Map<ReportShelf.Tab, Tab> fxTabs = new EnumMap<>(ReportShelf.Tab.class);
    private ReportShelf shelf = new ReportShelf(List.of());
    private RequestDetails shown;
    private RequestSummary summary;

    ReportsSection(ReportViewFactory reportViewFactory, BiConsumer<Report, String> quote) {
        this.reportViewFactory = reportViewFactory;
        this.quote = quote;
        tabs.setId("request-report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    Node view() {
        return tabs;
    }

    void show(RequestDetails details) {
        shown = details;
        shelf = new ReportShelf(details.reports());
        rebuild();
    }

    /** The X-Rays' states, for the tabs that have no report yet. */
    void show(RequestSummary fresh) {
        summary = fresh;
        fxTabs.forEach((tab, fxTab) -> {
            if (shelf.on(tab).isEmpty()) {
                fxTab.setContent(noReport(tab));
            }
        });
    }

    /** Brings the report to the front; false when it is not (yet) among the reports shown. */
    boolean select(String reportId) {
        Optional<ReportShelf.Tab> tab = shelf.tabOf(reportId);
        tab.ifPresent(found -> {
            tabs.getSelectionModel().select(fxTabs.get(found));
            ListView<Report> list = lists.get(found);
            list.getItems().stream().filter(report -> reportId.equals(report.id())).findFirst()
                    .ifPresent(report -> list.getSelectionModel().select(report));
        });
        return tab.isPresent();
    }

    /** The report in front: the one chosen on the report tab shown; empty when that tab has none. */
    Optional<String> shownReportId() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return fxTabs.entrySet().stream().filter(e -> e.getValue() == selected).findFirst()
                .map(e -> lists.get(e.getKey())).map(list -> list.getSelectionModel().getSelectedItem())
                .map(Report::id);
    }

    private void rebuild() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        ReportShelf.Tab selectedKind = fxTabs.entrySet().stream().filter(e -> e.getValue() == selected)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        lists.clear();
        fxTabs.clear();
        for (ReportShelf.Tab tab : shelf.tabs()) {
            List<Report> onTab = shelf.on(tab);
            Tab fxTab = new Tab(onTab.isEmpty() ? tabTitle(tab)
                    : Messages.get("requestpage.reports.tab", tabTitle(tab), onTab.size()));
            fxTab.setGraphic(onTab.isEmpty() || onTab.get(0).score() == null ? null
                    : Badges.smallGrade(onTab.get(0).score()));
            fxTab.setContent(onTab.isEmpty() ? noReport(tab) : tabContent(tab, onTab));
            fxTabs.put(tab, fxTab);
        }
        tabs.getTabs().setAll(fxTabs.values());
        if (selectedKind != null && fxTabs.containsKey(selectedKind)) {
            tabs.getSelectionModel().select(fxTabs.get(selectedKind));
        }
    }

    /** What the X-Ray is waiting for, or why it has no report, in the words of the summary. */
    private Node noReport(ReportShelf.Tab tab) {
        String text = tab.source().filter(source -> summary != null).map(source -> summary.xrays().get(source).line())
                .orElse(Messages.get("requestpage.reports.none"));
        Label none = new Label(text);
        none.setId("no-report-" + tab.name().toLowerCase(Locale.ROOT));
        none.setWrapText(true);
        none.getStyleClass().add("text-muted");
        StackPane empty = new StackPane(none);
        empty.setPadding(new Insets(24));
        return empty;
    }

    private Node tabContent(ReportShelf.Tab tab, List<Report> reports) {
        ListView<Report> list = new ListView<>();
        list.getStyleClass().add("report-list");
        list.getItems().setAll(reports);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // As wide as the list, and a long file name wraps: the list never scrolls sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Report item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : listLine(tab, item));
                setGraphic(empty || item.score() == null ? null : Badges.grade(item.score()));
            }
        });
        // Each line is the report's date and what it covers: the report's own data.
        list.getStyleClass().add(DataText.STYLE_CLASS);
        list.setPrefWidth(260);
        lists.put(tab, list);
        StackPane body = new StackPane();
        list.getSelectionModel().selectedItemProperty().addListener((o, was, report) ->
                body.getChildren().setAll(report == null ? List.of() : List.of(reportView(report))));
        list.getSelectionModel().select(0);
        VBox side = new VBox(6);
        List<String> trends = shelf.gradeTrends(tab);
        if (!trends.isEmpty()) {
            Label trendLabel = new Label(Messages.get("requestpage.reports.trend", String.join("\n", trends)));
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

    /**
     * The date, and under it what the report covers ("1 Mar 2024 – 31 Mar 2024", a file's name),
     * else its source on "Other": on two lines, the list stays narrow and no entry is cut.
     */
    private static String listLine(ReportShelf.Tab tab, Report report) {
        String date = RequestLabels.dateTime(report.createdAt() == null ? null : report.createdAt().toInstant());
        Optional<String> subject = tab == ReportShelf.Tab.OTHER ? Optional.ofNullable(report.source())
                : ReportCoverage.label(report);
        return subject.map(s -> date + "\n" + s).orElse(date);
    }

    /**
     * The injected view, whose grade and table rows can be quoted in the note; a view that fails on an
     * unexpected layout falls back to the JSON tree.
     */
    private Node reportView(Report report) {
        Node view;
        try {
            view = reportViewFactory.viewFor(shown.request().orElse(null), shown.reports(), report);
        } catch (RuntimeException e) {
            view = JsonReportView.of(report);
        }
        QuoteGesture.installWithin(view, ReportViewQuotes::pointerAt, pointer -> quote.accept(report, pointer));
        return view;
    }

    private static String tabTitle(ReportShelf.Tab tab) {
        return tab.source().map(s -> RequestLabels.xrayName(s.wire())).orElse(Messages.get("requestpage.reports.other"));
    }
}
