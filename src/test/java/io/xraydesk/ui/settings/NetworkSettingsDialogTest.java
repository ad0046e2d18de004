package io.xraydesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.NetworkSettings;
import io.xraydesk.store.ProxyMode;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.testing.TestCertificates;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The network settings dialog: proxy fields and their saving, CA import, the step-by-step test. */
@ExtendWith(ApplicationExtension.class)
class NetworkSettingsDialogTest {

    @TempDir
    Path home;

    private BackgroundTasks tasks;
    private AppServices services;
    private SandboxServer sandbox;
    private NetworkSettingsDialog dialog;
    /** Installed before the dialog opens, as in the application: the dialog is measured in the theme. */
    private ThemeManager themes;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Messages.setLocale(Locale.ENGLISH);
        tasks = new BackgroundTasks(new FxUiExecutor());
        services = TestServices.open(home);
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        robot.interact(() -> themes = new ThemeManager(ThemeChoice.LIGHT));
        Stage owner = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            owner.setScene(new Scene(new StackPane(), 900, 700));
            owner.show();
            dialog = new NetworkSettingsDialog(context(owner), sandbox.apiBaseUri());
            dialog.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.dialog().close());
        tasks.close();
        services.close();
        sandbox.close();
    }

    @Test
    void aManualProxyNeedsHostAndPortAndIsSavedWithItsPasswordInTheKeychain(FxRobot robot) throws Exception {
        robot.clickOn("#proxy-manual");
        Button save = robot.lookup("#network-save").queryAs(Button.class);
        assertTrue(save.isDisabled());
        assertTrue(visibleText(robot, "Enter the proxy's host name."));
        robot.interact(() -> {
            field(robot, "#proxy-host").setText("proxy.corp.example");
            field(robot, "#proxy-port").setText("99999");
        });
        assertTrue(save.isDisabled());
        assertTrue(visibleText(robot, "A port is a number from 1 to 65535."));
        robot.interact(() -> {
            field(robot, "#proxy-port").setText("3128");
            field(robot, "#proxy-username").setText("analyst");
            field(robot, "#proxy-password").setText("proxy-canary-pw-42");
        });
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.dialog().isShowing());

        NetworkSettings expected = new NetworkSettings(ProxyMode.MANUAL, "proxy.corp.example", 3128, "analyst", List.of());
        assertEquals(expected, services.settings().network());
        assertEquals("proxy-canary-pw-42", services.secrets().store().read(SecretKeys.PROXY_PASSWORD).orElseThrow());
        String file = Files.readString(services.paths().settingsFile());
        assertFalse(file.contains("proxy-canary-pw-42"), "the proxy password is never in the settings file");
        assertEquals(expected, TestServices.settingsStore(home).load().settings().network(), "survives a restart");
    }

    @Test
    void caCertificatesAreImportedAsCopiesListedAndRemoved(FxRobot robot) throws Exception {
        TestCertificates certificates = TestCertificates.create(home.resolve("ca"));
        Path notACertificate = Files.writeString(home.resolve("notes.txt"), "not a certificate");
        robot.interact(() -> dialog.importCertificate(notACertificate));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#network-error").queryAs(Label.class).getText().contains("notes.txt"));

        robot.interact(() -> dialog.importCertificate(certificates.caDer()));
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#ca-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        Path copy = Path.of(list.getItems().get(0));
        assertTrue(copy.startsWith(services.paths().certificates()), copy.toString());
        assertTrue(Files.readString(copy).contains("BEGIN CERTIFICATE"), "a DER file is kept as PEM");

        robot.clickOn("#network-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.dialog().isShowing());
        assertEquals(List.of(copy.toString()), services.settings().network().importedCaFiles());

        Stage owner = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            dialog = new NetworkSettingsDialog(context(owner), sandbox.apiBaseUri());
            dialog.show();
        });
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        robot.clickOn("#ca-remove");
        robot.clickOn("#network-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.dialog().isShowing());
        assertEquals(List.of(), services.settings().network().importedCaFiles());
        assertFalse(Files.exists(copy), "the removed copy is deleted once saved");
    }

    @Test
    void testConnectionReportsEachStepOnItsOwnLine(FxRobot robot) throws Exception {
        robot.clickOn("#proxy-none");
        robot.clickOn("#test-connection");
        VBox lines = robot.lookup("#test-lines").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines.getChildren().size() == 5);
        List<String> texts = lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.get(0).startsWith("Name resolution (DNS) — OK"), texts.toString());
        assertTrue(texts.get(1).startsWith("Connection (TCP) — OK"), texts.toString());
        assertTrue(texts.get(2).startsWith("Secure connection (TLS) — not needed"), texts.toString());
        assertTrue(texts.get(3).startsWith("HTTP answer — OK (HTTP "), texts.toString());
        assertTrue(texts.get(4).startsWith("Every step passed"), texts.toString());

        Screenshots.save(dialog.dialog().getDialogPane().getScene(), "network-settings-light-en");
        robot.interact(() -> themes.select(ThemeChoice.DARK));
        Screenshots.save(dialog.dialog().getDialogPane().getScene(), "network-settings-dark-en");
        robot.interact(() -> themes.select(ThemeChoice.LIGHT));
    }

    @Test
    void inFrenchEveryLabelAndButtonShowsItsWholeText(FxRobot robot) throws Exception {
        robot.interact(() -> dialog.dialog().close());
        Messages.setLocale(Locale.FRENCH);
        robot.interact(() -> {
            dialog = new NetworkSettingsDialog(context((Stage) dialog.dialog().getOwner()), sandbox.apiBaseUri());
            dialog.show();
        });
        robot.clickOn("#proxy-manual");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), ClippedText.in(dialog.dialog().getDialogPane()));
        DialogPane pane = dialog.dialog().getDialogPane();
        assertEquals(List.of("Enregistrer", "Annuler"), pane.getButtonTypes().stream()
                .map(type -> ((Button) pane.lookupButton(type)).getText()).toList(), "the dialog's buttons in French");
        Screenshots.save(dialog.dialog().getDialogPane().getScene(), "network-settings-light-fr");
    }

    @Test
    void aTestThatHangsCanBeCancelled(FxRobot robot) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            robot.clickOn("#proxy-none");
            robot.interact(() -> field(robot, "#test-target").setText(
                    URI.create("https://127.0.0.1:" + silent.getLocalPort()).toString()));
            robot.clickOn("#test-connection");
            VBox lines = robot.lookup("#test-lines").queryAs(VBox.class);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.getChildren().size() == 2);
            robot.clickOn("#test-cancel");
            Label last = (Label) lines.getChildren().get(lines.getChildren().size() - 1);
            assertEquals("Test cancelled.", last.getText());
            assertFalse(robot.lookup("#test-connection").queryAs(Button.class).isDisabled());
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot) {
        return robot.lookup("#ca-list").queryAs(ListView.class);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static boolean visibleText(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Label label && text.equals(label.getText())
                && label.isVisible()).tryQuery().isPresent();
    }

    private ScreenContext context(Stage owner) {
        return TestContexts.signedOut(TestContexts.shell(owner, tasks), services,
                new SessionOpener(new EmbeddedSandbox()), new RecordingRoutes());
    }
}
