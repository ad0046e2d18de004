package io.xraydesk.core.export;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import java.time.OffsetDateTime;

/** Hand-made reports for the shapes the sandbox never produces (unknown sources, broken data). */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public static Report report(String source, String score, String dataJson) {
        try {
            return new Report("65a0c0ffee00000000000001", "65a0c0ffee00000000000002", source,
                    OffsetDateTime.parse("2024-07-01T09:30:00Z"), score, WireJson.mapper().readTree(dataJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(dataJson, e);
        }
    }
}
