package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void loadsEveryPackagedSizeSmallestFirstAndSkipsMissingOnes(@TempDir Path classes) throws IOException {
        Path folder = Files.createDirectories(classes.resolve("io/xraydesk/ui/icons"));
        for (int size : new int[] {256, 32, 16}) {
            ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB), "png",
                    folder.resolve("app-" + size + ".png").toFile());
        }
        Files.writeString(folder.resolve("app-64.png"), "not a picture");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            List<Image> images = AppIcon.load(loader);
            assertEquals(List.of(16.0, 32.0, 256.0), images.stream().map(Image::getWidth).toList());
        }
    }

    @Test
    void aBuildWithoutIconsStillStarts(@TempDir Path emptyClasses) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {emptyClasses.toUri().toURL()}, null)) {
            assertTrue(AppIcon.load(loader).isEmpty());
        }
    }

    @Test
    void applyGivesTheStageWhatTheClassPathHolds(FxRobot robot) {
        robot.interact(() -> AppIcon.apply(stage));
        assertEquals(AppIcon.images(), stage.getIcons());
    }

    @Test
    void theLogoIsDrawnFromAnImageWithThePixelsItsWindowsScaleAsks(FxRobot robot) {
        ImageView logo = AppIcon.view(22).orElseThrow();
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(logo), 100, 100));
            stage.setRenderScaleX(1);
            stage.show();
        });
        assertEquals(32, logo.getImage().getWidth(), "22 pixels at 100 %");
        robot.interact(() -> stage.setRenderScaleX(2));
        assertEquals(48, logo.getImage().getWidth(), "44 pixels at 200 %");
        robot.interact(() -> stage.setRenderScaleX(1));
    }
}
