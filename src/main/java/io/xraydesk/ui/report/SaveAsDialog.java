package io.xraydesk.ui.report;

import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's "Save as…" dialog, filtered on the export's file type. */
final class SaveAsDialog implements ExportTargetChooser {

    @Override
    public Optional<Path> choose(Window owner, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("report.export.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.name(), "*." + format.extension(), "*." + format.extension().toUpperCase(Locale.ROOT)));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
