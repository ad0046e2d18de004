package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code /_sandbox/faults} and applies the armed faults to the other calls of its server
 * (each server — API and S3 — has its own). Error statuses are written in the server's own dialect
 * (October JSON or S3 XML) through {@link ErrorWriter}.
 */
final class FaultInjector {

    /** Writes an error answer the way the server normally does. */
    interface ErrorWriter {
        void write(HttpExchange ex, int status, String code, String message) throws IOException;
    }

    /** How long a hanging call is held at most, so a forgotten fault cannot pin a thread forever. */
    private static final long HANG_LIMIT_MINUTES = 10;

    private final List<FaultRule> rules = new ArrayList<>();
    private final ErrorWriter errors;
    private final Counters counters;
    private final CountDownLatch closing = new CountDownLatch(1);

    FaultInjector(ErrorWriter errors, Counters counters) {
        this.errors = errors;
        this.counters = counters;
    }

    /** Wraps a handler: faults first, then the real behaviour. Control calls are never faulted. */
    HttpHandler wrap(HttpHandler delegate) {
        return ex -> {
            String path = ex.getRequestURI().getPath();
            Optional<FaultRule> fault = path.startsWith(ControlEndpoint.PREFIX) ? Optional.empty()
                    : consume(ex.getRequestMethod(), path);
            if (fault.isPresent()) {
                counters.increment(Counters.FAULTS_INJECTED);
                byte[] realAnswer = fault.get().afterHandling ? handleFirst(delegate, ex) : null;
                misbehave(ex, fault.get(), realAnswer);
            } else {
                delegate.handle(ex);
            }
        };
    }

    /** {@code POST /_sandbox/faults} (arm) and {@code DELETE /_sandbox/faults} (clear all). */
    void handleControl(HttpExchange ex) throws IOException {
        switch (ex.getRequestMethod()) {
            case "POST" -> {
                FaultRule rule = parse(Exchanges.readJson(ex));
                synchronized (this) {
                    rules.add(rule);
                }
                Exchanges.sendJson(ex, 200, java.util.Map.of("armed", rule.describe()));
            }
            case "DELETE" -> {
                synchronized (this) {
                    rules.clear();
                }
                Exchanges.sendEmpty(ex, 204);
            }
            default -> throw new ApiError(405, "method_not_allowed", "Use POST or DELETE on /_sandbox/faults");
        }
    }

    void close() {
        closing.countDown();
    }

    /**
     * Runs the real handler with its answer kept back and returns the answer's body. An error the
     * handler throws is its answer too: the fault replaces it all the same.
     */
    private static byte[] handleFirst(HttpHandler delegate, HttpExchange ex) {
        FaultDeferredExchange deferred = new FaultDeferredExchange(ex);
        try {
            delegate.handle(deferred);
        } catch (IOException | RuntimeException refused) {
            // the call was handled (and refused); the spoiled answer is what the client gets
        }
        return deferred.capturedBody();
    }

    private synchronized Optional<FaultRule> consume(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.tryConsume(method, path)) {
                rules.removeIf(FaultRule::exhausted);
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static FaultRule parse(JsonNode body) {
        String kindText = body.path("kind").asText(null);
        FaultKind kind = FaultKind.fromWire(kindText).orElseThrow(() -> ApiError.badRequest("invalid_fault",
                "Unknown fault kind \"" + kindText + "\"", "kind"));
        String path = body.path("path").asText("/**");
        if (!path.startsWith("/")) {
            throw ApiError.badRequest("invalid_fault", "path must start with /", "path");
        }
        int count = body.path("count").asInt(1);
        if (count < 1) {
            throw ApiError.badRequest("invalid_fault", "count must be at least 1", "count");
        }
        String method = body.hasNonNull("method") ? body.get("method").asText() : null;
        Integer retryAfter = body.hasNonNull("retryAfterSeconds") ? body.get("retryAfterSeconds").asInt() : null;
        return new FaultRule(method, path, kind, count, retryAfter, body.path("after").asBoolean(false));
    }

    /** @param realAnswer the body the real handler produced when the fault comes after handling, else null */
    private void misbehave(HttpExchange ex, FaultRule rule, byte[] realAnswer) throws IOException {
        if (rule.kind == FaultKind.RESET_MID_BODY) {
            readHalfOfBody(ex);
            ex.close(); // no answer started: the connection itself is closed, unread bytes and all
            return;
        }
        Exchanges.drain(ex);
        switch (rule.kind) {
            case STATUS500 -> errors.write(ex, 500, "internal_error", "Injected fault: internal error");
            case STATUS502 -> errors.write(ex, 502, "bad_gateway", "Injected fault: bad gateway");
            case STATUS503 -> {
                if (rule.retryAfterSeconds != null) {
                    ex.getResponseHeaders().set("Retry-After", String.valueOf(rule.retryAfterSeconds));
                }
                errors.write(ex, 503, "service_unavailable", "Injected fault: service unavailable");
            }
            case STATUS429 -> {
                ex.getResponseHeaders().set("Retry-After",
                        String.valueOf(rule.retryAfterSeconds == null ? 1 : rule.retryAfterSeconds));
                errors.write(ex, 429, "rate_limited", "Injected fault: too many requests");
            }
            case UNAUTHORIZED -> errors.write(ex, 401, "unauthorized", "Injected fault: credentials refused");
            case HANG -> {
                try {
                    closing.await(HANG_LIMIT_MINUTES, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
            }
            case RESET -> throw new ConnectionAbort(); // no answer at all
            case TRUNCATED -> {
                byte[] body = realAnswer != null && realAnswer.length > 1 ? realAnswer
                        : "{\"request\":{\"id\":\"000000000000000000000000\",\"status\":\"pending_analysis\"}}"
                                .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                dropConnection(ex); // fewer bytes than announced, then the connection drops
            }
            case MALFORMED -> Exchanges.send(ex, 200, "application/json",
                    "{\"request\": {\"id\": \"6413".getBytes(StandardCharsets.UTF_8));
            case UNEXPECTED_SHAPE -> Exchanges.send(ex, 200, "application/json",
                    "{\"unexpected\":[1,2,3],\"shape\":true}".getBytes(StandardCharsets.UTF_8));
            case RESET_MID_BODY -> throw new IllegalStateException("handled before the switch");
        }
    }

    /**
     * Closes the connection in the middle of an answer. Closing the short body stream is not enough:
     * the JDK server then marks the exchange closed but keeps the connection open, and the client
     * waits for the missing bytes forever. An exchange whose output fails to close is dropped instead.
     */
    private static void dropConnection(HttpExchange ex) {
        ex.setStreams(null, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection dropped by an injected fault");
            }

            @Override
            public void close() throws IOException {
                throw new IOException("connection dropped by an injected fault");
            }
        });
        ex.close();
    }

    /** Reads half of the declared request body (none when no length is declared). */
    private static void readHalfOfBody(HttpExchange ex) {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        long half;
        try {
            half = declared == null ? 0 : Long.parseLong(declared.trim()) / 2;
        } catch (NumberFormatException unreadable) {
            half = 0;
        }
        try {
            ex.getRequestBody().readNBytes((int) Math.min(half, Integer.MAX_VALUE));
        } catch (IOException clientGone) {
            // the client went away first; the connection is closed all the same
        }
    }
}
