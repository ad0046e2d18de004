package io.xraydesk.ui.report;

import io.xraydesk.core.export.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where an export goes ("Save as…"); empty when the analyst cancels. */
@FunctionalInterface
public interface ExportTargetChooser {

    Optional<Path> choose(Window owner, String suggestedName, ExportFormat format);
}
