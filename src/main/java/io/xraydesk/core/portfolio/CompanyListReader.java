package io.xraydesk.core.portfolio;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.NoteField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a company list, CSV or XLSX, with a header row whose columns are recognised by name ({@link
 * ListColumn}). Blank rows are skipped; a row's number is its row in the spreadsheet (the header is row 1).
 */
public final class CompanyListReader {

    /** A list of ten thousand companies is well under this; a larger file is not a company list. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private CompanyListReader() {
    }

    /** @throws CompanyListException when the file cannot be read or has no company code column */
    public static CompanyList read(Path file) {
        RawTable table;
        String sha256;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CompanyListException(Messages.get("portfolio.list.tooLarge", file, MAX_BYTES / 1024 / 1024),
                        null);
            }
            byte[] bytes = Files.readAllBytes(file);
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            table = isZip(bytes) ? XlsxTable.read(new ByteArrayInputStream(bytes)) : CsvTable.read(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof CompanyListException known) {
                throw known;
            }
            throw new CompanyListException(Messages.get("portfolio.list.unreadable", file,
                    String.valueOf(unreadable.getMessage())), unreadable);
        }
        return rows(file, sha256, table);
    }

    private static CompanyList rows(Path file, String sha256, RawTable table) {
        List<List<String>> records = table.records();
        int headerIndex = 0;
        while (headerIndex < records.size() && isBlank(records.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            throw new CompanyListException(Messages.get("portfolio.list.empty", file), null);
        }
        Header header = Header.of(records.get(headerIndex));
        if (header.code < 0) {
            throw new CompanyListException(Messages.get("portfolio.list.noCodeColumn", file,
                    String.join(", ", records.get(headerIndex))), null);
        }
        List<CompanyRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (!isBlank(record)) {
                rows.add(header.row(i + 1, record));
            }
        }
        return new CompanyList(file, sha256, rows, table.format(), table.numberLocale());
    }

    private static boolean isZip(byte[] bytes) {
        if (bytes.length < ZIP_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < ZIP_SIGNATURE.length; i++) {
            if (bytes[i] != ZIP_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(List<String> record) {
        return record.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** Where each recognised column is (-1: absent); the first column of a kind wins. */
    private static final class Header {
        private int code = -1;
        private String codeTypeFromHeader;
        private final Map<ListColumn, Integer> others = new EnumMap<>(ListColumn.class);

        static Header of(List<String> cells) {
            Header header = new Header();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i);
                Optional<ListColumn> column = ListColumn.of(name);
                if (column.isEmpty()) {
                    continue;
                }
                if (column.get() == ListColumn.CODE) {
                    if (header.code < 0) {
                        header.code = i;
                        header.codeTypeFromHeader = ListColumn.codeTypeOf(name).orElse(null);
                    }
                } else {
                    header.others.putIfAbsent(column.get(), i);
                }
            }
            return header;
        }

        CompanyRow row(int line, List<String> record) {
            String type = Optional.ofNullable(cell(record, others.get(ListColumn.CODE_TYPE)))
                    .map(t -> t.toLowerCase(Locale.ROOT)).orElse(codeTypeFromHeader);
            Map<NoteField, String> notes = new EnumMap<>(NoteField.class);
            others.forEach((column, index) -> column.noteField().ifPresent(field -> {
                String value = cell(record, index);
                if (value != null && !value.isBlank()) {
                    notes.put(field, value);
                }
            }));
            return new CompanyRow(line, cell(record, code), type, cell(record, others.get(ListColumn.BUSINESS_NAME)),
                    cell(record, others.get(ListColumn.FOLDER)), notes);
        }

        private static String cell(List<String> record, Integer index) {
            return index == null || index < 0 || index >= record.size() ? null : record.get(index);
        }
    }
}
