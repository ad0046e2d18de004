package io.xraydesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.NetworkSettings;
import io.xraydesk.store.ProxyMode;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The network dialog's work without a window: results delivered in place by the synchronous executor. */
class NetworkSettingsViewModelTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    private BackgroundTasks tasks;
    private AppServices services;
    private NetworkSettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        services = TestServices.open(home);
        viewModel = new NetworkSettingsViewModel(services, tasks);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        services.close();
    }

    @Test
    void savingWritesTheSettingsAndThePasswordOnceAndOnlyThenSaysSaved() throws Exception {
        NetworkSettingsModel form = viewModel.form();
        form.proxyModeProperty().set(ProxyMode.MANUAL);
        form.hostProperty().set("proxy.corp.example");
        form.portProperty().set("3128");
        form.usernameProperty().set("analyst");
        form.passwordProperty().set("proxy-canary-pw-42");
        assertFalse(blocked());

        viewModel.save();
        await(() -> viewModel.progress().savedProperty().get());

        assertEquals(new NetworkSettings(ProxyMode.MANUAL, "proxy.corp.example", 3128, "analyst", List.of()),
                services.settings().network(), "published to the running application");
        assertEquals("proxy-canary-pw-42", services.secrets().store().read(SecretKeys.PROXY_PASSWORD).orElseThrow());
        assertTrue(blocked(), "a saved form is not saved twice");
        assertEquals("", viewModel.progress().errorProperty().get());
    }

    @Test
    void aFileThatIsNotACertificateIsRefusedByName() throws Exception {
        Path notACertificate = Files.writeString(home.resolve("notes.txt"), "not a certificate");

        viewModel.importCertificate(notACertificate);
        await(() -> !viewModel.progress().errorProperty().get().isEmpty());

        assertTrue(viewModel.progress().errorProperty().get().contains("notes.txt"), viewModel.progress().errorProperty().get());
        assertEquals(List.of(), viewModel.form().caFiles());
    }

    @Test
    void theRememberedPasswordComesBackIntoTheForm() throws Exception {
        services.secrets().store().write(SecretKeys.PROXY_PASSWORD, "kept-pw");

        viewModel.loadPassword();
        await(() -> "kept-pw".equals(viewModel.form().passwordProperty().get()));
    }

    private boolean blocked() {
        return viewModel.saveBlocked().get();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
