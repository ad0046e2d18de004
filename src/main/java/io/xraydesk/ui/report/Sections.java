package io.xraydesk.ui.report;

import io.xraydesk.core.export.Emphasis;
import io.xraydesk.core.export.Fact;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportTable;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.DataText;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The building blocks of a report body: titled sections, the grade, key-figure tiles, side-by-side panes. */
final class Sections {

    private Sections() {
    }

    static VBox titled(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(8, heading, content);
        section.getStyleClass().add("report-section");
        return section;
    }

    /** Sections next to each other, sharing the width. */
    static HBox sideBySide(Node... nodes) {
        HBox row = new HBox(16, nodes);
        for (Node node : nodes) {
            HBox.setHgrow(node, Priority.ALWAYS);
            if (node instanceof VBox box) {
                box.setMaxWidth(Double.MAX_VALUE);
                box.setPrefWidth(0);
            }
        }
        return row;
    }

    /** The grade badge with its caption, or the reason there is none ("not rated"). */
    static Node grade(ReportContent content) {
        return grade(content.grade(), content.gradeNote());
    }

    /** @param note why there is no grade; used only when {@code grade} is null */
    static Node grade(String grade, String note) {
        Label caption = new Label(Messages.get("report.grade"));
        caption.getStyleClass().add("text-muted");
        if (grade != null) {
            Label badge = Badges.grade(grade);
            badge.getStyleClass().add("grade-large");
            badge.setId("report-grade");
            return new VBox(4, caption, badge);
        }
        Label none = new Label(note);
        none.setId("report-grade");
        none.getStyleClass().addAll("fact-value", "emphasis-bad");
        return new VBox(4, caption, none);
    }

    /** The grade then one tile per key figure, wrapping on narrow windows. */
    static Node summary(ReportContent content) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.getStyleClass().add("fact-tiles");
        if (content.showsGrade()) {
            tiles.getChildren().add(tile(grade(content)));
        }
        for (Fact fact : content.facts()) {
            tiles.getChildren().add(tile(factBox(fact)));
        }
        return tiles;
    }

    static Node factBox(Fact fact) {
        Label label = new Label(fact.label());
        label.getStyleClass().add("text-muted");
        Label value = new Label(fact.value());
        value.getStyleClass().addAll("fact-value", emphasisClass(fact.emphasis()));
        DataText.of(value);
        value.setWrapText(true);
        value.setMaxWidth(420);
        return new VBox(4, label, value);
    }

    private static Node tile(Node content) {
        VBox tile = new VBox(content);
        tile.getStyleClass().add("fact-tile");
        return tile;
    }

    static String emphasisClass(Emphasis emphasis) {
        return "emphasis-" + emphasis.name().toLowerCase(Locale.ROOT);
    }

    static List<Node> tables(ReportContent content, ReportViews.Services services) {
        return tables(content.tables(), services);
    }

    static List<Node> tables(List<ReportTable> tables, ReportViews.Services services) {
        return tables.stream().map(t -> (Node) titled(t.title(), ContentTable.build(t, services.figures()))).toList();
    }

    /**
     * The tables after the {@code laidOut} first ones, which a view placed itself: the "Other fields"
     * of values the X-Ray's reader does not show, so that they are on screen too.
     */
    static List<Node> remainingTables(ReportContent content, int laidOut, ReportViews.Services services) {
        List<ReportTable> all = content.tables();
        return tables(all.subList(Math.min(laidOut, all.size()), all.size()), services);
    }
}
