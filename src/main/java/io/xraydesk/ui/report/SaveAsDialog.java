package io.xraydesk.ui.report;

import io.xraydesk.core.export.ExportFileType;
import io.xraydesk.core.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's "Save as…" dialog, filtered on the export's file type, opening in the chosen export folder. */
final class SaveAsDialog implements ExportTargetChooser {

    private final Supplier<Optional<Path>> initialFolder;

    /** @param initialFolder read at each export, so a folder chosen in the preferences counts at once */
    SaveAsDialog(Supplier<Optional<Path>> initialFolder) {
        this.initialFolder = initialFolder;
    }

    @Override
    public Optional<Path> choose(Window owner, String suggestedName, ExportFileType format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("report.export.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        // A folder removed since it was chosen would make some platforms refuse to open the dialog.
        initialFolder.get().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.name(), "*." + format.extension(), "*." + format.extension().toUpperCase(Locale.ROOT)));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
