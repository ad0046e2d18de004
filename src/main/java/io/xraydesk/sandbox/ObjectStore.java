package io.xraydesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The bucket on disk: one temporary folder per sandbox, deleted on close. An upload is streamed to a
 * temporary file while its size and SHA-256 are computed, then moved into place, so a failed or
 * rejected upload never leaves a half object behind.
 */
final class ObjectStore implements AutoCloseable {

    /** Thrown when a stream exceeds the allowed size; the partial file is already deleted. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("object larger than allowed", null);
        }
    }

    private final Path root;

    ObjectStore() throws IOException {
        root = Files.createTempDirectory("xraydesk-sandbox-s3-");
    }

    /** Streams {@code in} into a temporary file of at most {@code maxBytes}; call {@link #commit} next. */
    StoredObject receive(String key, InputStream in, long maxBytes) throws IOException {
        Path tmp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] chunk = new byte[64 * 1024];
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException();
                    }
                    out.write(chunk, 0, n);
                }
            }
            return new StoredObject(key, size, HexFormat.of().formatHex(sha.digest()), tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(tmp);
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Moves a received object to its key (replacing an earlier upload of the same key). */
    StoredObject commit(StoredObject received) throws IOException {
        Path target = root.resolve("objects").resolve(received.key()).normalize();
        if (!target.startsWith(root.resolve("objects"))) {
            throw new IOException("object key escapes the bucket");
        }
        Files.createDirectories(target.getParent());
        Files.move(received.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new StoredObject(received.key(), received.size(), received.sha256(), target);
    }

    void discard(StoredObject received) throws IOException {
        Files.deleteIfExists(received.file());
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
