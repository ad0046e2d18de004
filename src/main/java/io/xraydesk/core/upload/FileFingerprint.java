package io.xraydesk.core.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Confirms that a queued file still has the size and SHA-256 it had when it was queued. */
final class FileFingerprint {

    private static final int BUFFER = 64 * 1024;

    private FileFingerprint() {
    }

    /**
     * Reads the file again unless {@code hashedAt} shows it untouched since this process hashed it (a
     * write changes the modification time): sending 1 GB then costs one SHA-256 pass, not two.
     *
     * @param hashedAt modification time when the queued SHA-256 was computed, or null to hash again
     * @throws FileChangedException when size or content differ; IOException when it cannot be read
     */
    static void requireUnchanged(Path path, long size, String sha256, FileTime hashedAt) throws IOException {
        long now = Files.size(path);
        if (now != size) {
            throw new FileChangedException(size + " → " + now + " bytes");
        }
        if (hashedAt != null && hashedAt.equals(Files.getLastModifiedTime(path))) {
            return;
        }
        if (!sha256(path).equals(sha256)) {
            throw new FileChangedException("SHA-256");
        }
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(path)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
