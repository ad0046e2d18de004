package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestDetails;
import io.xraydesk.ui.report.JsonReportView;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * A request's reports: a tab per X-Ray plus "Other", newest report first, earlier ones one click
 * away, each shown by the injected {@link ReportViewFactory}.
 */
final class ReportsSection {

    private final ReportViewFactory reportViewFactory;
    private final TabPane tabs = new TabPane();
    private final Map<ReportShelf.Tab, ListView<Report>> lists = new EnumMap<>(ReportShelf.Tab.class);
    private ReportShelf shelf = new ReportShelf(List.of());
    private RequestDetails shown;

    ReportsSection(ReportViewFactory reportViewFactory) {
        this.reportViewFactory = reportViewFactory;
        tabs.setId("request-report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ReportShelf.Tab tab : ReportShelf.Tab.values()) {
            tabs.getTabs().add(new Tab(tabTitle(tab)));
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    Node view() {
        return tabs;
    }

    void show(RequestDetails details) {
        shown = details;
        shelf = new ReportShelf(details.reports());
        lists.clear();
        for (ReportShelf.Tab tab : ReportShelf.Tab.values()) {
            Tab fxTab = tabs.getTabs().get(tab.ordinal());
            List<Report> onTab = shelf.on(tab);
            fxTab.setText(tabTitle(tab) + (onTab.isEmpty() ? "" : " (" + onTab.size() + ")"));
            fxTab.setGraphic(onTab.isEmpty() || onTab.get(0).score() == null ? null
                    : Badges.smallGrade(onTab.get(0).score()));
            fxTab.setContent(tabContent(tab, onTab));
        }
    }

    /** Brings the report to the front; false when it is not (yet) among the reports shown. */
    boolean select(String reportId) {
        Optional<ReportShelf.Tab> tab = shelf.tabOf(reportId);
        tab.ifPresent(found -> {
            tabs.getSelectionModel().select(found.ordinal());
            ListView<Report> list = lists.get(found);
            list.getItems().stream().filter(report -> reportId.equals(report.id())).findFirst()
                    .ifPresent(report -> list.getSelectionModel().select(report));
        });
        return tab.isPresent();
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
            return reportViewFactory.viewFor(shown.request().orElse(null), shown.reports(), report);
        } catch (RuntimeException e) {
            return JsonReportView.of(report);
        }
    }

    private static String tabTitle(ReportShelf.Tab tab) {
        return tab.source().map(s -> RequestLabels.xrayName(s.wire())).orElse(Messages.get("requestpage.reports.other"));
    }
}
