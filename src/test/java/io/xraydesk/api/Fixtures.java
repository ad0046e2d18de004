package io.xraydesk.api;

import io.xraydesk.testing.RecordingSleeper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/** Shared set-up of the client tests: canary credentials, instant retries, a loopback HTTP client. */
final class Fixtures {

    static final String USER_ID = "6413297aad6e59418e7748f9";
    static final String TOKEN = "canary-token-7f3a9c2e51b84d06";
    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private Fixtures() {
    }

    static ApiCredentials credentials(URI base) {
        return ApiCredentials.of(base, USER_ID, TOKEN);
    }

    static ConnectionSettings settings() {
        return ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static HttpClient http() {
        return HttpClientFactory.create(settings());
    }

    /** Jitter pinned to the middle of its range, so delays are exact. */
    static Random halfJitter() {
        return new Random() {
            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
    }

    static RetryPolicy retries(int attempts, RecordingSleeper sleeper) {
        return RetryPolicy.defaults().withMaxAttempts(attempts).withSleeper(sleeper)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withRandom(halfJitter());
    }

    static OctoberClient client(ScriptedServer server, RetryPolicy policy) {
        return new OctoberClient(credentials(server.baseUri()), http(), policy, settings());
    }

    static OctoberClient client(ScriptedServer server) {
        return client(server, RetryPolicy.none());
    }
}
