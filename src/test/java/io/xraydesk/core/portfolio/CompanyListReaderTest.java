package io.xraydesk.core.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.notes.NoteField;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.TemporaryFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Company lists as spreadsheets save them: CSV in three encodings and two separators, and XLSX. */
class CompanyListReaderTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private final Path folder = TemporaryFolders.create("xraydesk-list");

    @AfterEach
    void clean() {
        TemporaryFolders.deleteTree(folder);
    }

    @Test
    void frenchWindows1252SemicolonListKeepsItsAccentsAndReadsAmountsTheFrenchWay() throws Exception {
        Path file = PortfolioFiles.csv(folder.resolve("portefeuille.csv"), List.of(
                List.of("N° SIREN", "Raison sociale", "Dossier", "Chiffre d'affaires", "Capitaux propres"),
                List.of("514 673 987", "Société Générale d'Études", "dupont", "1 234 567,89", "-12,5")),
                ListText.WINDOWS_1252);

        CompanyList list = CompanyListReader.read(file);

        assertEquals("CSV, semicolon, windows-1252", list.format());
        assertEquals(Locale.FRANCE, list.numberLocale());
        CompanyRow row = list.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("514 673 987", row.code());
        assertEquals("siren", row.codeType());
        assertEquals("Société Générale d'Études", row.businessName());
        assertEquals("dupont", row.folder());
        assertEquals("1 234 567,89", row.notes().get(NoteField.REVENUE));
        assertEquals("-12,5", row.notes().get(NoteField.EQUITY));
    }

    @Test
    void utf8WithByteOrderMarkAndCommasReadsEnglishHeaders() throws Exception {
        String text = "\uFEFFCompany code,Business name,Documents folder,Headcount\n"
                + "24288945,\"Bakkerij de Vries, B.V.\",,12\n\n"
                + "514673987,Café Zoë,zoe,\n";
        Path file = Files.writeString(folder.resolve("list.csv"), text, StandardCharsets.UTF_8);

        CompanyList list = CompanyListReader.read(file);

        assertEquals("CSV, comma, UTF-8", list.format());
        assertEquals(2, list.rows().size());
        assertEquals("Bakkerij de Vries, B.V.", list.rows().get(0).businessName());
        assertNull(list.rows().get(0).codeType(), "a generic code header leaves the type to the code itself");
        assertNull(list.rows().get(0).folder());
        assertEquals("12", list.rows().get(0).notes().get(NoteField.WORKFORCE_NUMBER));
        assertEquals(4, list.rows().get(1).line(), "the blank line still counts in the row numbers");
        assertEquals("Café Zoë", list.rows().get(1).businessName());
    }

    @Test
    void utf8WithoutByteOrderMarkIsRecognisedByDecoding() throws Exception {
        Path file = Files.writeString(folder.resolve("list.csv"), "siren;nom\n514673987;Crème brûlée SARL\n",
                StandardCharsets.UTF_8);

        CompanyList list = CompanyListReader.read(file);

        assertEquals("CSV, semicolon, UTF-8", list.format());
        assertEquals("Crème brûlée SARL", list.rows().get(0).businessName());
    }

    @Test
    void xlsxWithFrenchHeadersKeepsCodesTypedAsNumbers() throws Exception {
        Path file = PortfolioFiles.xlsx(folder.resolve("portefeuille.xlsx"), List.of(
                List.of("SIREN", "Raison sociale", "Dossier", "Effectif"),
                List.of("514673987", "Société Générale", "sg", "250")));

        CompanyList list = CompanyListReader.read(file);

        assertEquals("XLSX", list.format());
        CompanyRow row = list.rows().get(0);
        assertEquals("514673987", row.code());
        assertEquals("Société Générale", row.businessName());
        assertEquals("250", row.notes().get(NoteField.WORKFORCE_NUMBER));
    }

    @Test
    void aListWithoutACodeColumnIsRefusedNamingTheHeadersFound() throws Exception {
        Path file = Files.writeString(folder.resolve("list.csv"), "Name;Town\nDupont;Lyon\n");

        CompanyListException refused = assertThrows(CompanyListException.class, () -> CompanyListReader.read(file));

        assertTrue(refused.getMessage().contains("no company code column"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Name, Town"), refused.getMessage());
    }

    @Test
    void aMissingFileIsRefusedInWords() {
        CompanyListException refused = assertThrows(CompanyListException.class,
                () -> CompanyListReader.read(folder.resolve("absent.csv")));
        assertTrue(refused.getMessage().startsWith("The company list"), refused.getMessage());
    }
}
