package io.xraydesk.cli;

import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.CompanyList;
import io.xraydesk.core.portfolio.CompanyListException;
import io.xraydesk.core.portfolio.CompanyListReader;
import io.xraydesk.core.portfolio.ImportReport;
import io.xraydesk.core.portfolio.ImportReportCsv;
import io.xraydesk.core.portfolio.ImportText;
import io.xraydesk.core.portfolio.PortfolioImport;
import io.xraydesk.core.portfolio.PortfolioPreview;
import io.xraydesk.core.portfolio.PortfolioPreviewer;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.LocalDatabase;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code portfolio import}: reads a company list, previews it with the form's and the upload checks, and
 * (unless {@code --dry-run}, which sends nothing and needs no credentials) creates or reuses each company's
 * request and queues its documents, journaled so that the same command after a crash continues the batch.
 */
final class PortfolioImportCommand implements Command, FlagDeclaring {

    private static final Set<String> FLAGS = Set.of("dry-run", "recreate-existing", "recreate-unknown");

    @Override
    public List<String> words() {
        return List.of("portfolio", "import");
    }

    @Override
    public String summary() {
        return "import a list of companies (CSV or XLSX) with their documents";
    }

    @Override
    public String usage() {
        return "<companies.csv|companies.xlsx> [--documents <folder>] [--dry-run] [--concurrency <n>] "
                + "[--report <file.csv>] [--recreate-existing] [--recreate-unknown]";
    }

    @Override
    public Set<String> flags() {
        return FLAGS;
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.allowOnly(Set.of("documents", "dry-run", "concurrency", "report", "recreate-existing",
                "recreate-unknown"));
        Path listFile = Path.of(args.onlyPositional("the company list"));
        Path documents = args.option("documents").map(Path::of).orElse(null);
        if (documents != null && !Files.isDirectory(documents)) {
            throw new CommandFailedException(ExitCode.VALIDATION, Messages.get("portfolio.cli.noDocumentsFolder",
                    documents));
        }
        int concurrency = Concurrency.of(args);
        CompanyList list;
        try {
            list = CompanyListReader.read(listFile);
        } catch (CompanyListException unusable) {
            throw new CommandFailedException(ExitCode.VALIDATION, unusable.getMessage());
        }
        if (args.flag("dry-run")) {
            try (LocalDatabase database = context.openDatabase()) {
                PortfolioPreview preview = previewer(database).preview(list, documents, args.flag("recreate-existing"));
                return printPreview(context, preview);
            }
        }
        try (UploadSession session = new UploadSession(context, concurrency, "xraydesk portfolio import")) {
            LocalDatabase database = session.database();
            PortfolioPreview preview = previewer(database).preview(list, documents, args.flag("recreate-existing"));
            PrintStream progress = context.json() ? context.err() : context.out();
            if (!context.json()) {
                PreviewPrinter.print(progress, preview);
            }
            Clock clock = Clock.systemUTC();
            PortfolioImport run = new PortfolioImport(database.importJournal(),
                    new RequestCreator(context.client(), database.requestCache(), CommandAudit.recorder(context), clock),
                    database.requestCache(),
                    session.queue(), database.uploadJournal(), clock);
            ImportBatch batch = run.batchFor(preview);
            progress.println(Messages.get("portfolio.cli.batch", batch.id()));
            List<ImportCompany> companies = run.run(batch, preview, args.flag("recreate-unknown"),
                    (company, overall) -> progress.println(Messages.get("portfolio.cli.progress",
                            overall.companiesDone(), overall.companiesTotal(), company.line(),
                            RequestPrinter.orDash(company.codeId()),
                            ImportText.state(company.state()),
                            RequestPrinter.orDash(company.requestId()))));
            session.awaitFinished();
            ImportBatch end = database.importJournal().batch(batch.id()).orElse(batch);
            ImportReport report = ImportReport.of(end, companies, database.uploadJournal());
            Optional<String> csv = args.option("report");
            if (csv.isPresent()) {
                ImportReportCsv.save(report, Path.of(csv.get()));
            }
            return ImportReportPrinter.print(context, report);
        }
    }

    private static PortfolioPreviewer previewer(LocalDatabase database) {
        return new PortfolioPreviewer(new KnownRequests(database.requestCache()),
                new FileInspector(FileInspector.DEFAULT_MAX_BYTES), new DocumentDateRule(Clock.systemDefaultZone()));
    }

    private static int printPreview(CliContext context, PortfolioPreview preview) {
        if (context.json()) {
            context.printJson(PreviewPrinter.json(preview));
        } else {
            PreviewPrinter.print(context.out(), preview);
        }
        return preview.refusedCount() == 0 ? ExitCode.OK : ExitCode.VALIDATION;
    }
}
