package io.xraydesk.reliability;

import io.xraydesk.api.OctoberException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Compares what one fault-matrix cell did with the outcome written down for it. */
final class CellCheck {

    private CellCheck() {
    }

    /** Null when {@code failure}/{@code attempts} match {@code expected} and the error is clear, else why not. */
    static String outcome(String expected, Map<String, Class<? extends OctoberException>> errors,
            RuntimeException failure, int attempts, SandboxWorld world) {
        if (expected.startsWith("R")) {
            int wanted = Integer.parseInt(expected.substring(1));
            if (failure != null) {
                return "expected recovery at attempt " + wanted + ", got " + failure;
            }
            return attempts == wanted ? null : "recovered at attempt " + attempts + ", expected " + wanted;
        }
        Class<? extends OctoberException> type = errors.get(expected);
        if (type == null) {
            throw new IllegalArgumentException("unknown outcome in the table: " + expected);
        }
        if (failure == null) {
            return "expected " + type.getSimpleName() + ", the call succeeded at attempt " + attempts;
        }
        if (!type.isInstance(failure)) {
            return "expected " + type.getSimpleName() + ", got " + failure;
        }
        if (attempts != 1) {
            return "a " + expected + " failure must not be retried, was tried " + attempts + " times";
        }
        return ClearMessages.problemOf(failure.getMessage(), List.of(world.sandbox.demoUser().token(),
                world.sandbox.demoUser().userId()));
    }

    static String waitedAtLeast(List<Duration> sleeps, Duration retryAfter) {
        return sleeps.stream().allMatch(s -> s.compareTo(retryAfter) >= 0) ? null
                : "retried before the server's Retry-After (" + retryAfter + "): " + sleeps;
    }
}
