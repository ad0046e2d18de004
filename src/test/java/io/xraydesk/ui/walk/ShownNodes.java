package io.xraydesk.ui.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The nodes of a scene the analyst can see: visible themselves and through all their parents, with
 * a size. A node below a {@code clip} is seen only through it, so checks that look at where nodes
 * lie stop there (the clipping node itself is kept).
 */
final class ShownNodes {

    private ShownNodes() {
    }

    /** Every shown node of {@code scene}, parents before their children. */
    static List<Node> of(Scene scene) {
        return below(scene.getRoot(), node -> false);
    }

    /** The shown nodes, not descending past the nodes for which {@code stop} is true (they are kept). */
    static List<Node> below(Node root, Predicate<Node> stop) {
        List<Node> shown = new ArrayList<>();
        collect(root, stop, shown);
        return shown;
    }

    private static void collect(Node node, Predicate<Node> stop, List<Node> shown) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        shown.add(node);
        if (node instanceof Parent parent && !stop.test(node)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, stop, shown));
        }
    }
}
