package io.xraydesk.cli;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.sandbox.SandboxUser;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sandbox}: serves the API emulator alone, headless, until the process is killed (or, when run
 * inside another program, until its thread is interrupted). The first line printed is where it listens,
 * so a script can start it with {@code --port 0} and read the address.
 */
final class SandboxCommand implements Command {

    /** Where the token of {@code --user-id} can come from instead of {@code --token}, out of sight of {@code ps}. */
    static final String ENV_TOKEN = "XRAYDESK_SANDBOX_TOKEN";

    private static final Set<String> OPTIONS = Set.of("port", "speed", "user-id", "token", "max-upload-bytes",
            "s3-bytes-per-second");

    @Override
    public List<String> words() {
        return List.of("sandbox");
    }

    @Override
    public String summary() {
        return "serve the local API emulator (sandbox) until stopped";
    }

    @Override
    public String usage() {
        return "[--port N] [--speed X] [--user-id U [--token T]] [--max-upload-bytes B] [--s3-bytes-per-second R]"
                + "   (the token may come from " + ENV_TOKEN + ")";
    }

    @Override
    public int run(CliContext context, Args args) throws InterruptedException {
        Args options = args.allowOnly(OPTIONS);
        SandboxConfig config = config(options, context.env());
        // A token given through the environment was meant to stay out of sight: it is not printed back.
        boolean tokenHidden = options.option("user-id").isPresent() && options.option("token").isEmpty();
        SandboxServer server = SandboxServer.start(config);
        return UntilStopped.serve("sandbox-shutdown", server::close, () -> announce(context, server, tokenHidden));
    }

    private static SandboxConfig config(Args args, Map<String, String> env) {
        SandboxConfig.Builder builder = SandboxConfig.builder()
                .apiPort((int) args.wholeNumber("port", 0, 0, 65535))
                .speed(args.positiveNumber("speed", 1.0))
                .maxUploadBytes(args.wholeNumber("max-upload-bytes", SandboxConfig.DEFAULT_MAX_UPLOAD_BYTES, 1,
                        Long.MAX_VALUE))
                // An uplink to watch uploads at, in demos and in the upload benchmark; 0 is loopback speed.
                .s3BytesPerSecond(args.wholeNumber("s3-bytes-per-second", 0, 0, Long.MAX_VALUE));
        boolean hasUser = args.option("user-id").isPresent();
        String fromEnvironment = env.get(ENV_TOKEN);
        Optional<String> token = args.option("token")
                .or(() -> Optional.ofNullable(fromEnvironment).filter(value -> !value.isBlank()));
        if (hasUser != token.isPresent()) {
            throw new UsageException("--user-id and --token (or " + ENV_TOKEN + ") go together");
        }
        if (hasUser) {
            builder.user(args.require("user-id"), token.get());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException refused) {
            throw new UsageException(refused.getMessage());
        }
    }

    private static void announce(CliContext context, SandboxServer server, boolean tokenHidden) {
        SandboxUser user = server.demoUser();
        PrintStream out = context.out();
        if (context.json()) {
            Map<String, String> where = new LinkedHashMap<>();
            where.put("apiBaseUrl", server.apiBaseUri().toString());
            where.put("s3BaseUrl", server.s3BaseUri().toString());
            where.put("userId", user.userId());
            if (tokenHidden) {
                where.put("sessionTokenVariable", ENV_TOKEN);
            } else {
                where.put("sessionToken", user.token());
            }
            where.put("businessId", user.businessId());
            context.printJson(where);
        } else {
            // Plain English on purpose: scripts and the docs match these lines.
            out.println("Sandbox API listening on " + server.apiBaseUri());
            out.println("S3 endpoint: " + server.s3BaseUri());
            out.println("userId: " + user.userId());
            String token = tokenHidden ? "\"$" + ENV_TOKEN + "\"" : user.token();
            out.println("sessionToken: " + (tokenHidden ? "(from " + ENV_TOKEN + ")" : token));
            out.println("businessId: " + user.businessId());
            out.println("Try: export " + CliContext.ENV_BASE_URL + "=" + server.apiBaseUri() + " "
                    + CliContext.ENV_USER_ID + "=" + user.userId() + " " + CliContext.ENV_SESSION_TOKEN + "="
                    + token);
        }
        out.flush();
    }
}
