package io.xraydesk.core.portfolio;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.core.codes.CodeCheck;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentGuesser;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.documents.FolderWalker;
import io.xraydesk.core.documents.Guess;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.notes.BusinessNameRule;
import io.xraydesk.core.notes.NotesForm;
import io.xraydesk.core.notes.Parsed;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.upload.DocumentDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Checks every row of a list with the rules of the new-request form and of the upload panel: the code by its
 * type's check, the business name and notes fields as the form reads them, the duplicate guard of the form
 * (a request known locally for the code is reused unless {@code recreateExisting}), a company repeated in the
 * file, the documents folder and each of its files as the upload queue would check it, with the category,
 * period and date guessed from its name. Reads every file: call it off the UI thread.
 */
public final class PortfolioPreviewer {

    private static final int EIGHT_DIGITS = 8;

    private final KnownRequests knownRequests;
    private final FileInspector inspector;
    private final DocumentDateRule dateRule;
    private final FolderWalker walker = new FolderWalker();

    public PortfolioPreviewer(KnownRequests knownRequests, FileInspector inspector, DocumentDateRule dateRule) {
        this.knownRequests = knownRequests;
        this.inspector = inspector;
        this.dateRule = dateRule;
    }

    /** The preview of {@code list}; {@code documentsRoot} may be null when the list names no folders. */
    public PortfolioPreview preview(CompanyList list, Path documentsRoot, boolean recreateExisting) {
        return preview(list, documentsRoot, line -> recreateExisting);
    }

    /**
     * The preview of {@code list} where the rows whose line {@code recreateExisting} accepts get a new request
     * even when one is known for their code: the window's "create anyway", chosen row by row.
     */
    public PortfolioPreview preview(CompanyList list, Path documentsRoot, IntPredicate recreateExisting) {
        return preview(list, documentsRoot, recreateExisting, FolderScans.none());
    }

    /**
     * As {@link #preview(CompanyList, Path, IntPredicate)}, the rows' folders and documents taken from {@code
     * scans} where their code, name and folder did not change since it scanned them: the window's corrections.
     */
    public PortfolioPreview preview(CompanyList list, Path documentsRoot, IntPredicate recreateExisting,
            FolderScans scans) {
        // Listing the documents folder is disk work too: done once, and only when a row needs it.
        Supplier<FolderMatcher> matcher = new Supplier<>() {
            private FolderMatcher listed;

            @Override
            public FolderMatcher get() {
                if (listed == null) {
                    listed = FolderMatcher.of(documentsRoot);
                }
                return listed;
            }
        };
        Map<CompanyCode, Integer> firstLine = new HashMap<>();
        List<PreviewRow> rows = new ArrayList<>();
        for (CompanyRow row : list.rows()) {
            rows.add(check(row, list, documentsRoot, matcher, firstLine, recreateExisting, scans));
        }
        return new PortfolioPreview(list, documentsRoot, rows);
    }

    private PreviewRow check(CompanyRow row, CompanyList list, Path root, Supplier<FolderMatcher> matcher,
            Map<CompanyCode, Integer> firstLine, IntPredicate recreateExisting, FolderScans scans) {
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        CompanyCode code = code(row, problems, notices);
        String name = accepted(BusinessNameRule.normalise(row.businessName()), problems);
        RequestNotes notes = notes(row, list, problems);
        String reused = null;
        if (code != null) {
            Integer earlier = firstLine.putIfAbsent(code, row.line());
            if (earlier != null) {
                problems.add(Messages.get("portfolio.row.repeated", earlier));
            } else if (!recreateExisting.test(row.line())) {
                reused = knownRequests.forCode(code).stream().findFirst().map(KnownRequests.KnownRequest::id)
                        .orElse(null);
                if (reused != null) {
                    notices.add(Messages.get("portfolio.row.reused", reused));
                }
            }
        }
        FolderScans.Scan scan = scans.scan(new FolderScans.Key(root, row.folder(), code, name, !problems.isEmpty()),
                () -> scan(row, root, matcher.get(), code, name, !problems.isEmpty()));
        problems.addAll(scan.problems());
        notices.addAll(scan.notices());
        return new PreviewRow(row, code, name, notes, scan.folder(), reused, scan.documents(), problems, notices);
    }

    private FolderScans.Scan scan(CompanyRow row, Path root, FolderMatcher matcher, CompanyCode code, String name,
            boolean refusedAlready) {
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Path folder = folder(row, root, matcher, code, name, refusedAlready, problems, notices);
        List<PreviewDocument> documents = folder == null ? List.of() : documents(folder, notices);
        return new FolderScans.Scan(folder, documents, problems, notices);
    }

    private static CompanyCode code(CompanyRow row, List<String> problems, List<String> notices) {
        if (row.code() == null) {
            problems.add(Messages.get("portfolio.row.noCode"));
            return null;
        }
        CompanyCodeType type = type(row);
        if (type == null) {
            problems.add(Messages.get("portfolio.row.unknownType", row.codeType()));
            return null;
        }
        CodeCheck check = type.check(row.code());
        if (!check.isValid()) {
            problems.add(check.message());
            return null;
        }
        check.note().ifPresent(notices::add);
        return type.toCompanyCode(check.normalisedId().orElseThrow());
    }

    /**
     * The type a type column or the code's header gives; else 8 digits is a KvK number (no SIREN or SIRET
     * has 8) and anything else is read as a SIREN, whose check then says what is wrong.
     */
    private static CompanyCodeType type(CompanyRow row) {
        if (row.codeType() != null) {
            return CompanyCodeTypes.byWire(row.codeType()).orElse(null);
        }
        long digits = row.code().chars().filter(Character::isDigit).count();
        return digits == EIGHT_DIGITS ? CompanyCodeTypes.KVK : CompanyCodeTypes.SIREN;
    }

    private static RequestNotes notes(CompanyRow row, CompanyList list, List<String> problems) {
        NotesForm form = new NotesForm(list.numberLocale());
        row.notes().forEach(form::set);
        NotesForm.Result result = form.build();
        result.problems().forEach((field, problem) -> problems.add(Messages.get("portfolio.row.notesField",
                Messages.get(field.labelKey()), problem.message())));
        return result.notesToSend().orElse(null);
    }

    private Path folder(CompanyRow row, Path root, FolderMatcher matcher, CompanyCode code, String name,
            boolean refusedAlready, List<String> problems, List<String> notices) {
        if (row.folder() != null) {
            Path folder = root == null ? Path.of(row.folder()) : root.resolve(row.folder());
            if (!Files.isDirectory(folder)) {
                problems.add(Messages.get("portfolio.row.noFolder", folder));
                return null;
            }
            return folder;
        }
        if (root == null || refusedAlready) {
            // A row already refused is not matched: its code or name may be the very thing that is wrong.
            return null;
        }
        List<Path> matches = matcher.match(code, name);
        if (matches.size() > 1) {
            problems.add(Messages.get("portfolio.row.ambiguousFolder", matches.stream()
                    .map(p -> p.getFileName().toString()).toList()));
            return null;
        }
        if (matches.isEmpty()) {
            notices.add(Messages.get("portfolio.row.noFolderFound", root));
            return null;
        }
        return matches.get(0);
    }

    private List<PreviewDocument> documents(Path folder, List<String> notices) {
        FolderWalker.Expansion expansion = walker.expand(List.of(folder));
        expansion.notices().forEach(notice -> notices.add(notice.message()));
        List<PreviewDocument> documents = new ArrayList<>();
        for (Path file : expansion.files()) {
            // Hashed here: a resumed import recognises a document already in the journal by its content.
            FileReport report = inspector.inspect(file, true);
            DocumentDescription description = describe(DocumentGuesser.guess(file.getFileName().toString()));
            List<String> refusals = new ArrayList<>(messages(report.refusals()));
            refusals.addAll(messages(dateRule.check(description.category(), description.period(),
                    description.date())));
            documents.add(new PreviewDocument(file, description, report.size(), report.sha256(), refusals,
                    messages(report.warnings())));
        }
        return documents;
    }

    /** An unrecognised file is sent as "other", which takes no period: the guessed period is then dropped. */
    static DocumentDescription describe(Guess guess) {
        DocumentCategory category = guess.category() == null ? DocumentCategory.OTHER : guess.category();
        Period period = guess.period() != null && category.accepts(guess.period()) ? guess.period() : null;
        return new DocumentDescription(category, period, guess.date());
    }

    private static <T> T accepted(Parsed<T> parsed, List<String> problems) {
        if (parsed.isOk()) {
            return parsed.value();
        }
        problems.add(parsed.problem().orElseThrow().message());
        return null;
    }

    private static List<String> messages(List<Problem<DocumentProblem>> issues) {
        return issues.stream().map(Problem::message).toList();
    }
}
