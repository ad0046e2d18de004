package io.xraydesk.api;

import io.xraydesk.api.log.ExchangeTrace;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Hands the exchanges of {@link OctoberClient} and {@link S3Uploader} to the diagnostic trace, when it records. */
final class TracedCalls {

    private TracedCalls() {
    }

    /** {@code response}'s body is what was read of it, never more than its kind's limit (see {@link AnswerLimits}). */
    static void answered(HttpRequest request, String requestBody, HttpResponse<byte[]> response, long startNanos,
            int attempt) {
        if (ExchangeTrace.isRecording()) {
            ExchangeTrace.record(new ExchangeTrace.Exchange(request.method(), request.uri().toString(), attempt,
                    request.headers().map(), requestBody, response.statusCode(), null, response.headers().map(),
                    new String(response.body(), StandardCharsets.UTF_8), millisSince(startNanos)));
        }
    }

    static void failed(HttpRequest request, String requestBody, String outcome, long startNanos, int attempt) {
        if (ExchangeTrace.isRecording()) {
            ExchangeTrace.record(new ExchangeTrace.Exchange(request.method(), request.uri().toString(), attempt,
                    request.headers().map(), requestBody, 0, outcome, Map.of(), null, millisSince(startNanos)));
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
