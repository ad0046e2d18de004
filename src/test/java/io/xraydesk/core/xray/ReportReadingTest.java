package io.xraydesk.core.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportFixtures;
import io.xraydesk.testing.MessagesLocale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Report shapes the sandbox never produces but docs/xray-states.md reads: failures said in other
 * ways, numbers as text, a grade inside the data, reports with nothing to go by; and the trend rule on
 * reports of different statements.
 */
class ReportReadingTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @Test
    void aFailureSaidAsTextOrAsAStatusWinsOverAGrade() {
        ReportVerdict text = ReportReading.verdict(ReportFixtures.report("bank", "B", "{\"error\":\"OCR failed\"}"));
        assertEquals(new ReportVerdict(XRayStatus.FAILED, null, null, "OCR failed"), text);
        ReportVerdict status = ReportReading.verdict(ReportFixtures.report("financial", null,
                "{\"status\":\"FAILED\",\"reason\":\"no statement readable\"}"));
        assertEquals("no statement readable", status.reason());
        assertEquals(XRayStatus.FAILED, ReportReading.verdict(ReportFixtures.report("doc", null,
                "{\"error\":{\"code\":\"x\"}}")).status());
    }

    @Test
    void numbersAsTextAndAGradeInsideTheData() {
        ReportVerdict bank = ReportReading.verdict(ReportFixtures.report("bank", null, "{\"dataSanity\":\"64.6\"}"));
        assertEquals("data sanity 65 % (below 70 %)", bank.reason());
        ReportVerdict financial = ReportReading.verdict(ReportFixtures.report("financial", null,
                "{\"grade\":\"C\",\"probabilityOfDefault\":\"0.034\"}"));
        assertEquals(new ReportVerdict(XRayStatus.READY, "C", 0.034, null), financial);
    }

    @Test
    void aReportWithNothingToGoByIsNotRatedForWantOfAGrade() {
        for (String source : List.of("bank", "financial", "esg", "doc")) {
            ReportVerdict verdict = ReportReading.verdict(ReportFixtures.report(source, null, "{}"));
            assertEquals(XRayStatus.NOT_RATED, verdict.status(), source);
            assertEquals("the report gives no grade", verdict.reason(), source);
        }
        ReportVerdict manager = ReportReading.verdict(ReportFixtures.report("manager", null, "[1,2]"));
        assertEquals(XRayStatus.READY, manager.status(), "the Manager X-Ray has no grade to miss");
        assertNull(manager.grade());
    }

    @Test
    void noTrendAcrossBankStatementsOfDifferentPeriods() {
        Report march = ReportFixtures.report("bank", "B", "{\"period\":{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\"}}");
        Report april = ReportFixtures.report("bank", "D", "{\"period\":{\"from\":\"2024-04-01\",\"to\":\"2024-04-30\"}}");
        Report aprilAgain = ReportFixtures.report("bank", "C",
                "{\"period\":{\"from\":\"2024-04-01\",\"to\":\"2024-04-30\"}}");
        assertEquals(List.of(), List.copyOf(ReportCoverage.trends(List.of(march, april)).keySet()));
        assertEquals(List.of("D", "C"), ReportCoverage.trends(List.of(march, april, aprilAgain)).values().iterator()
                .next());
    }
}
