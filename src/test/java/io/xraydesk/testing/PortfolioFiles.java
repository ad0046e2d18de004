package io.xraydesk.testing;

import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.upload.TestDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Company lists and document folders as analysts keep them, made by the tests: valid SIRENs, French names
 * with accents, one folder per company holding a few small documents whose names say their category and
 * period ("bilan-2023.png", "releve-2024-03.png"), each with its own bytes.
 */
public final class PortfolioFiles {

    /** The French header of the lists: code, name, folder and a notes field. */
    public static final List<String> FRENCH_HEADER = List.of("SIREN", "Raison sociale", "Dossier", "Effectif");
    private static final String[] DOCUMENT_NAMES = {"bilan-2023.png", "releve-2024-03.png", "releve-2024-04.png",
        "statuts.png", "situation-2024-T1.png"};

    private PortfolioFiles() {
    }

    /** A valid SIREN for {@code n}: eight digits from it, then the check digit the SIREN rule accepts. */
    public static String siren(int n) {
        String body = String.format("%08d", 10_000_000 + n * 7);
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (CompanyCodeTypes.SIREN.check(candidate).isValid()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** The name of company {@code n}, with the accents a Windows-1252 file must keep. */
    public static String name(int n) {
        return "Société Générale d'Études n°" + n;
    }

    /**
     * {@code count} company rows (after the header), each with a folder "company-N" holding 3 to 5 documents
     * under {@code documents}; returns the rows as cells.
     */
    public static List<List<String>> companies(int count, Path documents, int sizeBytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(FRENCH_HEADER);
        for (int n = 0; n < count; n++) {
            String folder = "company-" + n;
            Path dir = Files.createDirectories(documents.resolve(folder));
            int files = 3 + n % 3;
            for (int f = 0; f < files; f++) {
                TestDocuments.png(dir, DOCUMENT_NAMES[f], sizeBytes + f, n * 10L + f);
            }
            rows.add(List.of(siren(n), name(n), folder, String.valueOf(10 + n)));
        }
        return rows;
    }

    /** Documents {@link #companies} made for company {@code n}. */
    public static int documentsOf(int n) {
        return 3 + n % 3;
    }

    /** Writes the rows as a semicolon CSV in {@code charset} (windows-1252 as French spreadsheets save it). */
    public static Path csv(Path file, List<List<String>> rows, Charset charset) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(";", row.stream().map(PortfolioFiles::quoted).toList())).append("\r\n");
        }
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    private static String quoted(String cell) {
        return cell.contains(";") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Writes the rows as an XLSX sheet; cells made only of digits are stored as numbers, as typed in Excel. */
    public static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "XRayDeskTests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Portefeuille");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (r > 0 && cell.matches("\\d{1,15}")) {
                        sheet.value(r, c, Long.parseLong(cell));
                    } else {
                        sheet.value(r, c, cell);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }
}
