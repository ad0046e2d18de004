package io.xraydesk.core.portfolio;

import io.xraydesk.api.model.CompanyCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The disk work of a preview kept while the analyst corrects the list: each row's documents folder and its
 * files inspected (hashed, described), by what decides them. A corrected row whose code or name changed is
 * scanned again; the others keep their scan, so re-checking one edited row reads only that row's folder,
 * while the checks that span rows (a repeated company, a known request) run on the whole list again.
 * Start a new one when the list or the documents folder is read again: files on disk may have changed.
 */
public final class FolderScans {

    /** What a row's folder and documents depend on: the same inputs find the same folder and files. */
    record Key(Path root, String folderColumn, CompanyCode code, String name, boolean refusedAlready) {
    }

    /** A row's folder (null when none), its documents, and the problems and notes finding them gave. */
    record Scan(Path folder, List<PreviewDocument> documents, List<String> problems, List<String> notices) {

        Scan {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }
    }

    private final Map<Key, Scan> scans = new ConcurrentHashMap<>();
    private final AtomicInteger performed = new AtomicInteger();
    private final boolean keeps;

    /** Scans kept for the corrections to come. */
    public FolderScans() {
        this(true);
    }

    private FolderScans(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps nothing: every preview scans every row (the command line reads a list once). */
    static FolderScans none() {
        return new FolderScans(false);
    }

    Scan scan(Key key, Supplier<Scan> work) {
        if (!keeps) {
            performed.incrementAndGet();
            return work.get();
        }
        return scans.computeIfAbsent(key, unknown -> {
            performed.incrementAndGet();
            return work.get();
        });
    }

    /** How many rows' folders were scanned since this was made. */
    public int performed() {
        return performed.get();
    }
}
