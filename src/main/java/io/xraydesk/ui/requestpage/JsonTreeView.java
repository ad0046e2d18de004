package io.xraydesk.ui.requestpage;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.dashboard.ReportNotifier;
import io.xraydesk.ui.dashboard.RequestLabels;
import io.xraydesk.ui.widgets.Badges;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Any JSON as a collapsible tree with search: the default view of a report, and the fallback for a
 * source or layout no native view knows — never a blank screen. Objects and arrays show their size;
 * the first two levels start open. Typing in the search field selects the first key or value that
 * contains the text (opening its parents); Enter goes to the next one.
 */
public final class JsonTreeView extends VBox {

    /** Open levels at first sight: enough to see a report's sections without flooding the screen. */
    private static final int EXPANDED_LEVELS = 2;

    private final TreeView<String> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final Label matches = new Label();
    private List<TreeItem<String>> found = List.of();
    private int current = -1;

    public JsonTreeView(JsonNode json) {
        getStyleClass().add("json-tree");
        setSpacing(8);
        search.setId("json-search");
        search.setPromptText(Messages.get("requestpage.json.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        matches.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, search, matches);
        bar.setAlignment(Pos.CENTER_LEFT);
        tree.setId("json-tree");
        TreeItem<String> root = item(Messages.get("requestpage.json.root"), json, 0);
        tree.setRoot(root);
        tree.setShowRoot(true);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(bar, tree);
        search.textProperty().addListener((o, a, text) -> find(text));
        search.setOnAction(event -> next());
    }

    /** The default report view: what the report is (X-Ray, grade, date) above its data as a tree. */
    public static VBox forReport(Report report) {
        Label title = new Label(ReportNotifier.xrayName(report.source()));
        title.getStyleClass().add("title-3");
        HBox header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (report.score() != null) {
            header.getChildren().add(Badges.grade(report.score()));
        }
        Label created = new Label(RequestLabels.dateTime(report.createdAt() == null ? null
                : report.createdAt().toInstant()));
        created.getStyleClass().add("text-muted");
        header.getChildren().add(created);
        JsonTreeView tree = new JsonTreeView(report.data());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox view = new VBox(10, header, tree);
        view.setPadding(new Insets(8));
        return view;
    }

    public TreeView<String> tree() {
        return tree;
    }

    public TextField searchField() {
        return search;
    }

    private static TreeItem<String> item(String key, JsonNode node, int depth) {
        if (node == null || node.isMissingNode()) {
            return new TreeItem<>(key + ": —");
        }
        if (node.isObject()) {
            TreeItem<String> item = new TreeItem<>(key + "  {" + node.size() + "}");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                item.getChildren().add(item(field.getKey(), field.getValue(), depth + 1));
            }
            item.setExpanded(depth < EXPANDED_LEVELS);
            return item;
        }
        if (node.isArray()) {
            TreeItem<String> item = new TreeItem<>(key + "  [" + node.size() + "]");
            for (int i = 0; i < node.size(); i++) {
                item.getChildren().add(item("[" + i + "]", node.get(i), depth + 1));
            }
            item.setExpanded(depth < EXPANDED_LEVELS);
            return item;
        }
        return new TreeItem<>(key + ": " + (node.isNull() ? "null" : node.asText()));
    }

    private void find(String text) {
        String query = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<TreeItem<String>> hits = new ArrayList<>();
        if (!query.isEmpty()) {
            collect(tree.getRoot(), query, hits);
        }
        found = hits;
        current = -1;
        matches.setText(query.isEmpty() ? "" : Messages.get("requestpage.json.matches", hits.size()));
        next();
    }

    private void next() {
        if (found.isEmpty()) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        current = (current + 1) % found.size();
        TreeItem<String> hit = found.get(current);
        for (TreeItem<String> parent = hit.getParent(); parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        tree.getSelectionModel().select(hit);
        int row = tree.getRow(hit);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private static void collect(TreeItem<String> item, String query, List<TreeItem<String>> hits) {
        if (item.getValue().toLowerCase(Locale.ROOT).contains(query)) {
            hits.add(item);
        }
        for (TreeItem<String> child : item.getChildren()) {
            collect(child, query, hits);
        }
    }
}
