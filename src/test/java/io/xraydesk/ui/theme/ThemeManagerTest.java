package io.xraydesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemeManagerTest {

    private static final String LIGHT = new PrimerLight().getUserAgentStylesheetBSS();
    private static final String DARK = new PrimerDark().getUserAgentStylesheetBSS();

    @Test
    void switchingThemeChangesTheUserAgentStylesheet() throws Exception {
        ThemeManager themes = onFx(() -> new ThemeManager(ThemeChoice.LIGHT));
        assertEquals(LIGHT, Application.getUserAgentStylesheet());
        assertFalse(themes.darkProperty().get());

        onFx(() -> themes.select(ThemeChoice.DARK));
        assertEquals(DARK, Application.getUserAgentStylesheet());
        assertTrue(themes.darkProperty().get());
        assertEquals(ThemeChoice.DARK, themes.choiceProperty().get());

        onFx(() -> themes.select(ThemeChoice.LIGHT));
        assertEquals(LIGHT, Application.getUserAgentStylesheet());
    }

    @Test
    void systemChoiceStartsLightAndFollowsTheDetectedAppearance() throws Exception {
        ThemeManager themes = onFx(() -> new ThemeManager(ThemeChoice.SYSTEM));
        assertEquals(LIGHT, Application.getUserAgentStylesheet());
        CountDownLatch turnedDark = new CountDownLatch(1);
        onFx(() -> themes.darkProperty().addListener((obs, was, now) -> turnedDark.countDown()));

        try (BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
            var darkSystem = new OsAppearance("Linux", command -> Optional.of("'prefer-dark'"));
            onFx(() -> themes.followSystemAppearance(tasks, darkSystem));
            assertTrue(turnedDark.await(5, TimeUnit.SECONDS));
        }
        assertEquals(DARK, Application.getUserAgentStylesheet());

        onFx(() -> themes.select(ThemeChoice.LIGHT));
        assertEquals(LIGHT, Application.getUserAgentStylesheet());
        onFx(() -> themes.select(ThemeChoice.SYSTEM));
        assertEquals(DARK, Application.getUserAgentStylesheet(), "the remembered system answer applies again");
    }

    @Test
    void anExplicitChoiceIsNotOverriddenBySystemDetection() throws Exception {
        ThemeManager themes = onFx(() -> new ThemeManager(ThemeChoice.LIGHT));
        onFx(() -> themes.systemAppearanceIs(true));
        assertEquals(LIGHT, Application.getUserAgentStylesheet());
    }

    @Test
    void styleAddsTheApplicationStylesheetOnce() {
        Scene scene = new Scene(new StackPane());
        ThemeManager.style(scene);
        ThemeManager.style(scene);
        assertEquals(1, scene.getStylesheets().stream().filter(ThemeManager.APP_STYLESHEET::equals).count());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, action);
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, action);
    }

    @Test
    void savedChoicesAreReadLeniently() {
        assertEquals(ThemeChoice.DARK, ThemeChoice.parse(" Dark "));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.parse("purple"));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.parse(null));
    }
}
