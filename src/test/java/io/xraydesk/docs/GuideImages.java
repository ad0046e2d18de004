package io.xraydesk.docs;

import io.xraydesk.ui.widgets.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * Where the user guide's screenshots go: {@code docs/images/<language>/<name>.png}, relative to the
 * project folder Maven runs the tests in, so a run of the {@code docs} profile refreshes the files
 * the guides embed.
 */
final class GuideImages {

    static final Path FOLDER = Path.of("docs", "images");

    private GuideImages() {
    }

    static Path save(Scene scene, Locale language, String name) throws IOException {
        return Snapshots.save(scene, FOLDER.resolve(language.getLanguage()).resolve(name + ".png"));
    }
}
