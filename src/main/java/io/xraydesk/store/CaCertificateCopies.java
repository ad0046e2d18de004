package io.xraydesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Copies of the corporate CA certificates the user imports, kept in {@link AppPaths#certificates()}
 * so the network settings keep working when the original file is moved or was on a removable drive.
 * The copies' paths are what {@link NetworkSettings#importedCaFiles()} lists.
 */
public final class CaCertificateCopies {

    private static final String PEM_MARKER = "-----BEGIN CERTIFICATE-----";

    private final Path folder;

    public CaCertificateCopies(AppPaths paths) {
        this.folder = paths.certificates();
    }

    /**
     * Copies a PEM file into the data folder and returns the copy's path. Importing the same
     * certificates twice gives the same copy (its name carries a digest of the content).
     *
     * @throws IllegalArgumentException if the file holds no PEM certificate
     */
    public Path importPem(Path source) throws IOException {
        byte[] pem = Files.readAllBytes(source);
        // Decoded as Latin-1 only to look for the marker: it never fails, whatever the comments' encoding.
        if (!new String(pem, StandardCharsets.ISO_8859_1).contains(PEM_MARKER)) {
            throw new IllegalArgumentException(source.getFileName() + " is not a PEM certificate file (no "
                    + PEM_MARKER + " line)");
        }
        Path copy = folder.resolve(baseName(source) + "-" + digest(pem) + ".pem");
        PrivateFiles.writeAtomically(copy, pem);
        return copy;
    }

    /** Deletes a copy made by {@link #importPem}; paths outside the certificates folder are left alone. */
    public boolean remove(Path copy) throws IOException {
        Path absolute = copy.toAbsolutePath().normalize();
        return absolute.startsWith(folder.toAbsolutePath().normalize()) && Files.deleteIfExists(absolute);
    }

    private static String baseName(Path source) {
        String name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return safe.isEmpty() ? "ca" : safe;
    }

    private static String digest(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
