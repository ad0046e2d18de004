package io.xraydesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.log.LogFiles;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.CheckResult;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.core.session.SignInAttempt;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.Environment;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.Profile;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsProblem;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.context.AppServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles in the settings file and tokens in the secret store: what survives a restart, what a
 * damaged file becomes, and where a canary token must never show up.
 */
class ProfilePersistenceTest {

    private static final String CANARY = "canary-7f3e9a1c-token";

    @TempDir
    Path home;

    private BackgroundTasks tasks;
    private AppServices services;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        tasks = new BackgroundTasks(new DirectUiExecutor());
        services = TestServices.open(home);
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void aRememberedProfileSurvivesARestartWithItsTokenOnlyInTheSecretStore() throws Exception {
        ProfileKeeper keeper = new ProfileKeeper(services);
        Profile production = profile("p-prod", Environment.PRODUCTION, true);
        Profile sandbox = profile("p-sand", Environment.SANDBOX, false);
        Settings afterFirst = keeper.remember(services.settings(), production, CANARY);
        Settings afterBoth = keeper.remember(afterFirst, sandbox, "other-token");

        LoadResult reloaded = TestServices.settingsStore(home).load();
        assertEquals(List.of(), reloaded.problems());
        assertEquals(List.of(production, sandbox), reloaded.settings().profiles());
        assertEquals("p-sand", reloaded.settings().lastProfileId());
        assertEquals(afterBoth, reloaded.settings());
        assertEquals(CANARY, keeper.rememberedToken(production).orElseThrow());
        assertTrue(keeper.rememberedToken(sandbox).isEmpty(), "not remembered when Remember me is off");
        assertTrue(services.secrets().store().read(SecretKeys.token("p-sand")).isEmpty());
        assertFalse(Files.readString(services.paths().settingsFile()).contains(CANARY));

        Settings forgotten = keeper.forgetToken(afterBoth, production);
        assertTrue(services.secrets().store().read(SecretKeys.token("p-prod")).isEmpty());
        assertFalse(forgotten.profile("p-prod").orElseThrow().rememberToken());
        Settings deleted = keeper.delete(forgotten, sandbox);
        assertEquals(List.of("p-prod"), TestServices.settingsStore(home).load().settings().profiles().stream()
                .map(Profile::id).toList());
        assertEquals(null, deleted.lastProfileId(), "the deleted profile is no longer the last one");
    }

    @Test
    void aCorruptSettingsFileIsReportedAndReplacedByDefaults() throws Exception {
        Files.writeString(services.paths().settingsFile(), "{ this is not json");
        AppServices reopened = TestServices.open(home);
        try {
            assertEquals(Settings.DEFAULTS, reopened.settings());
            List<SettingsProblem> problems = reopened.settingsLoad().problems();
            assertEquals(SettingsProblem.Kind.USER_FILE_CORRUPT, problems.get(0).kind());
            Path backup = problems.get(0).backup().orElseThrow();
            assertTrue(Files.exists(backup));
            String text = SettingsProblemText.describe(problems);
            assertTrue(text.startsWith("Your settings file was damaged"), text);
            assertTrue(text.contains(backup.toString()), text);
            new ProfileKeeper(reopened).remember(reopened.settings(), profile("p", Environment.SANDBOX, false), "t");
            assertEquals(List.of(), TestServices.settingsStore(home).load().problems(), "the next save repairs it");
        } finally {
            reopened.close();
        }
    }

    @Test
    void aCanaryTokenNeverReachesTheLogsOrExceptionMessages() throws Exception {
        Path logs = home.resolve("logs");
        Handler handler = LogFiles.install(logs);
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox()) {
            ConnectionSettings direct = ConnectionSettings.defaults().withProxy(ProxySettings.none());
            Profile demo = new Profile("p-demo", "Demo", Environment.SANDBOX, null, SandboxConfig.DEMO_USER_ID,
                    ApiCredentials.DEFAULT_VERSION, null, true);
            SignInAttempt refused = new SessionOpener(sandbox).signIn(demo, CANARY, direct, Settings.DEFAULTS);
            CheckResult check = refused.check();
            ApiCredentials credentials = ApiCredentials.of(sandbox.server().apiBaseUri(), SandboxConfig.DEMO_USER_ID,
                    CANARY);
            AuthenticationException failure = assertThrows(AuthenticationException.class,
                    () -> OctoberClient.create(credentials, direct).getRequest("000000000000000000000001"));
            Logger log = Logger.getLogger(ProfilePersistenceTest.class.getName());
            // What a careless screen could write: every one must come out redacted.
            log.log(Level.WARNING, "sign-in refused: " + check + " with " + CANARY);
            log.log(Level.WARNING, "call failed for " + credentials, failure);
            handler.flush();

            for (String text : List.of(check.detail(), check.message(), failure.getMessage(), credentials.toString(),
                    String.valueOf(refused))) {
                assertFalse(text.contains(CANARY), text);
            }
            String written;
            try (Stream<Path> files = Files.list(logs)) {
                written = files.filter(f -> f.getFileName().toString().endsWith(".log")).map(ProfilePersistenceTest::read)
                        .reduce("", String::concat);
            }
            assertTrue(written.contains("sign-in refused"), "the log was written: " + written);
            assertFalse(written.contains(CANARY), written);
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Profile profile(String id, Environment environment, boolean remember) {
        return new Profile(id, id + " name", environment, null, "6413297aad6e59418e7748f9",
                ApiCredentials.DEFAULT_VERSION, null, remember);
    }
}
