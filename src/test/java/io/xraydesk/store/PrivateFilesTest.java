package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void atomicWriteCreatesPrivateFileAndFoldersAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a/b/settings.json");
        PrivateFiles.writeAtomically(file, "first é");
        PrivateFiles.writeAtomically(file, "second");
        assertEquals("second", Files.readString(file));
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            assertEquals(List.of(file), siblings.toList());
        }
        if (posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
    }

    @Test
    void existingFileIsRestrictedToItsOwner() throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "x");
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        PrivateFiles.restrictFile(file);
        if (posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void moveAsideNeverOverwritesAnEarlierBackup() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "one");
        Path first = PrivateFiles.moveAside(file, "corrupt-1");
        Files.writeString(file, "two");
        Path second = PrivateFiles.moveAside(file, "corrupt-1");
        assertEquals("settings.json.corrupt-1", first.getFileName().toString());
        assertEquals("settings.json.corrupt-1-1", second.getFileName().toString());
        assertEquals("one", Files.readString(first));
        assertEquals("two", Files.readString(second));
        assertTrue(Files.notExists(file));
    }
}
