package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where an export may go: a new name or an ordinary file, which it replaces. Never a symbolic link (the
 * export would replace the link, not write where it points), a folder, a pipe or a device. And the
 * temporary files of exports that a kill interrupted are cleared away.
 *
 * <p>An export is written to a temporary file next to its target, named with the writing process's
 * id; a temporary file whose process is gone was left by a kill and is deleted by the next export to
 * that folder.
 */
public final class ExportTarget {

    private static final Logger LOG = Logger.getLogger(ExportTarget.class.getName());
    private static final String PREFIX = ".xraydesk-export-";
    private static final String SUFFIX = ".part";

    private ExportTarget() {
    }

    /** Why {@code target} cannot receive an export, in the analyst's words; empty when it can. */
    public static Optional<String> problem(Path target) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException absent) {
            return Optional.empty(); // a new file: what writing it meets is said then
        }
        if (attributes.isSymbolicLink()) {
            return Optional.of(Messages.get("export.target.link", target));
        }
        if (attributes.isDirectory()) {
            return Optional.of(Messages.get("export.target.folder", target));
        }
        if (!attributes.isRegularFile()) {
            return Optional.of(Messages.get("export.target.special", target));
        }
        return Optional.empty();
    }

    /** Writes a whole file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target}, then moves it into place: the
     * target is either its old self or the whole new file, never a half-written one.
     *
     * @throws ExportTargetException when the target is a link, a folder or a special file
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Optional<String> problem = problem(absolute);
        if (problem.isPresent()) {
            throw new ExportTargetException(problem.get());
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        sweepLeftovers(folder);
        Path temporary = temporaryIn(folder);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            CsvExport.checkNotInterrupted();
            moveIntoPlace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new temporary file in {@code folder}, named after this process. */
    private static Path temporaryIn(Path folder) throws IOException {
        return Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
    }

    /** Deletes the temporary files in {@code folder} whose writing process is gone. */
    private static void sweepLeftovers(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path part : parts) {
                if (isOrphan(part.getFileName().toString())) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed still takes the export; the leftovers wait for next time.
            LOG.log(Level.FINE, "cannot sweep export leftovers", e);
        }
    }

    /** Named by a process that no longer runs (or in a form this version never wrote). */
    private static boolean isOrphan(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException olderName) {
            return true;
        }
    }
}
