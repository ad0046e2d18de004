package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaCertificateCopiesTest {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";

    @TempDir
    Path dir;

    @Test
    void copiesIntoTheDataFolderOnceAndSurvivesTheOriginalGoing() throws Exception {
        AppPaths paths = AppPaths.at(dir.resolve("home"));
        CaCertificateCopies copies = new CaCertificateCopies(paths);
        Path source = Files.writeString(dir.resolve("Corp Root CA.crt"), PEM);

        Path copy = copies.importPem(source);
        assertEquals(copy, copies.importPem(source), "same content, same copy");
        assertTrue(copy.startsWith(paths.certificates()));
        assertTrue(copy.getFileName().toString().startsWith("corp-root-ca-"));
        Files.delete(source);
        assertEquals(PEM, Files.readString(copy));

        Path other = copies.importPem(Files.writeString(dir.resolve("Corp Root CA.pem"), PEM.replace("fake", "other")));
        assertNotEquals(copy, other);

        assertTrue(copies.remove(copy));
        assertFalse(Files.exists(copy));
        Path outside = Files.writeString(dir.resolve("keep.pem"), PEM);
        assertFalse(copies.remove(outside));
        assertTrue(Files.exists(outside));
    }

    @Test
    void fileWithoutCertificateIsRefusedWithItsName() throws Exception {
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "hello");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CaCertificateCopies(AppPaths.at(dir)).importPem(notPem));
        assertTrue(e.getMessage().contains("notes.txt"));
    }
}
