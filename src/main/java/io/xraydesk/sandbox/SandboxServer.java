package io.xraydesk.sandbox;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.xraydesk.serving.ConnectionGuard;
import io.xraydesk.serving.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded October API emulator: two real HTTP servers on loopback — the API (with the company
 * look-up and the {@code /_sandbox/} control calls) and, on a separate port, the S3 upload endpoint.
 * Start with {@link #start(SandboxConfig)}, stop with {@link #close()}.
 */
public final class SandboxServer implements AutoCloseable {

    /** The header, with value {@code 1}, that every {@code /_sandbox/} control call must carry. */
    public static final String CONTROL_HEADER = "X-Sandbox-Control";

    private static final long TICK_MILLIS = 100;

    private final SandboxConfig config;
    private final SandboxState state = new SandboxState();
    private final HttpServer api;
    private final HttpServer s3;
    /** A thread per request up to a cap (no virtual threads on Java 17), and read deadlines. */
    private final ConnectionGuard apiGuard;
    private final ConnectionGuard s3Guard;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("sandbox-clock"));
    private final WebhookDispatcher webhooks;
    private final FaultInjector apiFaults;
    private final FaultInjector s3Faults;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final S3RequestRecorder s3Recorder = new S3RequestRecorder();

    private SandboxServer(SandboxConfig config) throws IOException {
        this.config = config;
        config.users().forEach(u -> state.putUser(u.userId(), u.token()));
        SandboxClock clock = new SandboxClock(config.speed());
        webhooks = new WebhookDispatcher(state, config.webhookAttempts(), config.webhookInitialBackoff());
        AnalysisEngine engine = new AnalysisEngine(state, clock, webhooks, config.bankTransactionsPerReport());
        S3Signer signer = new S3Signer();
        apiGuard = new ConnectionGuard("sandbox-api", config.servingLimits());
        s3Guard = new ConnectionGuard("sandbox-s3", config.servingLimits());

        s3 = HttpServer.create(new InetSocketAddress(config.host(), config.s3Port()), 0);
        s3Faults = new FaultInjector(Exchanges::sendS3Error, state.counters);
        s3Guard.createContext(s3, ControlEndpoint.PREFIX + "faults", new SafeHandler(ex -> {
            ControlEndpoint.requireLocalTool(ex);
            s3Faults.handleControl(ex);
        }));
        UploadBandwidth bandwidth = new UploadBandwidth(config.s3BytesPerSecond());
        HttpContext s3Calls = s3Guard.createContext(s3, "/", s3Faults.wrap(new S3Handler(state, signer, bandwidth)));
        if (config.recordS3Requests()) {
            s3Calls.getFilters().add(s3Recorder);
        }
        s3.setExecutor(s3Guard);

        api = createApiServer(config);
        apiFaults = new FaultInjector((ex, status, code, message) -> Exchanges.sendError(ex,
                new ApiError(status, code, message)), state.counters);
        UploadTargets uploads = new UploadTargets(signer, s3BaseUri(), config.uploadMode(),
                config.uploadPolicyTtl(), config.maxUploadBytes());
        ApiRouter router = new ApiRouter(new ApiAuth(state), engine,
                new RequestsEndpoint(state, clock, engine),
                new MediaEndpoint(state, clock, engine, uploads, config.maxUploadBytes()),
                new ReportsEndpoint(state),
                new BusinessesEndpoint(state, SandboxConfig.DEMO_BUSINESS_ID),
                new CompanyRegistry(),
                new ControlEndpoint(state, clock, engine, apiFaults));
        apiGuard.createContext(api, "/", new SafeHandler(apiFaults.wrap(router)));
        api.setExecutor(apiGuard);

        ticker.scheduleWithFixedDelay(engine::runDue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        s3.start();
        api.start();
    }

    /** Starts both servers; they listen when this returns. */
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    public static SandboxServer start(SandboxConfig config) {
        // The JDK server leaves Nagle's algorithm on by default, which holds each small answer back
        // ~40 ms behind the client's delayed ACK; read once when the server classes load.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        ConnectionGuard.capConnectionsPerServer();
        try {
            return new SandboxServer(config);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>} (https with an SSL context). */
    public URI apiBaseUri() {
        String scheme = config.sslContext() == null ? "http" : "https";
        return URI.create(scheme + "://" + config.host() + ":" + api.getAddress().getPort());
    }

    /** Base of the S3 emulation, a different port from the API: the upload URL is {@code <base>/<bucket>}. */
    public URI s3BaseUri() {
        return URI.create("http://" + config.host() + ":" + s3.getAddress().getPort());
    }

    /** Base of the company look-up emulation: {@code GET <base>/search?q=<siren>}. */
    public URI lookupBaseUri() {
        return URI.create(apiBaseUri() + CompanyRegistry.PREFIX);
    }

    /** Every call the S3 endpoint received so far; empty unless {@link SandboxConfig#recordS3Requests()}. */
    public List<ReceivedS3Request> s3Requests() {
        return s3Recorder.received();
    }

    /** The first configured user (the documented demo user by default). */
    public SandboxUser demoUser() {
        return config.users().get(0);
    }

    /** Accepts one more user (or gives a revoked one a new token). */
    public void addUser(String userId, String token) {
        if (!Ids.isObjectId(userId) || token == null || token.isBlank()) {
            throw new IllegalArgumentException("userId must be 24 lowercase hex characters and token non-blank");
        }
        state.putUser(userId, token);
    }

    /** Stops both servers and releases hanging calls. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        apiFaults.close();
        s3Faults.close();
        ticker.shutdownNow();
        api.stop(0);
        s3.stop(0);
        apiGuard.close();
        s3Guard.close();
        webhooks.close();
    }

    private static HttpServer createApiServer(SandboxConfig config) throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.apiPort());
        if (config.sslContext() == null) {
            return HttpServer.create(address, 0);
        }
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(config.sslContext()));
        return https;
    }

}
