package io.xraydesk.sandbox;

import java.util.regex.Pattern;

/**
 * One armed fault: calls whose method (null = any) and path match {@code pathGlob} misbehave as
 * {@code kind}, {@code remaining} more times. In the glob, {@code *} matches within one path segment
 * and {@code **} across segments. With {@code afterHandling} the call is first handled for real and
 * only its answer misbehaves — the server did the work, the client cannot know it (the case that
 * tempts a client into a duplicate). {@code retryAfterSeconds} null means no {@code Retry-After}
 * header (a 429 then still gets one second).
 */
final class FaultRule {

    private final String method;
    private final String pathGlob;
    private final Pattern pathPattern;
    final FaultKind kind;
    final Integer retryAfterSeconds;
    final boolean afterHandling;
    private int remaining;

    FaultRule(String method, String pathGlob, FaultKind kind, int count, Integer retryAfterSeconds,
            boolean afterHandling) {
        this.method = method;
        this.pathGlob = pathGlob;
        this.pathPattern = Pattern.compile(globToRegex(pathGlob));
        this.kind = kind;
        this.remaining = count;
        this.retryAfterSeconds = retryAfterSeconds;
        this.afterHandling = afterHandling;
    }

    /** Consumes one use when the call matches; the caller holds the injector's lock. */
    boolean tryConsume(String callMethod, String path) {
        if (remaining <= 0 || (method != null && !method.equalsIgnoreCase(callMethod))
                || !pathPattern.matcher(path).matches()) {
            return false;
        }
        remaining--;
        return true;
    }

    boolean exhausted() {
        return remaining <= 0;
    }

    String describe() {
        return (method == null ? "*" : method) + " " + pathGlob + " " + kind.wire()
                + (afterHandling ? " after handling" : "") + " x" + remaining;
    }

    static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                sb.append(twice ? ".*" : "[^/]*");
                if (twice) {
                    i++;
                }
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
