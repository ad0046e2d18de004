package io.xraydesk.bench.fx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names a stall of the JavaFX thread from the stacks sampled while it lasted: the stack seen most
 * often, shortened to what says who is at fault — its top frames (what the thread was doing) down to
 * the first frame of the application (who asked for it).
 */
final class StallName {

    private static final String APPLICATION = "io.xraydesk.";
    /** Frames kept from the top when no application frame is in the stack. */
    private static final int TOP_FRAMES = 6;
    /** Frames kept at most: the top ones and the three down to the application's. */
    private static final int KEPT_FRAMES = 12;

    private StallName() {
    }

    static String of(List<StackTraceElement[]> samples) {
        if (samples.isEmpty()) {
            return "(not sampled: the stall ended before the first late sample)";
        }
        Map<String, Long> counts = samples.stream().map(StallName::shortened)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map.Entry<String, Long> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return most.getValue() + "/" + samples.size() + " samples in: " + most.getKey();
    }

    /** The frames from the top down to the first application frame, at most a few when there is none. */
    private static String shortened(StackTraceElement[] stack) {
        int end = Math.min(stack.length, TOP_FRAMES);
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith(APPLICATION)) {
                end = i + 1;
                break;
            }
        }
        List<StackTraceElement> kept = Arrays.asList(stack).subList(0, end);
        if (kept.size() > KEPT_FRAMES) {
            // The top frames say what the thread waits in, the last ones who asked: the middle is plumbing.
            List<StackTraceElement> ends = new ArrayList<>(kept.subList(0, KEPT_FRAMES - 3));
            ends.addAll(kept.subList(kept.size() - 3, kept.size()));
            kept = ends;
        }
        return kept.stream().map(StackTraceElement::toString).collect(Collectors.joining(" <- "));
    }
}
