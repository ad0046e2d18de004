package io.xraydesk.core.documents;

import io.xraydesk.core.i18n.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands what the analyst dropped (files and folders) into candidate files. Inside folders it skips
 * hidden entries (dot-names, and the DOS hidden attribute where the file system has one) and the
 * clutter operating systems leave behind; a file dropped explicitly is always kept, since the analyst
 * chose it. A dropped folder is walked without leaving it: a link inside it whose target lies outside
 * it is not followed (a link to {@code /} would otherwise walk the system), and is said in a refusal;
 * links within it are followed once (a folder already walked, by its real path, is not walked again,
 * so link cycles end). Files are listed in name order, each once; broken links are kept so that
 * {@link FileInspector} can say what is wrong with them. Past the cap on files the walk goes on only
 * to count what it leaves out, so that the caller can say how many.
 */
public final class FolderWalker {

    public static final int DEFAULT_MAX_DEPTH = 8;
    public static final int DEFAULT_MAX_FILES = 500;

    /** Names operating systems and office suites create next to real documents (lower case). */
    private static final Set<String> SYSTEM_NAMES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini",
            ".ds_store", "__macosx", "$recycle.bin", "system volume information");
    /** Prefix of the lock files Microsoft Office keeps next to an open document. */
    private static final String OFFICE_LOCK_PREFIX = "~$";

    private final int maxDepth;
    private final int maxFiles;

    public FolderWalker(int maxDepth, int maxFiles) {
        this.maxDepth = maxDepth;
        this.maxFiles = maxFiles;
    }

    public FolderWalker() {
        this(DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILES);
    }

    /**
     * The candidate files, notices about what was left out (too deep, too many, unreadable, links out
     * of the folder), and how many files the cap left out.
     */
    public record Expansion(List<Path> files, List<Problem<DocumentProblem>> notices, int leftOut) {
        public Expansion {
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }

        /** True when something the analyst dropped will not be sent: a refusal or a cap. */
        public boolean leftSomethingOut() {
            return leftOut > 0 || notices.stream().anyMatch(issue -> issue.kind().isRefusal());
        }
    }

    public Expansion expand(List<Path> dropped) {
        Walk walk = new Walk();
        for (Path path : dropped) {
            if (Files.isDirectory(path)) {
                walk.dropped(path);
            } else {
                walk.add(path);
            }
        }
        if (walk.leftOut > 0) {
            walk.notices.add(Problem.of(DocumentProblem.TOO_MANY_FILES, maxFiles, walk.leftOut));
        }
        return new Expansion(new ArrayList<>(walk.files), walk.notices, walk.leftOut);
    }

    /** State of one expansion. */
    private final class Walk {
        private final Set<Path> files = new LinkedHashSet<>();
        private final List<Problem<DocumentProblem>> notices = new ArrayList<>();
        private final Set<Path> walkedFolders = new HashSet<>();
        private int leftOut;
        /** The real path of the dropped folder being walked: nothing outside it is followed. */
        private Path root;

        void dropped(Path folder) {
            try {
                root = folder.toRealPath();
            } catch (IOException e) {
                notices.add(Problem.of(DocumentProblem.NOT_READABLE, folder.toString()));
                return;
            }
            folder(folder, 1);
        }

        void folder(Path folder, int depth) {
            if (depth > maxDepth) {
                notices.add(Problem.of(DocumentProblem.TOO_DEEP, folder.toString(), maxDepth));
                return;
            }
            List<Path> entries = new ArrayList<>();
            try {
                if (!walkedFolders.add(folder.toRealPath())) {
                    return;
                }
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                    stream.forEach(entries::add);
                }
            } catch (IOException e) {
                notices.add(Problem.of(DocumentProblem.NOT_READABLE, folder.toString()));
                return;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path entry : entries) {
                if (isClutter(entry) || leavesRoot(entry)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    folder(entry, depth + 1);
                } else {
                    add(entry);
                }
            }
        }

        void add(Path file) {
            Path normalised = file.toAbsolutePath().normalize();
            if (files.contains(normalised)) {
                return;
            }
            if (files.size() >= maxFiles) {
                leftOut++;
                return;
            }
            files.add(normalised);
        }

        /** A link whose target lies outside the dropped folder: said, and not followed. */
        private boolean leavesRoot(Path entry) {
            if (!Files.isSymbolicLink(entry)) {
                return false;
            }
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException broken) {
                return false; // kept, so that the inspection says what is wrong with it
            }
            if (target.startsWith(root)) {
                return false;
            }
            notices.add(Problem.of(DocumentProblem.LINK_OUT_OF_FOLDER, entry.toString(), target.toString(),
                    root.toString()));
            return true;
        }
    }

    private static boolean isClutter(Path entry) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith(OFFICE_LOCK_PREFIX) || SYSTEM_NAMES.contains(lower)) {
            return true;
        }
        try {
            // On Windows this reads the DOS hidden attribute; elsewhere it repeats the dot-name test.
            return Files.isHidden(entry);
        } catch (IOException e) {
            return false;
        }
    }
}
