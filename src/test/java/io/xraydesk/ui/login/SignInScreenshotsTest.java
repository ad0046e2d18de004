package io.xraydesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.store.Environment;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The sign-in screen in both languages and themes, saved for a human to look at. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenshotsTest {

    @TempDir
    Path home;

    @AfterAll
    static void restore() {
        Locale.setDefault(Locale.ENGLISH);
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void signInScreenInEnglishAndFrenchLightAndDark(FxRobot robot) throws Exception {
        Stage stage = FxToolkitStage.primary();
        BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
        // No keychain here, so the screen's "session only" note shows in the pictures too.
        AppServices services = TestServices.open(home,
                new SecretStoreChoice(new MemorySecretStore(), Optional.of("no Secret Service on this machine")));
        ThemeManager themes = new ThemeManager(ThemeChoice.LIGHT);
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                SignInScreen[] screen = new SignInScreen[1];
                robot.interact(() -> {
                    Locale.setDefault(language);
                    Messages.setLocale(language);
                    screen[0] = new SignInScreen(TestContexts.signedOut(TestContexts.shell(stage, tasks), services,
                            new SessionOpener(sandbox), new RecordingRoutes()), SignInScreenTest::quickDirect);
                    Scene scene = new Scene(new StackPane(screen[0].view()), 1000, 780);
                    ThemeManager.style(scene);
                    stage.setScene(scene);
                    stage.show();
                    screen[0].start(false);
                    screen[0].showReason(Messages.get("signin.reason.signed_out"));
                });
                SignInScreenTest.waitFor(() -> !robot.lookup("#user-id").queryAs(TextField.class).getText().isEmpty());
                assertEquals(List.of(), ClippedText.in(stage.getScene().getRoot()), "cut in " + language);
                for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
                    robot.interact(() -> themes.select(theme));
                    String name = "signin-" + theme.name().toLowerCase(Locale.ROOT) + "-" + language.getLanguage();
                    Path png = Screenshots.save(stage.getScene(), name);
                    assertTrue(Files.size(png) > 10_000, name + " looks empty");
                }
                robot.interact(() -> themes.select(ThemeChoice.LIGHT));
                if (language == Locale.ENGLISH) {
                    // The same screen with a problem under each field that has one.
                    robot.interact(() -> {
                        screen[0].showReason(null);
                        screen[0].model().environmentProperty().set(Environment.CUSTOM);
                        screen[0].model().baseUrlProperty().set("http://api.test.example");
                        screen[0].model().tokenProperty().set("");
                        screen[0].model().versionProperty().set("2024-13-01");
                    });
                    Screenshots.save(stage.getScene(), "signin-problems-light-en");
                }
            }
        } finally {
            tasks.close();
            services.close();
        }
    }
}
