package io.xraydesk.core.upload;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the checks record of a file instead of reading it in full (docs/uploads.md, Fingerprints): its
 * size, its modification time, and which file it is — device and inode with the inode's change time
 * on Unix, the file key elsewhere. One {@code stat}, no read. Any write to the file moves its
 * modification time (and its change time, which no program can set back), so an equal identity at
 * the end of the sending means the bytes sent are the bytes checked — unless the file was written in
 * the same tick of the file system's clock as its check: see {@link #isRacy}.
 */
record FileIdentity(long size, Instant modified, String key) {

    /**
     * How close to its check a modification time must be for a later write to possibly leave it
     * unchanged: the coarsest timestamps in common use (FAT's 2 s) — finer file systems are covered.
     */
    static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /** The identity of {@code file} now (links followed, as the sending reads it). */
    static FileIdentity of(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileIdentity((Long) unix.get("size"), ((FileTime) unix.get("lastModifiedTime")).toInstant(),
                    "dev=" + unix.get("dev") + ",ino=" + unix.get("ino") + ",ctime="
                            + ((FileTime) unix.get("ctime")).toInstant());
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileIdentity(basic.size(), basic.lastModifiedTime().toInstant(),
                basic.fileKey() == null ? "" : basic.fileKey().toString());
    }

    /**
     * True when the file was modified within {@link #RACY_WINDOW} of {@code checkedAt} (or after it, by
     * a clock ahead of ours): a write just after the check could then keep the same time, so this
     * identity alone cannot vouch for the content, and the checks fingerprint the file in full.
     */
    boolean isRacy(Instant checkedAt) {
        return !modified.isBefore(checkedAt.minus(RACY_WINDOW));
    }

    /** The form the journal keeps: equal texts, same identity. */
    String wire() {
        return size + "|" + modified + "|" + key;
    }
}
