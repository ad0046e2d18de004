package io.xraydesk.testing;

import java.nio.charset.StandardCharsets;

/**
 * File content that starts with the PDF signature and goes on with letters: enough for the sandbox
 * and the upload path, which look at the signature and the size, not at a PDF's structure.
 */
public final class PdfSignedBytes {

    private static final byte[] SIGNATURE = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private PdfSignedBytes() {
    }

    public static byte[] of(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = i < SIGNATURE.length ? SIGNATURE[i] : (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
