package io.xraydesk.sandbox;

import io.xraydesk.serving.ServingLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of one sandbox instance, built with {@link #builder()}. Every default is the documented
 * demo setup (docs/sandbox.md); tests and benchmarks override what they need.
 */
public final class SandboxConfig {

    /** The user id of the examples in October's documentation (docs/october-api.md, Environments and versions). */
    public static final String DEMO_USER_ID = "6413297aad6e59418e7748f9";
    /** Fixed so that the demo can be typed from the docs; it protects nothing real. */
    public static final String DEMO_TOKEN = "sandbox-demo-token-6413297a";
    /** The Partner business every sandbox user belongs to. */
    public static final String DEMO_BUSINESS_ID = "6413297aad6e59418e7748fa";
    /** 20 MB read as 20 × 1024 × 1024 bytes (docs/october-api.md, Media and uploads, inferred). */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final String host;
    private final int apiPort;
    private final int s3Port;
    private final double speed;
    private final List<SandboxUser> users;
    private final long maxUploadBytes;
    private final long s3BytesPerSecond;
    private final Duration uploadPolicyTtl;
    private final UploadMode uploadMode;
    private final SSLContext sslContext;
    private final int webhookAttempts;
    private final Duration webhookInitialBackoff;
    private final int bankTransactionsPerReport;
    private final boolean recordS3Requests;
    private final ServingLimits servingLimits;

    private SandboxConfig(Builder b) {
        this.host = b.host;
        this.apiPort = b.apiPort;
        this.s3Port = b.s3Port;
        this.speed = b.speed;
        this.users = b.users.isEmpty()
                ? List.of(new SandboxUser(DEMO_USER_ID, DEMO_TOKEN, DEMO_BUSINESS_ID))
                : List.copyOf(b.users);
        this.maxUploadBytes = b.maxUploadBytes;
        this.s3BytesPerSecond = b.s3BytesPerSecond;
        this.uploadPolicyTtl = b.uploadPolicyTtl;
        this.uploadMode = b.uploadMode;
        this.sslContext = b.sslContext;
        this.webhookAttempts = b.webhookAttempts;
        this.webhookInitialBackoff = b.webhookInitialBackoff;
        this.bankTransactionsPerReport = b.bankTransactionsPerReport;
        this.recordS3Requests = b.recordS3Requests;
        this.servingLimits = b.servingLimits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The demo setup: free ports, realistic speed, the demo user. */
    public static SandboxConfig defaults() {
        return builder().build();
    }

    public String host() {
        return host;
    }

    public int apiPort() {
        return apiPort;
    }

    public int s3Port() {
        return s3Port;
    }

    public double speed() {
        return speed;
    }

    /** The first user is the demo user. */
    public List<SandboxUser> users() {
        return users;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** How fast the storage takes uploads in, all at once; 0 for no limit. */
    public long s3BytesPerSecond() {
        return s3BytesPerSecond;
    }

    public Duration uploadPolicyTtl() {
        return uploadPolicyTtl;
    }

    public UploadMode uploadMode() {
        return uploadMode;
    }

    /** Null for plain HTTP. */
    public SSLContext sslContext() {
        return sslContext;
    }

    public int webhookAttempts() {
        return webhookAttempts;
    }

    public Duration webhookInitialBackoff() {
        return webhookInitialBackoff;
    }

    public int bankTransactionsPerReport() {
        return bankTransactionsPerReport;
    }

    /** What each of the two servers gives one connection (see {@link ServingLimits}). */
    public ServingLimits servingLimits() {
        return servingLimits;
    }

    public boolean recordS3Requests() {
        return recordS3Requests;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int apiPort;
        private int s3Port;
        private double speed = 1.0;
        private final List<SandboxUser> users = new ArrayList<>();
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private long s3BytesPerSecond;
        private Duration uploadPolicyTtl = Duration.ofMinutes(15);
        private UploadMode uploadMode = UploadMode.POST_FORM;
        private SSLContext sslContext;
        private int webhookAttempts = 3;
        private Duration webhookInitialBackoff = Duration.ofSeconds(1);
        private int bankTransactionsPerReport = 120;
        private boolean recordS3Requests;
        /** Hanging faults hold a thread each; a large upload on a slow link is idle for seconds at most. */
        private ServingLimits servingLimits = new ServingLimits(64, Duration.ofSeconds(10), Duration.ofSeconds(30));

        private Builder() {
        }

        /** Loopback only: the sandbox holds demo credentials and must not face a network. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** 0 picks a free port. */
        public Builder apiPort(int port) {
            this.apiPort = port;
            return this;
        }

        /** 0 picks a free port. */
        public Builder s3Port(int port) {
            this.s3Port = port;
            return this;
        }

        /** 1.0 = realistic timings; 60 = a sandbox minute passes in a real second. */
        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        /** Adds a user; when none is added, the demo user is the only one. */
        public Builder user(String userId, String token) {
            users.add(new SandboxUser(userId, token, DEMO_BUSINESS_ID));
            return this;
        }

        public Builder maxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        /** Paces the storage like an uplink of this many bytes per second, shared by all uploads; 0: none. */
        public Builder s3BytesPerSecond(long bytesPerSecond) {
            this.s3BytesPerSecond = bytesPerSecond;
            return this;
        }

        public Builder uploadPolicyTtl(Duration ttl) {
            this.uploadPolicyTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        public Builder uploadMode(UploadMode mode) {
            this.uploadMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Serves the API over HTTPS with this context (the S3 endpoint stays plain HTTP). */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Attempts per delivery (first try included) and the back-off before the second try. */
        public Builder webhookRetries(int attempts, Duration initialBackoff) {
            this.webhookAttempts = attempts;
            this.webhookInitialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder bankTransactionsPerReport(int count) {
            this.bankTransactionsPerReport = count;
            return this;
        }

        /** Keeps every S3 call (headers and body) for {@link SandboxServer#s3Requests()}; memory grows with uploads. */
        public Builder recordS3Requests(boolean record) {
            this.recordS3Requests = record;
            return this;
        }

        public Builder servingLimits(ServingLimits limits) {
            this.servingLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public SandboxConfig build() {
            require(apiPort >= 0 && apiPort <= 65535, "apiPort must be 0..65535");
            require(s3Port >= 0 && s3Port <= 65535, "s3Port must be 0..65535");
            require(speed > 0 && Double.isFinite(speed), "speed must be a positive number");
            require(maxUploadBytes > 0, "maxUploadBytes must be positive");
            require(s3BytesPerSecond >= 0, "s3BytesPerSecond must be 0 (no limit) or positive");
            require(!uploadPolicyTtl.isNegative() && !uploadPolicyTtl.isZero(), "uploadPolicyTtl must be positive");
            require(webhookAttempts >= 1, "webhook attempts must be at least 1");
            require(bankTransactionsPerReport >= 0, "bankTransactionsPerReport must not be negative");
            for (SandboxUser u : users) {
                require(Ids.isObjectId(u.userId()), "user id must be 24 lowercase hex characters");
                require(u.token() != null && !u.token().isBlank(), "token must not be blank");
            }
            return new SandboxConfig(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
