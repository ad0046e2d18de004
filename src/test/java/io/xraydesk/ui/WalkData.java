package io.xraydesk.ui;

import io.xraydesk.ui.widgets.DataText;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.IndexedCell;

/**
 * The nodes that show data (from the API, the registry, the analyst's files or typing) rather than
 * the application's words: the walk does not hold their texts to the language bundle. The screens
 * mark them ({@link DataText}); a table or list cell's own text is data too (a company's name, a
 * file's name), the application's words in a cell being labels of their own (state chips), held to
 * the bundle; a chart's axis shows values; a notification's message names the company.
 */
final class WalkData {

    /** Ids of the nodes that show a request's own data. */
    private static final Set<String> IDS = Set.of("request-name", "request-code");

    private WalkData() {
    }

    static boolean isData(Node node) {
        return node.getStyleClass().contains(DataText.STYLE_CLASS)
                || node.getId() != null && IDS.contains(node.getId())
                || node instanceof IndexedCell<?> cell && cell.getGraphic() == null
                || node instanceof Axis<?>
                || isNotificationText(node);
    }

    /** A notification's message names the company and repeats the API's words; its title is the application's. */
    private static boolean isNotificationText(Node node) {
        if (!node.getStyleClass().contains("label") || node.getStyleClass().contains("title")) {
            return false;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getStyleClass().contains("notification-bar")) {
                return true;
            }
        }
        return false;
    }
}
