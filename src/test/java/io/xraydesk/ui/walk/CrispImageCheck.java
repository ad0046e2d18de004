package io.xraydesk.ui.walk;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Pictures drawn with fewer pixels than the screen gives them: a 32-pixel icon shown 22 pixels wide
 * on a screen drawn at 200 % fills 44 pixels and comes out blurred. An image JavaFX loads from a URL
 * with a {@code @2x} twin beside it counts twice its pixels: on a HiDPI screen JavaFX loads the twin.
 * Icons of the icon font are glyphs, drawn crisp at any scale, and are not pictures.
 */
public final class CrispImageCheck implements WindowCheck {

    /** Half a pixel short comes from rounding, not from a too small picture. */
    private static final double TOLERANCE = 0.5;

    @Override
    public String name() {
        return "blurred picture";
    }

    @Override
    public List<String> problems(Scene scene) {
        double scale = scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
        List<String> blurred = new ArrayList<>();
        for (Node node : ShownNodes.of(scene)) {
            if (node instanceof ImageView view && view.getImage() != null) {
                double needed = node.localToScene(node.getLayoutBounds()).getWidth() * scale;
                double pixels = pixels(view.getImage(), scale);
                if (pixels + TOLERANCE < needed) {
                    blurred.add(String.format(Locale.ROOT, "blurred: %s drawn %.0f pixels wide from %.0f",
                            NodeNames.describe(node), needed, pixels));
                }
            }
        }
        return blurred;
    }

    private static double pixels(Image image, double scale) {
        return scale > 1 && hasDoubleSizeTwin(image) ? image.getWidth() * 2 : image.getWidth();
    }

    private static boolean hasDoubleSizeTwin(Image image) {
        String url = image.getUrl();
        int dot = url == null ? -1 : url.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        try {
            URI.create(url.substring(0, dot) + "@2x" + url.substring(dot)).toURL().openStream().close();
            return true;
        } catch (IOException | IllegalArgumentException missing) {
            return false;
        }
    }
}
