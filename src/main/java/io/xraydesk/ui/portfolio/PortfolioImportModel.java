package io.xraydesk.ui.portfolio;

import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.CompanyList;
import io.xraydesk.core.portfolio.CompanyListException;
import io.xraydesk.core.portfolio.CompanyListReader;
import io.xraydesk.core.portfolio.CompanyRow;
import io.xraydesk.core.portfolio.ImportProgress;
import io.xraydesk.core.portfolio.ImportReport;
import io.xraydesk.core.portfolio.ImportReportCsv;
import io.xraydesk.core.portfolio.PortfolioImport;
import io.xraydesk.core.portfolio.FolderScans;
import io.xraydesk.core.portfolio.PortfolioPreview;
import io.xraydesk.core.portfolio.PortfolioPreviewer;
import io.xraydesk.core.portfolio.PreviewRow;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import window's state and actions: the list and documents folder chosen, the preview table with the
 * analyst's corrections, the run with its progress, and the final report. Reading, checking, running and
 * saving go through {@link BackgroundTasks}; the checks are the core's {@link PortfolioPreviewer} and the run
 * its {@link PortfolioImport}, so the window decides nothing the command line does not. Used on the UI thread.
 */
public final class PortfolioImportModel {

    /** Where the window is: what can be done next depends on it. */
    public enum Phase { CHOOSING, CHECKING, PREVIEW, RUNNING, FINISHED }

    private final BackgroundTasks tasks;
    private final PortfolioPreviewer previewer;
    private final Supplier<PortfolioImport> runs;
    private final UploadQueue queue;
    private final BiConsumer<String, Throwable> onError;

    private final StringProperty listFile = new SimpleStringProperty("");
    private final StringProperty documentsFolder = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    private final ObservableList<ImportRowItem> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty companiesProgress = new SimpleDoubleProperty(0);
    private final DoubleProperty documentsProgress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();

    /** The list as read, with the analyst's corrections; null until one was read. */
    private CompanyList list;
    private Path documentsRoot;
    /** The rows' folders scanned since the list was read: a correction rescans only the corrected row's. */
    private FolderScans scans = new FolderScans();
    private PortfolioPreview preview;
    /** An earlier run of the same list stopped before its end: Start continues it. */
    private ImportReport unfinished;
    private final Set<Integer> excluded = new TreeSet<>();
    private final Set<Integer> createAnyway = new TreeSet<>();
    private TaskHandle checking;
    private PortfolioImport run;
    private boolean stopRequested;

    public PortfolioImportModel(BackgroundTasks tasks, PortfolioPreviewer previewer, Supplier<PortfolioImport> runs,
            UploadQueue queue, BiConsumer<String, Throwable> onError) {
        this.tasks = tasks;
        this.previewer = previewer;
        this.runs = runs;
        this.queue = queue;
        this.onError = onError;
    }

    public StringProperty listFileProperty() {
        return listFile;
    }

    public StringProperty documentsFolderProperty() {
        return documentsFolder;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<ImportRowItem> rows() {
        return rows;
    }

    /** What the window says about the list, the run or a problem, in words. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty companiesProgressProperty() {
        return companiesProgress;
    }

    public DoubleProperty documentsProgressProperty() {
        return documentsProgress;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    /** Start has something to do: companies to import, or an unfinished run of the same list to continue. */
    public boolean canStart() {
        return phase.get() == Phase.PREVIEW && preview != null
                && (!preview.importable().isEmpty() || unfinished != null);
    }

    /** How many rows' folders were scanned since the list was read: a correction adds one. */
    int foldersScanned() {
        return scans.performed();
    }

    /** Reads the chosen list and checks every row, forgetting earlier corrections. */
    public void read() {
        Optional<Path> file = path(listFile.get());
        if (file.isEmpty()) {
            status.set(Messages.get("portfolio.ui.chooseList"));
            return;
        }
        Optional<Path> root = path(documentsFolder.get());
        if (root.isEmpty() && !documentsFolder.get().isBlank()) {
            status.set(Messages.get("portfolio.ui.badPath", documentsFolder.get()));
            return;
        }
        excluded.clear();
        scans = new FolderScans();
        createAnyway.clear();
        check(() -> {
            if (root.isPresent() && !Files.isDirectory(root.get())) {
                throw new CompanyListException(Messages.get("portfolio.cli.noDocumentsFolder", root.get()), null);
            }
            return CompanyListReader.read(file.get());
        }, root.orElse(null));
    }

    /**
     * The analyst typed another code on {@code line}: checked again with every other row (a repeated company,
     * a known request), its folder and documents found again; the other rows keep their scanned documents.
     */
    public void correctCode(int line, String code) {
        correct(row(line).withCode(code));
    }

    public void correctBusinessName(int line, String name) {
        correct(row(line).withBusinessName(name));
    }

    /** An excluded row is neither imported nor checked (so it is no longer the first of a repeated company). */
    public void setExcluded(int line, boolean exclude) {
        choose(excluded, line, exclude);
    }

    /** A new request for {@code line} even though one is known for its code. */
    public void setCreateAnyway(int line, boolean create) {
        choose(createAnyway, line, create);
    }

    private void correct(CompanyRow corrected) {
        if (phase.get() != Phase.PREVIEW) {
            return;
        }
        CompanyList changed = list.withRow(corrected);
        check(() -> changed, documentsRoot);
    }

    private void choose(Set<Integer> lines, int line, boolean chosen) {
        if (phase.get() != Phase.PREVIEW || (chosen ? !lines.add(line) : !lines.remove(line))) {
            return;
        }
        CompanyList current = list;
        check(() -> current, documentsRoot);
    }

    private CompanyRow row(int line) {
        return list.rows().stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + line));
    }

    /** Reads (or takes) a list and previews it without the excluded rows, off the UI thread. */
    private void check(ListSource source, Path root) {
        if (checking != null) {
            checking.cancel();
        }
        Set<Integer> out = Set.copyOf(excluded);
        Set<Integer> recreate = Set.copyOf(createAnyway);
        FolderScans scanned = scans;
        Phase before = list == null ? Phase.CHOOSING : Phase.PREVIEW;
        phase.set(Phase.CHECKING);
        status.set(Messages.get("portfolio.ui.checking"));
        checking = tasks.task("check portfolio", progress -> {
                    CompanyList read = source.list();
                    CompanyList kept = new CompanyList(read.file(), read.sha256(),
                            read.rows().stream().filter(r -> !out.contains(r.line())).toList(), read.format(),
                            read.numberLocale());
                    PortfolioPreview checked = previewer.preview(kept, root, recreate::contains, scanned);
                    PortfolioImport journal = runs.get();
                    ImportReport resumable = journal.unfinished(checked).map(journal::report).orElse(null);
                    return new Checked(read, root, checked, resumable);
                })
                .onSuccess(this::showPreview)
                .onFailure(failure -> {
                    phase.set(before);
                    if (failure instanceof CompanyListException unusable) {
                        status.set(unusable.getMessage());
                    } else {
                        status.set(Messages.get("portfolio.ui.checkFailed"));
                        onError.accept(Messages.get("portfolio.ui.checkFailed"), failure);
                    }
                })
                .start();
    }

    private void showPreview(Checked checked) {
        list = checked.list();
        documentsRoot = checked.root();
        preview = checked.preview();
        unfinished = checked.unfinished();
        report.set(null);
        Map<Integer, PreviewRow> byLine = new HashMap<>();
        preview.rows().forEach(r -> byLine.put(r.row().line(), r));
        rows.setAll(list.rows().stream().map(r -> new ImportRowItem(r, byLine.get(r.line()),
                excluded.contains(r.line()), createAnyway.contains(r.line()), null)).toList());
        String summary = Messages.get("portfolio.ui.previewSummary", list.format(), preview.importable().size(),
                preview.refusedCount(), excluded.size(), preview.documentCount());
        if (unfinished != null) {
            summary += " " + Messages.get("portfolio.ui.resumable", doneCount(unfinished), unfinished.lines().size());
        }
        status.set(summary);
        phase.set(Phase.PREVIEW);
    }

    /** Runs the import of the previewed rows (or continues the unfinished one) until its end or Cancel. */
    public void start() {
        if (!canStart()) {
            return;
        }
        PortfolioImport importRun = runs.get();
        PortfolioPreview toRun = preview;
        run = importRun;
        stopRequested = false;
        phase.set(Phase.RUNNING);
        companiesProgress.set(0);
        documentsProgress.set(0);
        progressText.set("");
        status.set(Messages.get("portfolio.ui.running"));
        tasks.task("import portfolio", progress -> {
                    // Document bytes of the whole queue: the import's files are what it sends now.
                    UploadQueueListener documents = (upload, overall) -> progress.update(overall.bytesDone(),
                            overall.bytesTotal());
                    queue.addListener(documents);
                    try {
                        ImportBatch batch = importRun.batchFor(toRun);
                        importRun.run(batch, toRun, false, (company, overall) -> tasks.ui()
                                .execute(() -> companyChanged(company, overall)));
                        return importRun.report(batch);
                    } finally {
                        queue.removeListener(documents);
                    }
                })
                .onProgress(documentsProgress::set)
                .onSuccess(this::finished)
                .onFailure(failure -> {
                    run = null;
                    phase.set(Phase.PREVIEW);
                    status.set(Messages.get("portfolio.ui.runFailed"));
                    onError.accept(Messages.get("portfolio.ui.runFailed"), failure);
                })
                .start();
    }

    /** Stops the run after the company being worked on; the journal lets the same list continue later. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING && run != null && !stopRequested) {
            stopRequested = true;
            run.cancel();
            status.set(Messages.get("portfolio.ui.stopping"));
        } else if (phase.get() == Phase.CHECKING && checking != null) {
            checking.cancel();
            phase.set(list == null ? Phase.CHOOSING : Phase.PREVIEW);
            status.set(Messages.get("portfolio.ui.checkCancelled"));
        }
    }

    /** Saves the final report as CSV, off the UI thread. */
    public void saveReport(Path target) {
        ImportReport current = report.get();
        if (current == null) {
            return;
        }
        tasks.task("save import report", progress -> {
                    ImportReportCsv.save(current, target);
                    return target;
                })
                .onSuccess(saved -> status.set(Messages.get("portfolio.ui.reportSaved", saved)))
                .onFailure(failure -> status.set(Messages.get("portfolio.ui.reportNotSaved", target,
                        FailureWords.of(failure))))
                .start();
    }

    /** The window closes: a check in flight is dropped, a run stops cleanly after its current company. */
    public void close() {
        if (checking != null) {
            checking.cancel();
        }
        if (run != null) {
            run.cancel();
        }
    }

    private void companyChanged(ImportCompany company, ImportProgress overall) {
        showOutcome(company);
        companiesProgress.set(overall.companiesTotal() == 0 ? 1 : (double) overall.companiesDone()
                / overall.companiesTotal());
        progressText.set(Messages.get("portfolio.ui.progress", overall.companiesDone(), overall.companiesTotal(),
                overall.documentsQueued()));
    }

    private void finished(ImportReport outcome) {
        run = null;
        report.set(outcome);
        outcome.lines().forEach(line -> showOutcome(line.company()));
        companiesProgress.set(outcome.lines().isEmpty() ? 1 : (double) doneCount(outcome) / outcome.lines().size());
        String totals = Messages.get("portfolio.ui.report", outcome.count(ImportCompanyState.CREATED),
                outcome.count(ImportCompanyState.REUSED), outcome.count(ImportCompanyState.REFUSED),
                outcome.count(ImportCompanyState.OUTCOME_UNKNOWN),
                outcome.count(ImportCompanyState.PENDING) + outcome.count(ImportCompanyState.CREATING),
                outcome.documentsOnline(), outcome.documentsFailed(), outcome.documentsWaiting(),
                outcome.documentsRefused());
        status.set(Messages.get(stopRequested ? "portfolio.ui.stopped" : "portfolio.ui.finished", totals));
        phase.set(Phase.FINISHED);
    }

    private void showOutcome(ImportCompany company) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row().line() == company.line()) {
                rows.set(i, rows.get(i).withOutcome(company));
                return;
            }
        }
    }

    private static long doneCount(ImportReport outcome) {
        return outcome.lines().stream().filter(line -> line.company().isFinished()).count();
    }

    private static Optional<Path> path(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.strip()));
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /** Where a check takes its list from: the file (read again) or the corrected list in hand. */
    @FunctionalInterface
    private interface ListSource {
        CompanyList list() throws Exception;
    }

    private record Checked(CompanyList list, Path root, PortfolioPreview preview, ImportReport unfinished) {
    }
}
