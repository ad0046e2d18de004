package io.xraydesk.api.log;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Sends the application's logs ({@code java.util.logging}, which also receives {@code System.Logger})
 * to size-rotated files in one folder, every line passed through {@link Redactor}. On POSIX systems
 * the folder is {@code rwx------} and the files present at install time {@code rw-------}; files
 * created later by rotation sit inside that owner-only folder.
 */
public final class LogFiles {

    /** Rotation: 5 files of 2 MiB each. */
    static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILE_COUNT = 5;
    static final String FILE_PATTERN = "xraydesk-%g.log";

    private static Handler installed;

    private LogFiles() {
    }

    /**
     * Installs (or re-installs, replacing the previous one) the file handler on the root logger.
     * Returns it so the caller can flush or close it.
     */
    public static synchronized Handler install(Path logsDir) throws IOException {
        createOwnerOnly(logsDir);
        FileHandler handler = new FileHandler(logsDir.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
        handler.setFormatter(new RedactingFormatter());
        handler.setEncoding("UTF-8");
        handler.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        // The default console handler would print every call line on stderr, unredacted: the file
        // is the one place logs go once it exists.
        for (Handler existing : root.getHandlers()) {
            if (existing instanceof ConsoleHandler) {
                root.removeHandler(existing);
            }
        }
        if (installed != null) {
            root.removeHandler(installed);
            installed.close();
        }
        root.addHandler(handler);
        installed = handler;
        try (Stream<Path> files = Files.list(logsDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                ownerOnly(file, "rw-------");
            }
        }
        return handler;
    }

    /**
     * Creates the folder and every missing parent for the owner alone: on a first run the logs folder
     * is what makes the data folder, which must not be left readable by others (mode 0700 like the rest).
     */
    private static void createOwnerOnly(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createOwnerOnly(parent); // folders that exist already (the user's own) are left as they are
            }
            try {
                Files.createDirectory(absolute);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // another process of the application made it first: restricting it is still right
            }
        }
        ownerOnly(absolute, "rwx------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
