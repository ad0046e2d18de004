package io.xraydesk.ui.portfolio;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where the import window asks for files: the platform's dialogs in the application; a test, which cannot
 * answer them headless, gives its own answers. Each is empty when the analyst cancels.
 */
public interface ImportFileChooser {

    /** The company list to import (CSV or XLSX). */
    Optional<Path> list(Window owner);

    /** The folder holding a sub-folder of documents per company. */
    Optional<Path> documentsFolder(Window owner);

    /** Where the final report is saved, as CSV. */
    Optional<Path> reportTarget(Window owner, String suggestedName);
}
