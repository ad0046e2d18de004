package io.xraydesk.api;

import io.xraydesk.api.log.Redactor;

/**
 * One log line per HTTP attempt: method, path (never the query, which may hold signatures), outcome,
 * duration and attempt number. Never headers, never bodies.
 */
final class CallLog {

    private static final System.Logger LOG = System.getLogger("io.xraydesk.api");

    private CallLog() {
    }

    static void answered(String method, String path, int status, long startNanos, int attempt) {
        LOG.log(status < 400 ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                () -> line(method, path, "HTTP " + status, startNanos, attempt));
    }

    static void failed(String method, String path, String outcome, long startNanos, int attempt) {
        LOG.log(System.Logger.Level.WARNING, () -> line(method, path, outcome, startNanos, attempt));
    }

    private static String line(String method, String path, String outcome, long startNanos, int attempt) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return Redactor.redact(method + " " + path + " -> " + outcome + " in " + millis + " ms (attempt " + attempt + ")");
    }
}
