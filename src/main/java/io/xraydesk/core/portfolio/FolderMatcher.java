package io.xraydesk.core.portfolio;

import io.xraydesk.api.model.CompanyCode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a company's folder among the sub-folders of the documents folder when the list names none: a folder
 * whose name holds the company code (spaces and dots ignored: "514 673 987 - Dupont") or the whole business
 * name ("Atelier Dupont (2024)"), compared without case or accents. Read once, then matched for every row.
 */
final class FolderMatcher {

    /** A name shorter than this matches too many folders by chance ("SA", "BTP"). */
    private static final int MIN_NAME_KEY = 4;

    private final List<Path> folders;
    private final List<String> keys;

    private FolderMatcher(List<Path> folders) {
        this.folders = folders;
        this.keys = folders.stream().map(f -> ListColumn.key(f.getFileName().toString())).toList();
    }

    static FolderMatcher of(Path root) {
        List<Path> folders = new ArrayList<>();
        if (root != null && Files.isDirectory(root)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
                entries.forEach(folders::add);
            } catch (IOException unreadable) {
                // the rows then find no folder, which each says
            }
        }
        folders.sort(null);
        return new FolderMatcher(folders);
    }

    /** The folders matching the company: none, one, or several (which the row reports as ambiguous). */
    List<Path> match(CompanyCode code, String businessName) {
        List<Path> found = new ArrayList<>();
        String nameKey = ListColumn.key(businessName);
        for (int i = 0; i < folders.size(); i++) {
            String key = keys.get(i);
            boolean byCode = code != null && key.contains(code.id());
            boolean byName = nameKey.length() >= MIN_NAME_KEY && key.contains(nameKey);
            if (byCode || byName) {
                found.add(folders.get(i));
            }
        }
        return found;
    }
}
