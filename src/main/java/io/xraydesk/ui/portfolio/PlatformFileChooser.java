package io.xraydesk.ui.portfolio;

import io.xraydesk.core.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's open, folder and save dialogs, filtered on the files an import reads and writes. */
final class PlatformFileChooser implements ImportFileChooser {

    @Override
    public Optional<Path> list(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("portfolio.ui.chooseListTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("portfolio.ui.listFiles"), "*.csv", "*.CSV", "*.xlsx",
                        "*.XLSX", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(Messages.get("portfolio.ui.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> documentsFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("portfolio.ui.chooseFolderTitle"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> reportTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("portfolio.ui.saveReportTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
