package io.xraydesk.core.portfolio;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV company list, whatever encoding its spreadsheet saved it in. The rule (docs/portfolio.md):
 * a UTF-8 byte-order mark means UTF-8; otherwise the bytes are UTF-8 when they decode as strict UTF-8, and
 * Windows-1252 when they do not. The test is safe in this direction: an accented letter saved by a French
 * spreadsheet in Windows-1252 ({@code é} is the single byte E9) followed by a plain letter is never a valid
 * UTF-8 sequence, while a UTF-8 file always is; a file of plain ASCII reads the same either way.
 */
record ListText(String text, Charset charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static ListText decode(byte[] bytes) {
        if (startsWithBom(bytes)) {
            return new ListText(new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length,
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new ListText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new ListText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
    }
}
