package io.xraydesk.core.documents;

import io.xraydesk.api.Sha256;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a file can be uploaded for analysis, before any network call: it must be a readable
 * regular file, not empty, within the size limit, and truly a PDF, JPEG or PNG by its content
 * (the name can lie). Only what the content checks need is read (the header; a PDF's first pages),
 * unless the caller asks for the SHA-256 too, then read in the same streaming pass
 * (docs/uploads.md, Fingerprints: the sending digests the bytes it sends).
 */
public final class FileInspector {

    /**
     * The API's upload limit, "20 MB" read as 20 × 1024 × 1024 bytes (docs/october-api.md, Media and uploads,
     * inferred).
     */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024.0;
    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;

    public FileInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The checks of {@code path}; with {@code fingerprint}, its SHA-256 too, which reads the whole file. */
    public FileReport inspect(Path path, boolean fingerprint) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Optional<Problem<DocumentProblem>> unreachable = reachability(path, name);
        if (unreachable.isPresent()) {
            return refused(path, 0, unreachable.get());
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return refused(path, 0, Problem.of(DocumentProblem.READ_FAILED, name, describe(e)));
        }
        if (size == 0) {
            return refused(path, 0, Problem.of(DocumentProblem.EMPTY, name));
        }
        if (size > maxBytes) {
            return refused(path, size, Problem.of(DocumentProblem.TOO_LARGE, name, size / MIB, maxBytes / MIB,
                    size, maxBytes));
        }
        return inspectContent(path, name, size, fingerprint);
    }

    /** Why the path cannot be opened as a regular file, if it cannot. */
    private static Optional<Problem<DocumentProblem>> reachability(Path path, String name) {
        if (Files.isSymbolicLink(path)) {
            try {
                path.toRealPath();
            } catch (NoSuchFileException e) {
                return Optional.of(Problem.of(DocumentProblem.BROKEN_LINK, name));
            } catch (AccessDeniedException e) {
                return Optional.of(Problem.of(DocumentProblem.NOT_READABLE, name));
            } catch (FileSystemException e) {
                // The remaining failure to resolve an existing link is a cycle (ELOOP).
                return Optional.of(Problem.of(DocumentProblem.LINK_LOOP, name));
            } catch (IOException e) {
                return Optional.of(Problem.of(DocumentProblem.READ_FAILED, name, describe(e)));
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Problem.of(DocumentProblem.NOT_FOUND, name));
        } catch (IOException e) {
            return Optional.of(Problem.of(DocumentProblem.READ_FAILED, name, describe(e)));
        }
        if (attributes.isDirectory()) {
            return Optional.of(Problem.of(DocumentProblem.DIRECTORY, name));
        }
        if (!attributes.isRegularFile()) {
            return Optional.of(Problem.of(DocumentProblem.NOT_REGULAR, name));
        }
        if (!Files.isReadable(path)) {
            return Optional.of(Problem.of(DocumentProblem.NOT_READABLE, name));
        }
        return Optional.empty();
    }

    private static FileReport inspectContent(Path path, String name, long size, boolean fingerprint) {
        MessageDigest sha256 = Sha256.newDigest();
        byte[] header;
        try (InputStream file = Files.newInputStream(path);
             InputStream in = fingerprint ? new DigestInputStream(file, sha256) : file) {
            header = in.readNBytes(MagicBytes.HEADER_LENGTH);
            Optional<ContentType> type = MagicBytes.acceptedType(header);
            if (type.isEmpty()) {
                return refused(path, size, notADocument(header, name));
            }
            if (fingerprint) {
                byte[] buffer = new byte[BUFFER];
                while (in.read(buffer) >= 0) {
                    // Reading feeds the digest; memory stays at one buffer whatever the file size.
                }
            }
            List<Problem<DocumentProblem>> warnings = new ArrayList<>();
            String extension = extension(name);
            if (!extension.isEmpty() && !type.get().matchesExtension(extension)) {
                warnings.add(Problem.of(DocumentProblem.EXTENSION_MISMATCH, name, type.get().name()));
            }
            List<Problem<DocumentProblem>> refusals = new ArrayList<>();
            if (type.get() == ContentType.PDF) {
                PdfTextLayer.check(path, name)
                        .ifPresent(issue -> (issue.kind().isRefusal() ? refusals : warnings).add(issue));
            }
            return new FileReport(path, size, type.get(), fingerprint ? HexFormat.of().formatHex(sha256.digest()) : null,
                    refusals, warnings);
        } catch (AccessDeniedException e) {
            return refused(path, size, Problem.of(DocumentProblem.NOT_READABLE, name));
        } catch (IOException e) {
            return refused(path, size, Problem.of(DocumentProblem.READ_FAILED, name, describe(e)));
        }
    }

    private static Problem<DocumentProblem> notADocument(byte[] header, String name) {
        if (MagicBytes.isExecutable(header)) {
            String extension = extension(name);
            return Problem.of(DocumentProblem.EXECUTABLE, name, extension.isEmpty() ? "" : "." + extension);
        }
        return Problem.of(DocumentProblem.UNSUPPORTED_TYPE, name,
                Messages.get("documents.kind." + MagicBytes.otherKind(header)));
    }

    private static FileReport refused(Path path, long size, Problem<DocumentProblem> issue) {
        return new FileReport(path, size, null, null, List.of(issue), List.of());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The system's reason without the path, which the message already names. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
