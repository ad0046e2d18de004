package io.xraydesk.core.portfolio;

import io.xraydesk.core.notes.NoteField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One company of a list as typed, before any check: the line it came from (the header is line 1), the code
 * and its type when a header or a type column says it, the business name, the documents folder and the notes
 * fields. Blank cells are null. The preview table edits a row by replacing it with a wither.
 */
public record CompanyRow(int line, String code, String codeType, String businessName, String folder,
        Map<NoteField, String> notes) {

    public CompanyRow {
        notes = notes == null || notes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notes));
        code = blankToNull(code);
        codeType = blankToNull(codeType);
        businessName = blankToNull(businessName);
        folder = blankToNull(folder);
    }

    public CompanyRow withCode(String newCode) {
        return new CompanyRow(line, newCode, codeType, businessName, folder, notes);
    }

    public CompanyRow withBusinessName(String newName) {
        return new CompanyRow(line, code, codeType, newName, folder, notes);
    }

    public CompanyRow withFolder(String newFolder) {
        return new CompanyRow(line, code, codeType, businessName, newFolder, notes);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyRow row && line == row.line && Objects.equals(code, row.code)
                && Objects.equals(codeType, row.codeType) && Objects.equals(businessName, row.businessName)
                && Objects.equals(folder, row.folder) && notes.equals(row.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, code, codeType, businessName, folder, notes);
    }
}
