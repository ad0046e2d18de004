package io.xraydesk.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of file an export writes: what a "Save as…" dialog filters on. Implemented by enums named as the kinds. */
public interface ExportFileType {

    /** The kind's short name, as the dialog's filter shows it ("PDF"). */
    String name();

    /** The file name's ending, without the dot ("pdf"): the name in lower case. */
    default String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The one of {@code types} whose extension is {@code text} (case-insensitive, trimmed); empty for anything else. */
    static <T extends ExportFileType> Optional<T> byExtension(T[] types, String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(types).filter(type -> type.extension().equals(wanted)).findFirst();
    }
}
