package io.xraydesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only the current user may read: settings name the user's profiles and the
 * database holds file paths and report data. Where the file system has POSIX permissions, folders
 * get 700 and files 600; elsewhere (Windows) the per-user profile folder already restricts access,
 * so the permissions step is skipped without complaint.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) and restricts the folder itself to its owner. */
    public static Path createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, OWNER_FOLDER);
        return dir;
    }

    /** Restricts an existing file to its owner (600); no-op without POSIX permissions. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, OWNER_FILE);
    }

    /**
     * Replaces {@code target} with {@code content} so that a reader (or a crash) sees either the old
     * or the new file, never a half-written one: the bytes go to a temporary file in the same folder
     * (a rename is only atomic within one file system), are forced to disk, and the temporary file is
     * then moved over the target atomically.
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #writeAtomically(Path, String)} for bytes. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            restrictFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Directory sync is best effort: the file content itself is already on disk.
        }
    }

    /** Renames a damaged file out of the way (to {@code <name>.<suffix>}) and returns where it went. */
    public static Path moveAside(Path file, String suffix) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + "." + suffix);
        int n = 1;
        while (Files.exists(aside)) {
            aside = file.resolveSibling(file.getFileName() + "." + suffix + "-" + n++);
        }
        return Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }
}
