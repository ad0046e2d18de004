package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading undocumented report data: absent beats wrong, and locale decides how figures look. */
class TolerantReadingTest {

    private static JsonNode json(String text) throws Exception {
        return WireJson.mapper().readTree(text);
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void fieldsOfTheWrongTypeReadAsAbsent() throws Exception {
        JsonNode node = json("{\"n\":\"12.5\",\"bad\":\"twelve\",\"obj\":{},\"nul\":null,\"flag\":\"TRUE\","
                + "\"list\":[{\"a\":1},2,\"x\",null],\"blank\":\"  \"}");
        assertEquals(OptionalDouble.of(12.5), JsonFields.number(node, "n"));
        assertEquals(OptionalDouble.empty(), JsonFields.number(node, "bad"));
        assertEquals(OptionalDouble.empty(), JsonFields.number(node, "obj"));
        assertEquals(Optional.empty(), JsonFields.text(node, "obj"));
        assertEquals(Optional.empty(), JsonFields.text(node, "nul"));
        assertEquals(Optional.empty(), JsonFields.text(node, "blank"));
        assertEquals(Optional.of(true), JsonFields.bool(node, "flag"));
        assertEquals(1, JsonFields.objects(node, "list").size());
        assertEquals(List.of("2", "x"), JsonFields.texts(node, "list"));
        assertTrue(JsonFields.object(node, "n").isMissingNode());
        assertEquals(Optional.empty(), JsonFields.text(json("[1]"), "n"), "an array has no fields");
    }

    @Test
    void figuresFollowTheLocaleAndKeepOddDatesVerbatim() {
        Figures en = new Figures(Locale.ENGLISH);
        Figures fr = new Figures(Locale.FRENCH);
        assertEquals("12,345.60", en.amount(12_345.6));
        assertEquals("12\u202F345,60", fr.amount(12_345.6));
        assertEquals("3.45%", en.percentOfFraction(0.0345, 2));
        assertEquals("3,45\u00A0%", fr.percentOfFraction(0.0345, 2));
        assertEquals("Jun 30, 2024", en.date("2024-06-30"));
        assertEquals("30 juin 2024", fr.date("2024-06-30T10:00:00Z"));
        assertEquals("end of June", en.date("end of June"));
        assertEquals(Figures.DASH, en.date(null));
        assertEquals("juin 2024", fr.month("2024-06"));
        assertEquals(Figures.DASH, en.percentOfHundred(OptionalDouble.empty()));
    }

    @Test
    void aKnownSourceWithAnUnknownShapeIsReadGenerically() throws Exception {
        assertEquals(Optional.of(Source.BANK),
                ReportContents.recognisedSource(ReportFixtures.report("BANK", null, "{\"dataSanity\":80}")));
        assertEquals(Optional.empty(),
                ReportContents.recognisedSource(ReportFixtures.report("bank", null, "{\"summary\":\"v2\"}")));
        assertEquals(Optional.empty(),
                ReportContents.recognisedSource(ReportFixtures.report("doc", null, "[]")));
        ReportContent content = ReportContents.of(ReportFixtures.report("bank", null, "{\"summary\":\"v2\"}"),
                new Figures(Locale.ENGLISH));
        assertEquals(List.of(List.of("summary", "v2")), content.tables().get(0).rows().stream()
                .map(ReportTable.Row::values).toList());
    }

    @Test
    void bankBelowSeventyPercentSanityIsNotRatedAndFinancialDirectionsBecomeBars() throws Exception {
        Figures en = new Figures(Locale.ENGLISH);
        ReportContent bank = ReportContents.of(ReportFixtures.report("bank", null, "{\"dataSanity\":64}"), en);
        assertEquals("not rated", bank.gradeNote());
        assertEquals(new Fact("Data sanity", "64%", Emphasis.BAD).quoting("/data/dataSanity"), bank.facts().get(0));

        ReportContent financial = ReportContents.of(ReportFixtures.report("financial", "B",
                "{\"probabilityOfDefault\":0.0123,\"variables\":[{\"name\":\"Net margin\",\"impact\":\"up\","
                        + "\"weight\":0.3},{\"name\":\"Debt\",\"impact\":\"down\",\"weight\":0.2},"
                        + "{\"name\":\"Odd\",\"impact\":\"sideways\"}]}"), en);
        assertEquals("1.23%", financial.facts().get(0).value());
        Chart.Diverging chart = (Chart.Diverging) financial.charts().get(0);
        assertEquals(List.of(new Chart.Diverging.Bar("Net margin", 0.3), new Chart.Diverging.Bar("Debt", -0.2)),
                chart.bars());
        assertEquals(3, financial.tables().get(0).rows().size(), "the odd variable stays in the table");
    }
}
