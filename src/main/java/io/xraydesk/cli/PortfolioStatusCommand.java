package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.ImportReport;
import io.xraydesk.core.portfolio.ImportReportCsv;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportJournal;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code portfolio status}: the progress and outcome of an import batch, from the local journals only. */
final class PortfolioStatusCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("portfolio", "status");
    }

    @Override
    public String summary() {
        return "progress and outcome of a portfolio import (the latest, or --batch)";
    }

    @Override
    public String usage() {
        return "[--batch <id>] [--report <file.csv>]";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (!args.allowOnly(Set.of("batch", "report")).positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        try (LocalDatabase database = context.openDatabase()) {
            ImportJournal journal = database.importJournal();
            Optional<String> wanted = args.option("batch");
            ImportBatch batch = (wanted.isPresent() ? journal.batch(wanted.get()) : journal.latest())
                    .orElseThrow(() -> new CommandFailedException(ExitCode.NOT_FOUND, wanted
                            .map(id -> Messages.get("portfolio.cli.noSuchBatch", id))
                            .orElseGet(() -> Messages.get("portfolio.cli.noBatch"))));
            ImportReport report = ImportReport.of(batch, journal.companies(batch.id()), database.uploadJournal());
            Optional<String> csv = args.option("report");
            if (csv.isPresent()) {
                ImportReportCsv.save(report, Path.of(csv.get()));
            }
            return ImportReportPrinter.print(context, report);
        }
    }
}
