package io.xraydesk.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the benchmarks sum up repeated measurements: the median, and every value for the record. */
public final class Samples {

    private Samples() {
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The values with two decimals, separated by spaces. */
    public static String listed(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" "));
    }
}
