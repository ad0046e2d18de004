package io.xraydesk.ui;

import io.xraydesk.ui.widgets.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a test's scene looks like into {@code target/screenshots/<name>.png}, for a human to look at. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) throws IOException {
        return Snapshots.save(scene, FOLDER.resolve(name + ".png"));
    }

    /**
     * What the screen shows where {@code window} is, popups over it included on a real display (a
     * context menu is a window of its own, which a scene's snapshot leaves out; Monocle's headless
     * screen leaves it out too).
     */
    public static Path saveScreen(Window window, String name) throws Exception {
        // A window just shown (a menu) reaches the display a few pulses later.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> new Robot().getScreenCapture(null,
                new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()))).get();
        Path png = FOLDER.resolve(name + ".png");
        Files.createDirectories(FOLDER);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile())) {
            throw new IOException("no PNG writer available for " + png);
        }
        return png;
    }
}
