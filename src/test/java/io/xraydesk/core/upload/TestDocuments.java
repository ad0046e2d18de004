package io.xraydesk.core.upload;

import io.xraydesk.contract.TestPdfs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Real documents for upload tests: PDFs with a text layer, and PNG-signed files of any size. */
public final class TestDocuments {

    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private TestDocuments() {
    }

    /** A one-page PDF whose text (and so whose bytes) is {@code text}. */
    public static Path pdf(Path dir, String name, String text) throws IOException {
        return TestPdfs.write(dir.resolve(name), text);
    }

    /** A file of {@code size} bytes starting with the PNG signature, the rest random from {@code seed}. */
    public static Path png(Path dir, String name, int size, long seed) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(seed);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(PNG_HEADER);
            long left = size - PNG_HEADER.length;
            while (left > 0) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
        return file;
    }

    public static String sha256(Path file) throws IOException {
        return TestPdfs.sha256(file);
    }
}
