package io.xraydesk.core.analystnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.MessagesLocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A quotation of a table's value reads in words, and stays what was read whatever later reports say. */
class QuotationTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private static final String VARIABLES = """
            {"probabilityOfDefault": 0.024, "variables": [
              {"name": "Equity ratio", "value": 31.5, "impact": "up", "weight": 0.3},
              {"name": "Current ratio", "value": 1.42, "impact": "down", "weight": 0.2}]}""";

    @Test
    void aRatioIsNamedAsItsRowNamesIt() {
        Quotation ratio = Quotation.of(financial("65f0c0ffee0123456789abcd", "2024-03-31", VARIABLES),
                "/data/variables/1/value");

        assertEquals("\"1.42\" (Financial X-Ray, Current ratio, report of Mar 31, 2024)", ratio.label());
        Messages.setLocale(Locale.FRENCH);
        assertEquals("« 1,42 » (X-Ray Financier, Current ratio, rapport du 31 mars 2024)", ratio.label());
        assertEquals("1.42", ratio.value(), "the value is kept as the report holds it");
    }

    @Test
    void aProbabilityOfDefaultReadsAsTheSummaryShowsItInTheReadersLanguage() {
        Quotation pd = Quotation.of(financial("65f0c0ffee0123456789abcd", "2024-03-31", VARIABLES),
                "/data/probabilityOfDefault");

        assertEquals("0.024", pd.value());
        assertEquals("\"2.40%\" (Financial X-Ray, Probability of default, report of Mar 31, 2024)", pd.label(),
                "named as the report's key figure names it");
        Messages.setLocale(Locale.FRENCH);
        assertEquals("2,40\u00a0%", pd.shownValue());
        assertEquals("Probabilité de défaut", Quotation.of(financial("65f0c0ffee0123456789abcd", "2024-03-31",
                VARIABLES), "/data/probabilityOfDefault").name());
        assertTrue(pd.toMarkup().contains("&value=0.024&"), pd.toMarkup());
    }

    @Test
    void aDocAlertIsNamedWithItsSeverityInTheAnalystsLanguage() {
        Messages.setLocale(Locale.FRENCH);
        Report doc = report("doc", "65f0c0ffee0123456789abce", "2024-03-31", """
                {"checks": [{"name": "Inconsistent font", "passed": false}],
                 "alerts": [{"name": "Inconsistent font", "severity": "critical", "page": 2}]}""");

        assertEquals("alerte : critique", Quotation.of(doc, "/data/alerts/0/name").name());
        assertEquals("contrôle : alerte levée", Quotation.of(doc, "/data/checks/0/name").name());
        assertEquals("page", Quotation.of(doc, "/data/alerts/0/page").name(), "no row stands for the page alone");
    }

    @Test
    void theNameIsReadBackFromTheNoteAndAnOlderQuotationIsNamedAfterItsPath() {
        Quotation ratio = Quotation.of(financial("65f0c0ffee0123456789abcd", "2024-03-31", VARIABLES),
                "/data/variables/0/value");
        NoteDocument note = NoteMarkup.parse("Solid: " + ratio.toMarkup());
        assertEquals(ratio, quoteIn(note).quotation());

        String before = "[\"B\" (Bank X-Ray, score, report of Mar 31, 2024)](xray:bank/r1?date=2024-03-31&path=%2Fscore&value=B)";
        assertEquals(new Quotation("bank", "r1", LocalDate.of(2024, 3, 31), "/score", "B", "score"),
                quoteIn(NoteMarkup.parse(before)).quotation());
    }

    @Test
    void aQuotationWrittenBeforeValuesWereShownAsOnScreenReadsAsTheScreenShowsIt() {
        // As the French window wrote a quoted ratio and probability of default before: raw values in the label.
        String before = "[« 43.31 » (X-Ray Financier, Current ratio, rapport du 31 mars 2024)]"
                + "(xray:financial/r1?date=2024-03-31&path=%2Fdata%2Fvariables%2F2%2Fvalue&value=43.31&name=Current+ratio)"
                + " [« 0.024 » (X-Ray Financier, probabilityOfDefault, rapport du 31 mars 2024)]"
                + "(xray:financial/r1?date=2024-03-31&path=%2Fdata%2FprobabilityOfDefault&value=0.024)";

        Messages.setLocale(Locale.FRENCH);
        assertEquals("« 43,31 » (X-Ray Financier, Current ratio, rapport du 31 mars 2024) "
                + "« 2,40\u00a0% » (X-Ray Financier, probabilityOfDefault, rapport du 31 mars 2024)",
                NoteMarkup.parse(before).plainText());
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("\"43.31\" (Financial X-Ray, Current ratio, report of Mar 31, 2024) "
                + "\"2.40%\" (Financial X-Ray, probabilityOfDefault, report of Mar 31, 2024)",
                NoteMarkup.parse(before).plainText(), "read in the reader's language");
    }

    @Test
    void aQuotationIsWhatWasReadNotALinkToTheReport() {
        Quotation ratio = Quotation.of(financial("65f0c0ffee0123456789abcd", "2024-03-31", VARIABLES),
                "/data/variables/1/value");
        String note = "Liquidity is tight: " + ratio.toMarkup();
        Report newer = financial("65f0c0ffee0123456789abcf", "2024-09-30", """
                {"probabilityOfDefault": 0.03, "variables": [{"name": "Net margin", "value": 4.1}]}""");

        assertThrows(IllegalArgumentException.class, () -> Quotation.of(newer, ratio.path()),
                "the newer report has no second variable");
        assertEquals("Liquidity is tight: \"1.42\" (Financial X-Ray, Current ratio, report of Mar 31, 2024)",
                NoteMarkup.parse(note).plainText(), "the note keeps the value it read");
        assertEquals(ratio, quoteIn(NoteMarkup.parse(note)).quotation());
    }

    private static NoteDocument.Quote quoteIn(NoteDocument note) {
        return ((NoteDocument.Paragraph) note.blocks().get(0)).inlines().stream()
                .filter(NoteDocument.Quote.class::isInstance).map(NoteDocument.Quote.class::cast).findFirst()
                .orElseThrow();
    }

    private static Report financial(String id, String date, String data) {
        return report("financial", id, date, data);
    }

    private static Report report(String source, String id, String date, String data) {
        try {
            return new Report(id, "65f0c0ffee0123456789ab00", source, OffsetDateTime.parse(date + "T10:00:00Z"),
                    null, WireJson.mapper().readTree(data));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(data, e);
        }
    }
}
