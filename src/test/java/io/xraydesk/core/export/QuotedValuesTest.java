package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quoted value reads as its screen shows it, in the reader's language: each kind of value the
 * screens format, in English and in French, and the values they show as the report holds them.
 * French writes a no-break space before % and a narrow one between thousands (in the table as Java's
 * Unicode escapes, which the compiler reads as those characters, quoted so that they are kept).
 */
class QuotedValuesTest {

    @ParameterizedTest(name = "{0} {1} {2}: {3} reads {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # A probability of default: a percentage with two decimals, as the Summary writes it.
            en | financial | /data/probabilityOfDefault                | 0.024          | 2.40%
            fr | financial | /data/probabilityOfDefault                | 0.024          | '2,40\u00a0%'
            # A ratio: a number with at most two decimals, as the variables' table.
            en | financial | /data/variables/3/value                   | 43.31          | 43.31
            fr | financial | /data/variables/3/value                   | 43.31          | '43,31'
            fr | financial | /data/variables/0/value                   | 1250.5         | '1\u202f250,5'
            en | financial | /data/variables/12/value                  | 0.3333         | 0.33
            # Weights and data sanity: whole percentages.
            en | financial | /data/variables/0/weight                  | 0.3            | 30%
            fr | bank      | /data/indicators/1/weight                 | 0.25           | '25\u00a0%'
            en | bank      | /data/dataSanity                          | 82             | 82%
            fr | bank      | /data/dataSanity                          | 82             | '82\u00a0%'
            # Amounts: two decimals, thousands grouped; counts and ESG scores: whole numbers.
            en | bank      | /data/transactions/7/amount               | -12345.6       | '-12,345.60'
            fr | bank      | /data/transactions/7/amount               | -12345.6       | '-12\u202f345,60'
            en | bank      | /data/topCounterparties/byAmount/0/amount | 1500           | '1,500.00'
            fr | bank      | /data/topCounterparties/byCount/2/count   | 14.0           | 14
            en | esg       | /data/criteria/4/score                    | 67.0           | 67
            fr | esg       | /data/criteria/4/score                    | 1000           | '1\u202f000'
            # Dates: the day with the month in letters; one that is not ISO as written.
            en | bank      | /data/transactions/0/date                 | 2024-03-31     | 'Mar 31, 2024'
            fr | bank      | /data/transactions/0/date                 | 2024-03-31     | 31 mars 2024
            fr | bank      | /data/period/from                         | 2024-01-01     | 1 janv. 2024
            fr | bank      | /data/period/to                           | end of March   | end of March
            # Grades, names, and numbers at places no screen formats: as the report holds them.
            fr | bank      | /score                                    | B              | B
            fr | bank      | /data/indicators/0/grade                  | C              | C
            fr | doc       | /data/alerts/0/name                       | Inconsistent   | Inconsistent
            fr | doc       | /data/alerts/0/code                       | 514673987      | 514673987
            fr | bank      | /data/probabilityOfDefault                | 0.024          | 0.024
            # A value that is not the number its place holds.
            fr | financial | /data/probabilityOfDefault                | n/a            | n/a
            """)
    void aValueReadsAsItsScreenShowsIt(String language, String source, String pointer, String raw, String shown) {
        assertEquals(shown, QuotedValues.shown(source, pointer, raw, new Figures(Locale.forLanguageTag(language))));
    }
}
