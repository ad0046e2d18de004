package io.xraydesk.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane for views that are built for one visit and dropped when the analyst leaves them (a
 * request's page, a report). JavaFX's own skin draws the visible content into a cached image, which
 * its effect image pool keeps locked behind a soft reference that every drawn effect refreshes: once
 * the pane is dropped the image is never given back while the window draws, about 3 MB per visit
 * (packaging/README.md, "Memory benchmark"). Here the content is drawn directly, as any other node.
 */
public class UncachedScrollPane extends ScrollPane {

    public UncachedScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new Uncached(this);
    }

    /** JavaFX's skin with its viewport (the child of style class {@code viewport}) not cached. */
    private static final class Uncached extends ScrollPaneSkin {

        Uncached(ScrollPane pane) {
            super(pane);
            getChildren().stream().filter(child -> child.getStyleClass().contains("viewport"))
                    .forEach(viewport -> viewport.setCache(false));
        }
    }
}
