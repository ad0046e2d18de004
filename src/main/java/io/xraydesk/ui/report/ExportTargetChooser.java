package io.xraydesk.ui.report;

import io.xraydesk.core.export.ExportFileType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Asks where an export goes ("Save as…"); empty when the analyst cancels. */
@FunctionalInterface
public interface ExportTargetChooser {

    Optional<Path> choose(Window owner, String suggestedName, ExportFileType format);

    /** The platform's "Save as…" dialog, opening in {@code initialFolder} when there is one. */
    static ExportTargetChooser saveAs(Supplier<Optional<Path>> initialFolder) {
        return new SaveAsDialog(initialFolder);
    }
}
