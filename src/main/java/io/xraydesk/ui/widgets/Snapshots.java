package io.xraydesk.ui.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Saves what a scene or node looks like as a PNG, with or without a display (it renders through
 * the scene graph, not a screen grab): for documentation screenshots and UI tests.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** Renders {@code scene} and writes it to {@code png}; callable from any thread. */
    public static Path save(Scene scene, Path png) throws IOException {
        return write(onFxThread(() -> scene.snapshot(null)), png);
    }

    /** Renders {@code node} with its current styles and writes it to {@code png}; any thread. */
    public static Path save(Node node, Path png) throws IOException {
        return write(onFxThread(() -> node.snapshot(null, null)), png);
    }

    /**
     * Renders {@code node} {@code scale} times larger (2 for a screen drawn at 200 %: what a HiDPI
     * screen shows, a blurred picture blurred) and writes it to {@code png}; any thread.
     */
    public static Path save(Node node, Path png, double scale) throws IOException {
        return write(onFxThread(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            return node.snapshot(parameters, null);
        }), png);
    }

    private static Path write(WritableImage image, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile())) {
            throw new IOException("no PNG writer available for " + png);
        }
        return png;
    }

    private static WritableImage onFxThread(Supplier<WritableImage> render) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return render.get();
        }
        FutureTask<WritableImage> task = new FutureTask<>(render::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering a snapshot", e);
        } catch (ExecutionException e) {
            throw new IOException("rendering a snapshot failed", e.getCause());
        }
    }
}
