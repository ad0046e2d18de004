package io.xraydesk.testing;

import io.xraydesk.cli.CliContext;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line run as a user runs it, in a JVM of its own, against an upload sandbox, with its
 * home in a temporary folder this owns: what the tests that kill the command line and start it again
 * use. The folder also holds the documents a test makes.
 */
public final class SeparateJvmCli implements AutoCloseable {

    public final UploadFixture sandbox = new UploadFixture();
    public final Path folder = TemporaryFolders.create("xraydesk-cli");

    /** The arguments that upload {@code files} to the request one file at a time, as "other" documents. */
    public static List<String> uploadArguments(String requestId, List<Path> files) {
        List<String> arguments = new ArrayList<>(List.of("upload", "--request", requestId, "--kind", "other",
                "--concurrency", "1"));
        files.forEach(file -> arguments.add(file.toString()));
        return arguments;
    }

    /**
     * {@code xraydesk <arguments>} signed in as the sandbox's demo user, ready to start; the caller
     * chooses where its output goes. Quick start-up flags, as it is started many times.
     */
    public ProcessBuilder command(List<String> arguments) {
        ProcessBuilder builder = SeparateJvm.command("io.xraydesk.Main", arguments);
        builder.environment().put(AppPaths.HOME_VARIABLE, home().toString());
        builder.environment().put(CliContext.ENV_BASE_URL, sandbox.server.apiBaseUri().toString());
        builder.environment().put(CliContext.ENV_USER_ID, sandbox.server.demoUser().userId());
        builder.environment().put(CliContext.ENV_SESSION_TOKEN, sandbox.server.demoUser().token());
        return builder;
    }

    /** The command line's local database, with its upload journal; the caller closes it. */
    public LocalDatabase openDatabase() {
        return LocalDatabase.open(AppPaths.at(home()).database());
    }

    private Path home() {
        return folder.resolve("home");
    }

    @Override
    public void close() {
        sandbox.close();
        TemporaryFolders.deleteTree(folder);
    }
}
