package io.xraydesk.core.watch;

import java.time.Duration;
import java.util.Random;

/**
 * Spreads delays so that requests watched together do not poll in lockstep: each delay is drawn in
 * {@code interval × [1 − amount, 1 + amount]}.
 */
record Jitter(Random random, double amount) {

    Duration apply(Duration interval) {
        return scaled(interval, 1 + amount * (2 * random.nextDouble() - 1));
    }

    /** A random point within {@code span}, to spread first polls over one interval. */
    Duration within(Duration span) {
        return scaled(span, random.nextDouble());
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis(Math.max(0, Math.round(duration.toMillis() * factor)));
    }
}
