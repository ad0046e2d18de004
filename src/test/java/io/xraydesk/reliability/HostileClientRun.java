package io.xraydesk.reliability;

import io.xraydesk.api.AnswerLimits;
import io.xraydesk.api.AnswerTooLargeException;
import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.UploadRejectedException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.UploadTarget;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.reliability.HostileServer.Behaviour;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The client side of the hostile-server matrix, in a JVM of its own so that its peak memory is its
 * own: every endpoint of the October client and the S3 upload, against every misbehaviour of a
 * {@link HostileServer}. Prints one line per cell ({@code cell <behaviour> <endpoint> PASS|FAIL
 * <what happened>}), then {@code peak-rss-kb <VmHWM>}.
 *
 * <p>Arguments: the hostile server's root URI, and a small file to upload.
 */
public final class HostileClientRun {

    /** Long enough for an honest loopback answer on a machine loaded by other builds. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1000);
    static final Duration CALL_DEADLINE = Duration.ofMillis(2500);
    /** The deadline plus a connection's set-up, on a loaded machine. */
    static final Duration SLACK = Duration.ofMillis(2000);
    /** Bounded reading ends a call as soon as the limit is reached, far before any deadline. */
    static final Duration QUICK = Duration.ofSeconds(5);
    /** A readable message: the client's own words and a cut excerpt of the server's. */
    static final int MAX_MESSAGE_CHARS = 1000;

    private static final String CREATE = "POST/requests";
    private static final String ID = "6413297aad6e59418e774902";
    private static final AnswerLimits SMALL_LIMITS = new AnswerLimits(64 * 1024, 256 * 1024, 4 * 1024);

    private HostileClientRun() {
    }

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0]);
        Path file = Path.of(args[1]);
        ConnectionSettings settings = new ConnectionSettings(Duration.ofSeconds(2), ATTEMPT_TIMEOUT, CALL_DEADLINE,
                ProxySettings.none(), null, ConnectionSettings.defaultUserAgent(), SMALL_LIMITS);
        RetryPolicy retries = new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1),
                RetryPolicy.defaults().sleeper(), RetryPolicy.defaults().clock(), new java.util.Random(7));
        warmUp(root, settings);
        ExecutorService cells = Executors.newFixedThreadPool(4);
        List<Future<String>> lines = new ArrayList<>();
        for (Behaviour behaviour : Behaviour.values()) {
            URI base = URI.create(root + "/" + behaviour.name().toLowerCase());
            OctoberClient client = new OctoberClient(ApiCredentials.of(base, "6413297aad6e59418e7748f9",
                    "hostile-matrix-token"), HttpClientFactory.create(settings), retries, settings);
            S3Uploader uploader = new S3Uploader(HttpClientFactory.create(settings), retries, settings);
            for (Map.Entry<String, Consumer<Void>> endpoint : endpoints(client, uploader, base, file).entrySet()) {
                lines.add(cells.submit(() -> cell(behaviour, endpoint.getKey(), endpoint.getValue())));
            }
        }
        for (Future<String> line : lines) {
            System.out.println(line.get());
        }
        cells.shutdown();
        System.out.println("peak-rss-kb " + peakRssKb());
    }

    /**
     * One honest-looking exchange first: the HTTP client's first call in a fresh JVM loads its classes,
     * which on a loaded machine can take longer than the short attempt timeout of the matrix.
     */
    private static void warmUp(URI root, ConnectionSettings settings) {
        URI base = URI.create(root + "/" + Behaviour.ESCAPES.name().toLowerCase());
        OctoberClient client = new OctoberClient(ApiCredentials.of(base, "6413297aad6e59418e7748f9",
                "hostile-matrix-token"), HttpClientFactory.create(settings.withTimeouts(Duration.ofSeconds(5),
                Duration.ofSeconds(10))), RetryPolicy.none(), settings);
        try {
            client.getRequest(ID);
        } catch (OctoberException expected) {
            // the answer does not matter, only that the client's classes are loaded
        }
    }

    private static Map<String, Consumer<Void>> endpoints(OctoberClient client, S3Uploader uploader, URI base,
            Path file) {
        Map<String, Consumer<Void>> calls = new LinkedHashMap<>();
        calls.put(CREATE, v -> client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))));
        calls.put("GET/requests/{id}", v -> client.getRequest(ID));
        calls.put("POST/requests/{id}", v -> client.updateRequestNotes(ID,
                new RequestNotes(true, 12, null, null, null, null)));
        calls.put("POST/media", v -> client.createMedium(new NewMedium("other", ID, new MediumMeta("a.pdf", null,
                null), "application/pdf", 10L)));
        calls.put("POST/media/{id}", v -> client.finaliseMedium(ID, MediumFinalisation.online(null, null)));
        calls.put("GET/media/{id}", v -> client.getMedium(ID));
        calls.put("GET/reports", v -> client.listReports(ID, null));
        calls.put("GET/reports/{id}", v -> client.getReport(ID));
        calls.put("GET/businesses/{id}", v -> client.getBusiness(ID));
        calls.put("POST/businesses/{id}", v -> client.updateWebhooks(ID, List.of(new WebhookSetting(
                "https://relay.example/hook", List.of("new_report"), null))));
        calls.put("S3-upload", v -> uploader.upload(new UploadTarget(base + "/s3/bucket/key.pdf",
                new LinkedHashMap<>(), "PUT"), file, "application/pdf", null, null));
        return calls;
    }

    /** Runs one call and judges how it ended. */
    private static String cell(Behaviour behaviour, String endpoint, Consumer<Void> call) {
        long start = System.nanoTime();
        Throwable outcome = null;
        try {
            call.accept(null);
        } catch (Throwable failure) {
            outcome = failure;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String problem = judge(behaviour, endpoint, outcome, took);
        String shown = outcome == null ? "no failure" : outcome.getClass().getSimpleName() + ": "
                + PrintableText.of(outcome.getMessage(), 160);
        return "cell " + behaviour + " " + endpoint + " " + (problem == null ? "PASS" : "FAIL " + problem) + " ("
                + took.toMillis() + " ms; " + shown + ")";
    }

    /** Null when the call ended as it must, else what was wrong. */
    static String judge(Behaviour behaviour, String endpoint, Throwable outcome, Duration took) {
        boolean s3 = endpoint.startsWith("S3");
        if (!(outcome instanceof OctoberException failure)) {
            return "expected a clear failure, got " + (outcome == null ? "success" : outcome);
        }
        String message = String.valueOf(failure.getMessage());
        if (message.length() > MAX_MESSAGE_CHARS) {
            return "message of " + message.length() + " characters";
        }
        if (message.chars().anyMatch(c -> PrintableText.isUnsafe((char) c))) {
            return "message holds control characters";
        }
        Class<?> expected = switch (behaviour) {
            // A create answered 2xx was taken by the server, however long its answer.
            case OVERSIZED, ENDLESS -> s3 ? UploadRejectedException.class
                    : endpoint.equals(CREATE) ? CreatedUnreadableException.class : AnswerTooLargeException.class;
            case DRIPPING, HANGING -> NetworkException.class;
            case ESCAPES, HUGE_MESSAGE -> s3 ? UploadRejectedException.class : ValidationException.class;
        };
        if (!expected.isInstance(failure)) {
            return "expected " + expected.getSimpleName();
        }
        boolean stalls = behaviour == Behaviour.DRIPPING || behaviour == Behaviour.HANGING;
        if (stalls && !(failure instanceof OutcomeUnknownException) && !message.contains("gave up after")) {
            return "a retried call that hit its deadline must say it was given up";
        }
        Duration limit = stalls ? CALL_DEADLINE.plus(SLACK) : QUICK;
        if (took.compareTo(limit) > 0) {
            return "took " + took.toMillis() + " ms, more than " + limit.toMillis() + " ms";
        }
        return null;
    }

    /** The JVM's peak resident memory, from Linux; 0 elsewhere. */
    private static long peakRssKb() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }
}
