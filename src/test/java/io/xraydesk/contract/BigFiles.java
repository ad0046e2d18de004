package io.xraydesk.contract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Large generated files for the streaming proof and the benchmark: a PDF header, then varied bytes. */
public final class BigFiles {

    private static final int BLOCK = 64 * 1024;

    private BigFiles() {
    }

    /**
     * Writes {@code size} bytes. The content is pseudo-random (seeded, so reproducible) rather than
     * zeros so that no layer can shortcut it and a wrong byte anywhere changes the SHA-256.
     */
    public static Path write(Path file, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] block = new byte[BLOCK];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < size) {
                random.nextBytes(block);
                if (written == 0) {
                    System.arraycopy(header, 0, block, 0, header.length);
                }
                int length = (int) Math.min(BLOCK, size - written);
                out.write(block, 0, length);
                written += length;
            }
        }
        return file;
    }
}
