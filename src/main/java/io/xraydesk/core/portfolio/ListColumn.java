package io.xraydesk.core.portfolio;

import io.xraydesk.core.notes.NoteField;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a company list may have, recognised by their header in English or French (docs/portfolio.md,
 * Columns). Headers are compared without case, accents, spaces or punctuation, so "Raison sociale",
 * "raison_sociale" and "RAISON-SOCIALE" are one name.
 */
public enum ListColumn {
    /** The company code; a header naming the register ("SIREN", "KvK") also gives the code's type. */
    CODE(null, "code", "companycode", "codeentreprise", "identifiant", "registrationnumber", "number", "numero",
            "siren", "siret", "numerosiren", "numerosiret", "nsiren", "nsiret", "nosiren", "nosiret", "kvk", "kvknumber",
            "kvknummer", "numerokvk", "nkvk", "nokvk"),
    /** The register of the code when a generic "code" column holds both kinds: siren or kvk. */
    CODE_TYPE(null, "codetype", "type", "typedecode", "typecode", "register", "registre"),
    BUSINESS_NAME(null, "businessname", "name", "companyname", "company", "raisonsociale", "nom", "denomination",
            "nomentreprise", "entreprise", "societe"),
    FOLDER(null, "folder", "documents", "documentsfolder", "folderdocuments", "dossier", "dossierdocuments",
            "repertoire", "chemin", "path"),
    HOLDING(NoteField.HOLDING, "holding"),
    WORKFORCE(NoteField.WORKFORCE_NUMBER, "workforcenumber", "workforce", "headcount", "employees", "effectif",
            "effectifs", "salaries"),
    EQUITY(NoteField.EQUITY, "equity", "capitauxpropres"),
    REVENUE(NoteField.REVENUE, "revenue", "turnover", "sales", "chiffredaffaires", "ca"),
    AMORTIZATION(NoteField.AMORTIZATION_DEPRECIATION, "amortizationdepreciation", "amortisationdepreciation",
            "depreciation", "amortissements", "dotationsauxamortissements"),
    NET_INCOME(NoteField.NET_INCOME, "netincome", "resultatnet", "benefice");

    private static final Set<String> SIREN_HEADERS = Set.of("siren", "siret", "numerosiren", "numerosiret", "nsiren",
            "nsiret", "nosiren", "nosiret");
    private static final Set<String> KVK_HEADERS = Set.of("kvk", "kvknumber", "kvknummer", "numerokvk", "nkvk", "nokvk");

    private final NoteField noteField;
    private final Set<String> names;

    ListColumn(NoteField noteField, String... names) {
        this.noteField = noteField;
        this.names = Set.of(names);
    }

    /** The notes field this column fills, for the notes columns. */
    public Optional<NoteField> noteField() {
        return Optional.ofNullable(noteField);
    }

    /** The column a header names, if any. */
    static Optional<ListColumn> of(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(column -> column.names.contains(key)).findFirst();
    }

    /** The code type a code column's header names: "siren" or "kvk", or empty for a generic header. */
    static Optional<String> codeTypeOf(String header) {
        String key = key(header);
        if (SIREN_HEADERS.contains(key)) {
            return Optional.of("siren");
        }
        return KVK_HEADERS.contains(key) ? Optional.of("kvk") : Optional.empty();
    }

    /** A header or folder name reduced to lower-case letters and digits, accents removed. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
