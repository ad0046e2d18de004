package io.xraydesk.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentGuesserTest {

    /** file name | category wire | period wire | date; empty cells: no guess. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bilan 2023.pdf                          | certified_financial_statement | year     | 2023-12-31",
        "Bilan_2022_SAS_Dupont.pdf               | certified_financial_statement | year     | 2022-12-31",
        "liasse fiscale 2022.pdf                 | certified_financial_statement | year     | 2022-12-31",
        "Comptes annuels.pdf                     | certified_financial_statement |          |",
        "comptes-annuels-2021.PDF                | certified_financial_statement | year     | 2021-12-31",
        "Annual accounts 2020.pdf                | certified_financial_statement | year     | 2020-12-31",
        "bilan clos 2023-03-31.pdf               | certified_financial_statement | year     | 2023-03-31",
        "bilan mars 2024.pdf                     | certified_financial_statement | year     | 2024-03-31",
        "bilan 2022 2023.pdf                     | certified_financial_statement |          |",
        "Relevé 2024-03.pdf                      | bank_statement                | month    | 2024-03-31",
        "releve_03-2024.pdf                      | bank_statement                | month    | 2024-03-31",
        "relevé mars 2024.pdf                    | bank_statement                | month    | 2024-03-31",
        "Relevé février 2024.pdf                 | bank_statement                | month    | 2024-02-29",
        "Bank statement March 2024.pdf           | bank_statement                | month    | 2024-03-31",
        "statement_sep_2023.pdf                  | bank_statement                | month    | 2023-09-30",
        "extrait de compte T1 2024.pdf           | bank_statement                | quarter  | 2024-03-31",
        "statement Q3-2023.pdf                   | bank_statement                | quarter  | 2023-09-30",
        "releve 2024T2.pdf                       | bank_statement                | quarter  | 2024-06-30",
        "releve S2 2023.pdf                      | bank_statement                | semester | 2023-12-31",
        "releve 2024.pdf                         | bank_statement                |          |",
        "situation intermédiaire juin 2024.pdf   | interim_financial_statement   | month    | 2024-06-30",
        "Interim H1 2024.pdf                     | interim_financial_statement   | semester | 2024-06-30",
        "Bilan situation intermediaire T2 2024.pdf | interim_financial_statement | quarter  | 2024-06-30",
        "Interim financial statements Q1 2024.pdf | interim_financial_statement  | quarter  | 2024-03-31",
        "bilan et releve 2023.pdf                |                               |          |",
        "scan0001.pdf                            |                               |          |",
        "IMG_20240315_101010.jpg                 |                               |          |",
        "document 2024-03.pdf                    |                               | month    | 2024-03-31",
        "releve 2024-13.pdf                      | bank_statement                |          |",
        "bilanciaga.pdf                          |                               |          |",
    })
    void guessesFromTheNameOnly(String name, String category, String period, String date) {
        Guess guess = DocumentGuesser.guess(name);
        assertEquals(category == null ? null : DocumentCategory.fromWire(category).orElseThrow(), guess.category(), "category");
        assertEquals(period == null ? null : Period.fromWire(period).orElseThrow(), guess.period(), "period");
        assertEquals(date == null ? null : LocalDate.parse(date), guess.date(), "date");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", ".pdf"})
    void blankNamesGuessNothing(String name) {
        assertEquals(Guess.NOTHING, DocumentGuesser.guess(name));
    }
}
