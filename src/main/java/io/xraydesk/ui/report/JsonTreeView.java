package io.xraydesk.ui.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Icons;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Any JSON as a collapsible tree with search. Children are made when a node is first expanded, so a
 * report with tens of thousands of values opens at once; search walks the JSON itself and expands
 * the path to each match (Enter or the arrow goes to the next one).
 */
public final class JsonTreeView extends VBox {

    /** More matches than this are not worth stepping through one by one. */
    static final int MAX_MATCHES = 1000;

    private final JsonNode root;
    private final TreeView<String> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final Label matchCount = new Label();
    private List<List<Object>> matches = List.of();
    private int current = -1;

    public JsonTreeView(String rootLabel, JsonNode json) {
        super(8);
        this.root = json;
        getStyleClass().add("json-tree");
        search.setPromptText(Messages.get("report.json.search"));
        search.setId("json-search");
        search.setPrefColumnCount(24);
        search.setOnAction(event -> next());
        search.textProperty().addListener((o, was, now) -> find(now));
        matchCount.getStyleClass().add("text-muted");
        matchCount.setId("json-match-count");
        Button nextMatch = Icons.iconButton(Feather.ARROW_DOWN, Messages.get("report.json.next"), this::next);
        Button expand = Icons.iconButton(Feather.MAXIMIZE_2, Messages.get("report.json.expandAll"),
                () -> setExpanded(tree.getRoot(), true, 3));
        Button collapse = Icons.iconButton(Feather.MINIMIZE_2, Messages.get("report.json.collapseAll"),
                () -> setExpanded(tree.getRoot(), false, Integer.MAX_VALUE));
        HBox bar = new HBox(8, search, nextMatch, matchCount);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox tools = new HBox(4, expand, collapse);
        HBox top = new HBox(12, bar, tools);
        HBox.setHgrow(bar, Priority.ALWAYS);

        tree.setId("json-tree");
        tree.setRoot(new JsonItem(rootLabel, json));
        tree.getRoot().setExpanded(true);
        tree.setPrefHeight(480);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(top, tree);
    }

    private void find(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        matches = new ArrayList<>();
        current = -1;
        if (!needle.isEmpty()) {
            collect(root, new ArrayList<>(), needle);
        }
        matchCount.setText(needle.isEmpty() ? "" : Messages.get("report.json.matches", matches.size()));
        if (!matches.isEmpty()) {
            next();
        }
    }

    private void collect(JsonNode node, List<Object> path, String needle) {
        if (matches.size() >= MAX_MATCHES || node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                path.add(field.getKey());
                if (field.getKey().toLowerCase(Locale.ROOT).contains(needle)) {
                    matches.add(List.copyOf(path));
                }
                collect(field.getValue(), path, needle);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, needle);
                path.remove(path.size() - 1);
            }
        } else if (node.asText().toLowerCase(Locale.ROOT).contains(needle) && !path.isEmpty()
                && !matches.contains(path)) {
            matches.add(List.copyOf(path));
        }
    }

    private void next() {
        if (matches.isEmpty()) {
            return;
        }
        current = (current + 1) % matches.size();
        TreeItem<String> item = tree.getRoot();
        for (Object step : matches.get(current)) {
            item.setExpanded(true);
            item = ((JsonItem) item).child(step);
        }
        tree.getSelectionModel().select(item);
        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        matchCount.setText(Messages.get("report.json.matchOf", current + 1, matches.size()));
    }

    private static void setExpanded(TreeItem<String> item, boolean expanded, int depth) {
        if (item == null || depth < 0 || item.isLeaf()) {
            return;
        }
        item.setExpanded(expanded);
        if (expanded || item.getChildren().size() < 5_000) {
            item.getChildren().forEach(child -> setExpanded(child, expanded, depth - 1));
        }
    }

    /** A JSON node as a tree item; its children exist only once asked for. */
    private static final class JsonItem extends TreeItem<String> {

        private final JsonNode node;
        private boolean built;

        JsonItem(String key, JsonNode node) {
            super(label(key, node));
            this.node = node;
        }

        @Override
        public boolean isLeaf() {
            return node == null || !node.isContainerNode() || node.isEmpty();
        }

        @Override
        public ObservableList<TreeItem<String>> getChildren() {
            if (!built) {
                built = true;
                List<TreeItem<String>> children = new ArrayList<>();
                if (node != null && node.isObject()) {
                    node.fields().forEachRemaining(f -> children.add(new JsonItem(f.getKey(), f.getValue())));
                } else if (node != null && node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        children.add(new JsonItem("[" + i + "]", node.get(i)));
                    }
                }
                super.getChildren().setAll(children);
            }
            return super.getChildren();
        }

        TreeItem<String> child(Object step) {
            if (step instanceof Integer index) {
                return getChildren().get(index);
            }
            int i = 0;
            Iterator<String> names = node.fieldNames();
            while (names.hasNext() && !names.next().equals(step)) {
                i++;
            }
            return getChildren().get(i);
        }

        private static String label(String key, JsonNode node) {
            if (node == null || node.isNull()) {
                return key + ": null";
            }
            if (node.isObject()) {
                return key + "  {" + node.size() + "}";
            }
            if (node.isArray()) {
                return key + "  [" + node.size() + "]";
            }
            return key + ": " + (node.isTextual() ? "\"" + node.asText() + "\"" : node.asText());
        }
    }
}
