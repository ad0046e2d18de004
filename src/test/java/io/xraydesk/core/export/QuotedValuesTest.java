package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A quoted value reads as its screen shows it, in the reader's language: each kind of value the
 * screens format, in English and in French, and the values they show as the report holds them.
 */
class QuotedValuesTest {

    private static final Figures ENGLISH = new Figures(Locale.ENGLISH);
    private static final Figures FRENCH = new Figures(Locale.FRENCH);

    @Test
    void aProbabilityOfDefaultIsAPercentageWithTwoDecimalsAsTheSummaryShowsIt() {
        assertEquals("2.40%", shown(ENGLISH, "financial", "/data/probabilityOfDefault", "0.024"));
        assertEquals("2,40\u00a0%", shown(FRENCH, "financial", "/data/probabilityOfDefault", "0.024"));
    }

    @Test
    void aRatioIsANumberWithAtMostTwoDecimalsAsTheVariablesTableShowsIt() {
        assertEquals("43.31", shown(ENGLISH, "financial", "/data/variables/3/value", "43.31"));
        assertEquals("43,31", shown(FRENCH, "financial", "/data/variables/3/value", "43.31"));
        assertEquals("1\u202f250,5", shown(FRENCH, "financial", "/data/variables/0/value", "1250.5"));
        assertEquals("0.33", shown(ENGLISH, "financial", "/data/variables/12/value", "0.3333"));
    }

    @Test
    void weightsAndDataSanityAreWholePercentages() {
        assertEquals("30%", shown(ENGLISH, "financial", "/data/variables/0/weight", "0.3"));
        assertEquals("25\u00a0%", shown(FRENCH, "bank", "/data/indicators/1/weight", "0.25"));
        assertEquals("82%", shown(ENGLISH, "bank", "/data/dataSanity", "82"));
        assertEquals("82\u00a0%", shown(FRENCH, "bank", "/data/dataSanity", "82"));
    }

    @Test
    void amountsHaveTwoDecimalsAndGroupedThousands() {
        assertEquals("-12,345.60", shown(ENGLISH, "bank", "/data/transactions/7/amount", "-12345.6"));
        assertEquals("-12\u202f345,60", shown(FRENCH, "bank", "/data/transactions/7/amount", "-12345.6"));
        assertEquals("1,500.00", shown(ENGLISH, "bank", "/data/topCounterparties/byAmount/0/amount", "1500"));
        assertEquals("14", shown(FRENCH, "bank", "/data/topCounterparties/byCount/2/count", "14.0"));
    }

    @Test
    void datesReadAsADayWithTheMonthInLetters() {
        assertEquals("Mar 31, 2024", shown(ENGLISH, "bank", "/data/transactions/0/date", "2024-03-31"));
        assertEquals("31 mars 2024", shown(FRENCH, "bank", "/data/transactions/0/date", "2024-03-31"));
        assertEquals("1 janv. 2024", shown(FRENCH, "bank", "/data/period/from", "2024-01-01"));
        assertEquals("end of March", shown(FRENCH, "bank", "/data/period/to", "end of March"),
                "a date that is not ISO reads as written");
    }

    @Test
    void anEsgScoreIsAWholeNumber() {
        assertEquals("67", shown(ENGLISH, "esg", "/data/criteria/4/score", "67.0"));
        assertEquals("1\u202f000", shown(FRENCH, "esg", "/data/criteria/4/score", "1000"));
    }

    @Test
    void gradesNamesAndOtherValuesReadAsTheReportHoldsThem() {
        assertEquals("B", shown(FRENCH, "bank", "/score", "B"));
        assertEquals("C", shown(FRENCH, "bank", "/data/indicators/0/grade", "C"));
        assertEquals("Inconsistent font", shown(FRENCH, "doc", "/data/alerts/0/name", "Inconsistent font"));
        assertEquals("514673987", shown(FRENCH, "doc", "/data/alerts/0/code", "514673987"),
                "a number at a place no screen formats stays as held");
        assertEquals("0.024", shown(FRENCH, "bank", "/data/probabilityOfDefault", "0.024"),
                "the place of another X-Ray's figure says nothing of this one");
        assertEquals("n/a", shown(FRENCH, "financial", "/data/probabilityOfDefault", "n/a"),
                "a value that is not the number its place holds reads as held");
    }

    private static String shown(Figures figures, String source, String pointer, String raw) {
        return QuotedValues.shown(source, pointer, raw, figures);
    }
}
