package io.xraydesk.sandbox;

import io.xraydesk.api.model.Source;
import java.time.Duration;

/**
 * How long after its trigger each X-Ray reports, in sandbox time. The docs only say results come
 * "within a few minutes" (docs/october-api.md, Processing and polling); these delays are the sandbox's choice, all
 * under three minutes at speed 1.0, staggered so a demo shows reports arriving one by one.
 */
final class AnalysisTimings {

    private AnalysisTimings() {
    }

    static Duration delayOf(Source source) {
        return switch (source) {
            case DOC -> Duration.ofSeconds(60);
            case ESG -> Duration.ofSeconds(90);
            case MANAGER -> Duration.ofSeconds(120);
            case BANK -> Duration.ofSeconds(150);
            case FINANCIAL -> Duration.ofSeconds(180);
        };
    }
}
