package io.xraydesk.ui;

import io.xraydesk.ui.widgets.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;

/** Saves what a test's scene looks like into {@code target/screenshots/<name>.png}, for a human to look at. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) throws IOException {
        return Snapshots.save(scene, FOLDER.resolve(name + ".png"));
    }
}
