package io.xraydesk.sandbox;

/**
 * Letter grades as the Bank X-Ray defines them (docs/october-api.md, Reports): benchmark percentile above 90 → A,
 * 70–90 → B, 50–70 → C, 20–50 → D, below 20 → E. The sandbox uses the same scale everywhere.
 */
final class Grades {

    private Grades() {
    }

    static String fromPercentile(double percentile) {
        if (percentile > 90) {
            return "A";
        }
        if (percentile > 70) {
            return "B";
        }
        if (percentile > 50) {
            return "C";
        }
        if (percentile > 20) {
            return "D";
        }
        return "E";
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
