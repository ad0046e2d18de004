package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.log.LogFiles;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.Args;
import io.xraydesk.cli.CliContext;
import io.xraydesk.cli.Command;
import io.xraydesk.cli.CommandLine;
import io.xraydesk.cli.ExitCode;
import io.xraydesk.sandbox.ReceivedS3Request;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.Environment;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.Profile;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A canary session token drives a whole session — sign-in check, create, upload, reports, errors, the
 * command line, a revoked token, sign-out — through the client, the store and the CLI with a private
 * data folder. Then everything the app left behind is searched for the token: every file under the
 * folder (settings, database and its WAL, logs), every exception text, the CLI's output and every
 * request the S3 endpoint received. Only the API requests' headers may carry it. Prints
 * {@code canary: <n> leaks}.
 */
class CanaryTest {

    private static final String USER_ID = "6413297aad6e59418e7748f9";
    private static final String CANARY = "canary-7Qx2Lm9Vt4Rk8Zp1";
    private static final String PROFILE_ID = "canary-profile";

    @TempDir
    Path home;
    @TempDir
    Path files;

    private final List<String> texts = new ArrayList<>();
    private final List<String> textNames = new ArrayList<>();

    @Test
    void theTokenTravelsInApiHeadersOnly() throws Exception {
        AppPaths paths = AppPaths.at(home);
        Handler logFile = LogFiles.install(paths.logs());
        SandboxConfig config = SandboxConfig.builder().user(USER_ID, CANARY).recordS3Requests(true).build();
        try (SandboxWorld world = new SandboxWorld(config);
                LocalDatabase database = LocalDatabase.open(paths.database())) {
            ApiCredentials credentials = world.credentials();
            assertEquals(CANARY, credentials.sessionToken(), "the canary is the session token");
            keep("ApiCredentials.toString", credentials.toString());
            signIn(paths, credentials);

            world.client.getBusiness(SandboxConfig.DEMO_BUSINESS_ID);
            AnalysisRequest request = world.client.createRequest(io.xraydesk.api.model.NewRequest.of(
                    io.xraydesk.api.model.CompanyCode.siren(SandboxWorld.SIREN)));
            database.requestCache().upsert(cached(request));
            uploadThroughTheJournal(world, database.uploadJournal(), request.id());
            world.advance(600);
            for (Report report : world.client.listReports(request.id(), null)) {
                database.reportCache().upsert(new CachedReport(report.id(), request.id(), report.source(),
                        report.score(), null, WireJson.mapper().writeValueAsString(report), Instant.now()));
            }
            keep("not-found error", failureText(assertThrows(NotFoundException.class,
                    () -> world.client.getReport("000000000000000000000000"))));
            runCli(world, request.id(), ExitCode.OK);
            runCli(world, "000000000000000000000000", ExitCode.NOT_FOUND);

            world.revokeToken();
            keep("revoked-token error", failureText(assertThrows(AuthenticationException.class,
                    () -> world.client.getRequest(request.id()))));
            runCli(world, request.id(), ExitCode.AUTH);
            signOut();

            List<ReceivedS3Request> s3 = world.sandbox.s3Requests();
            assertFalse(s3.isEmpty(), "the S3 recorder saw the uploads");
            for (ReceivedS3Request received : s3) {
                keep("S3 request " + received.method() + " " + received.uri(), received.asText());
            }
        } finally {
            logFile.flush();
            logFile.close();
        }
        keepEveryFileUnder(home);

        int leaks = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(CANARY)) {
                leaks++;
                System.out.println("canary leak: " + textNames.get(i));
            }
        }
        System.out.println("canary searched in " + texts.size() + " places: " + String.join(", ", textNames));
        System.out.println("canary: " + leaks + " leaks");
        assertTrue(textNames.stream().anyMatch(n -> n.contains("xraydesk-0.log")), "the log file was searched");
        assertEquals(0, leaks);
    }

    /** The profile in the settings file, the token in the secret store (in memory here: no keychain in CI). */
    private void signIn(AppPaths paths, ApiCredentials credentials) throws Exception {
        Profile profile = new Profile(PROFILE_ID, "Canary", Environment.SANDBOX, credentials.baseUrl().toString(),
                credentials.userId(), credentials.octoberVersion(), SandboxConfig.DEMO_BUSINESS_ID, true);
        SettingsStore.forApp(paths).save(Settings.DEFAULTS.withProfile(profile).withLastProfileId(PROFILE_ID));
        secrets.write(SecretKeys.token(PROFILE_ID), credentials.sessionToken());
        keep("secret store toString", secrets.toString());
    }

    private final MemorySecretStore secrets = new MemorySecretStore();

    private void signOut() {
        secrets.delete(SecretKeys.token(PROFILE_ID));
        assertTrue(secrets.read(SecretKeys.token(PROFILE_ID)).isEmpty());
    }

    /** The journal's path of one file: queued, medium created (with its upload form), uploaded, online. */
    private void uploadThroughTheJournal(SandboxWorld world, UploadJournal journal, String requestId) throws Exception {
        Path file = SandboxWorld.pdf(files, "bilan-2023.pdf", 64 * 1024, 5);
        UploadItem item = UploadItem.queued(requestId, file.toString(), "bilan-2023.pdf", Files.size(file),
                SandboxWorld.sha256(file), "application/pdf", "certified_financial_statement", "year",
                "2023-12-31", Instant.now());
        journal.enqueue(item);
        MediumDraft draft = world.createMedium(requestId, file);
        assertTrue(journal.markMediumCreated(item.id(), draft.medium().id(),
                WireJson.mapper().writeValueAsString(draft.upload())));
        // one S3 failure on the way, so an S3 error answer is part of the session too
        world.arm(true, "POST", "/**", "status500", false, null);
        world.upload(draft, file);
        assertTrue(journal.markUploaded(item.id(), item.sha256()));
        world.finalise(draft.medium().id());
        assertTrue(journal.markOnline(item.id()));
    }

    private static CachedRequest cached(AnalysisRequest request) throws Exception {
        return new CachedRequest(request.id(), request.code().type(), request.code().id(), request.businessName(),
                request.status(), request.stage(), null, null, WireJson.mapper().writeValueAsString(request),
                Instant.now(), RequestOrigin.CREATED_HERE, null);
    }

    /** The command line in-process, its connection from the environment as a user would set it. */
    private void runCli(SandboxWorld world, String requestId, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(CliContext.ENV_BASE_URL, world.sandbox.apiBaseUri().toString(),
                CliContext.ENV_USER_ID, USER_ID, CliContext.ENV_SESSION_TOKEN, CANARY,
                "XRAYDESK_HOME", home.toString());
        int exit = new CommandLine(List.of(new ShowRequest())).run(List.of("show-request", requestId), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        keep("CLI stdout (" + requestId + ")", out.toString(StandardCharsets.UTF_8));
        keep("CLI stderr (" + requestId + ")", err.toString(StandardCharsets.UTF_8));
        assertEquals(expectedExit, exit, err.toString(StandardCharsets.UTF_8));
    }

    /** A minimal command over the CLI framework: prints one request as JSON. */
    private static final class ShowRequest implements Command {
        @Override
        public List<String> words() {
            return List.of("show-request");
        }

        @Override
        public String summary() {
            return "print one request";
        }

        @Override
        public String usage() {
            return "<request id>";
        }

        @Override
        public int run(CliContext context, Args args) {
            context.printJson(context.client().getRequest(args.positionals().get(0)));
            return ExitCode.OK;
        }
    }

    /** Message, toString and the whole printed stack trace, causes included. */
    private static String failureText(OctoberException failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return failure.getMessage() + "\n" + failure + "\n" + trace;
    }

    private void keepEveryFileUnder(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                keep("file " + root.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
    }

    private void keep(String name, String text) {
        textNames.add(name);
        texts.add(text);
    }
}
