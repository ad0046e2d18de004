package io.xraydesk.ui.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application icon in every size the packaging build generates
 * ({@code io/xraydesk/ui/icons/app-16.png} … {@code app-256.png}). Missing sizes are skipped, so a
 * build without icons still starts; the OS then picks the closest size it got for each place.
 */
public final class AppIcon {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final String FOLDER = "io/xraydesk/ui/icons/";

    private static List<Image> images;

    private AppIcon() {
    }

    /** The icon images found on the class path, smallest first; empty when none were packaged. */
    public static synchronized List<Image> images() {
        if (images == null) {
            images = load(AppIcon.class.getClassLoader());
        }
        return images;
    }

    /**
     * The icon shown {@code size} logical pixels wide, drawn from the smallest image with as many
     * pixels as its window's scale asks (44 for 22 at 200 %): crisp on a HiDPI screen, and not
     * shrunk from a far larger image on a plain one. Empty when no icon was packaged.
     */
    public static Optional<ImageView> view(double size) {
        List<Image> sizes = images();
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.imageProperty().bind(view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::renderScaleXProperty).orElse(1.0)
                .map(scale -> atLeast(sizes, size * scale.doubleValue())));
        return Optional.of(view);
    }

    /** The smallest of {@code sizes} (smallest first) at least {@code pixels} wide, else the largest. */
    static Image atLeast(List<Image> sizes, double pixels) {
        return sizes.stream().filter(image -> image.getWidth() >= pixels).findFirst()
                .orElse(sizes.get(sizes.size() - 1));
    }

    /** Gives {@code stage} the application icon (title bar, task bar, Alt+Tab). */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** Gives a dialog the application icon instead of the platform's generic one. */
    public static void apply(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) {
            apply(stage);
        }
    }

    static List<Image> load(ClassLoader loader) {
        List<Image> found = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + "app-" + size + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        found.add(image);
                    }
                }
            } catch (IOException e) {
                // An unreadable size is as good as a missing one: the others still serve.
            }
        }
        return List.copyOf(found);
    }
}
