package io.xraydesk.core.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a file by its first bytes: the three accepted types, and the usual impostors so that a
 * refusal can say what the file really is ("a ZIP archive", "an executable").
 */
final class MagicBytes {

    /** Bytes to read from the start of a file: enough for every signature below. */
    static final int HEADER_LENGTH = 16;

    /** Things analysts drop by mistake; {@code kind} names the text key {@code documents.kind.<kind>}. */
    private record Signature(int offset, byte[] bytes, String kind) {
    }

    private static final List<Signature> OTHERS = List.of(
            new Signature(0, ascii("PK\u0003\u0004"), "zip"),
            new Signature(0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "office"),
            new Signature(0, ascii("GIF8"), "gif"),
            new Signature(0, ascii("II*\u0000"), "tiff"),
            new Signature(0, ascii("MM\u0000*"), "tiff"),
            new Signature(8, ascii("WEBP"), "webp"),
            new Signature(4, ascii("ftypheic"), "heic"),
            new Signature(0, ascii("{\\rtf"), "rtf"),
            new Signature(0, ascii("Rar!"), "rar"),
            new Signature(0, bytes(0x1F, 0x8B), "gzip"),
            new Signature(0, ascii("<html"), "html"),
            new Signature(0, ascii("<!DOCTYPE"), "html"));

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF);
    private static final byte[] PNG = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    private static final byte[] ELF = bytes(0x7F, 0x45, 0x4C, 0x46);
    private static final byte[] MZ = ascii("MZ");
    private static final byte[] MACH_O_64 = bytes(0xCF, 0xFA, 0xED, 0xFE);
    private static final byte[] SCRIPT = ascii("#!");

    private MagicBytes() {
    }

    static Optional<ContentType> acceptedType(byte[] header) {
        if (startsWith(header, 0, PDF)) {
            return Optional.of(ContentType.PDF);
        }
        if (startsWith(header, 0, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(header, 0, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        return Optional.empty();
    }

    static boolean isExecutable(byte[] header) {
        return startsWith(header, 0, ELF) || startsWith(header, 0, MZ) || startsWith(header, 0, MACH_O_64)
                || startsWith(header, 0, SCRIPT);
    }

    /** The kind of a known non-document file, or "unknown". */
    static String otherKind(byte[] header) {
        return OTHERS.stream().filter(s -> startsWith(header, s.offset(), s.bytes())).map(Signature::kind)
                .findFirst().orElse("unknown");
    }

    private static boolean startsWith(byte[] header, int offset, byte[] prefix) {
        return header.length >= offset + prefix.length
                && Arrays.equals(header, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
