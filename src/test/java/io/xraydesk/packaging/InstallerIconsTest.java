package io.xraydesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed Windows and macOS icon files that the installers embed: each must hold every size
 * its platform asks for, or Explorer and Finder fall back to blurry scaling.
 */
class InstallerIconsTest {

    private static final Path ICONS = Path.of("icons");

    @Test
    void windowsIconHoldsEverySizeFrom16To256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("xray-desk.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved header field");
        assertEquals(1, ico.getShort(2), "type 1 means icon");

        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int entry = 0; entry < count; entry++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * entry));
            sizes.add(width == 0 ? 256 : width); // the format writes 256 as 0
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void macIconHoldsRetinaSizesUpTo1024() throws IOException {
        byte[] icns = Files.readAllBytes(ICONS.resolve("xray-desk.icns"));
        ByteBuffer buffer = ByteBuffer.wrap(icns); // big-endian, as the format is
        assertEquals("icns", type(buffer, 0));
        assertEquals(icns.length, buffer.getInt(4), "declared length is the file length");

        List<String> types = new ArrayList<>();
        for (int offset = 8; offset < icns.length; offset += buffer.getInt(offset + 4)) {
            types.add(type(buffer, offset));
        }
        // is32: 16 px, il32: 32 px, it32: 128 px, ic08/ic09/ic10: 256/512/1024 px.
        assertTrue(types.containsAll(List.of("is32", "il32", "it32", "ic08", "ic09", "ic10")), types::toString);
    }

    private static String type(ByteBuffer buffer, int offset) {
        byte[] name = new byte[4];
        buffer.get(offset, name);
        return new String(name, StandardCharsets.US_ASCII);
    }
}
