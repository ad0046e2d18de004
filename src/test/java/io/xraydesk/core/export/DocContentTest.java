package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocContentTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFailedCheckTakesTheColourOfItsAlertsWorstSeverity() {
        ReportContent content = ReportContents.of(ReportFixtures.report("doc", null, """
                {"flag": "warning", "checksRun": 4,
                 "checks": [{"name": "Edited text", "passed": true},
                            {"name": "Inconsistent font", "passed": false},
                            {"name": "Hidden layers", "passed": false},
                            {"name": "Page structure", "passed": false}],
                 "alerts": [{"name": "Inconsistent font", "severity": "warning", "page": 2},
                            {"name": "Hidden layers", "severity": "warning", "page": 1},
                            {"name": "Hidden layers", "severity": "critical", "page": 3}]}"""),
                new Figures(Locale.ENGLISH));
        List<Row> checks = content.tables().get(0).rows();
        assertEquals(List.of(Emphasis.GOOD, Emphasis.WARNING, Emphasis.BAD, Emphasis.BAD),
                checks.stream().map(Row::emphasis).toList(), "a failed check without an alert stays red");
        assertEquals(List.of(Emphasis.WARNING, Emphasis.WARNING, Emphasis.BAD),
                content.tables().get(1).rows().stream().map(Row::emphasis).toList());
    }
}
