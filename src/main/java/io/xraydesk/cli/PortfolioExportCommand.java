package io.xraydesk.cli;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.export.ExportFileType;
import io.xraydesk.core.export.ExportTarget;
import io.xraydesk.core.export.PortfolioExporter;
import io.xraydesk.core.export.PortfolioFormat;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.requests.PortfolioQuery;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code portfolio export}: the portfolio view's summary (docs/portfolio.md, The portfolio view) of every
 * company this computer knows, or those the filters keep, written by the same exporter as the window's
 * Export. Reads the local database only: nothing is sent.
 */
final class PortfolioExportCommand implements Command, FlagDeclaring {

    private static final Set<String> OPTIONS = Set.of("format", "out", "search", "batch", "grade-of", "best", "worst",
            "changed");
    private static final String USAGE = "--format csv|xlsx|pdf --out <file> [--search <text>] [--batch <id>] "
            + "[--grade-of financial|bank|esg] [--best A] [--worst C] [--changed]";

    @Override
    public List<String> words() {
        return List.of("portfolio", "export");
    }

    @Override
    public Set<String> flags() {
        return Set.of("changed");
    }

    @Override
    public String summary() {
        return "a portfolio summary (one row per company, or a PDF with the grade distribution)";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (!args.allowOnly(OPTIONS).positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        String formatText = args.require("format");
        PortfolioFormat format = ExportFileType.byExtension(PortfolioFormat.values(), formatText)
                .orElseThrow(() -> new UsageException("unknown format '" + formatText + "': use csv, xlsx or pdf"));
        Path out = Path.of(args.require("out"));
        Optional<String> badTarget = ExportTarget.problem(out.toAbsolutePath());
        if (badTarget.isPresent()) {
            throw new CommandFailedException(ExitCode.USAGE, badTarget.get());
        }
        PortfolioQuery query = new PortfolioQuery(args.option("search").orElse(null), args.option("batch").orElse(null),
                gradeOf(args), grade(args, "best"), grade(args, "worst"), args.flag("changed"));
        List<PortfolioLine> lines;
        try (LocalDatabase database = context.openDatabase()) {
            lines = new PortfolioReader(database).lines().stream().filter(query::accepts).toList();
        }
        if (lines.isEmpty()) {
            throw new CommandFailedException(ExitCode.NOT_FOUND, "no company matches: nothing written");
        }
        new PortfolioExporter().export(lines, format, out, LocalDate.now(), (done, total) -> { });
        Path written = out.toAbsolutePath();
        if (context.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", written.toString());
            result.put("format", format.extension());
            result.put("companies", lines.size());
            context.printJson(result);
        } else {
            SafeLines.println(context.out(), "wrote " + written + " (" + lines.size() + " compan"
                    + (lines.size() == 1 ? "y" : "ies") + ", " + format.extension() + ")");
        }
        return ExitCode.OK;
    }

    private static Source gradeOf(Args args) {
        Optional<String> text = args.option("grade-of");
        if (text.isEmpty()) {
            return null;
        }
        return Source.recognise(text.get().trim()).filter(s -> s == Source.FINANCIAL || s == Source.BANK
                || s == Source.ESG).orElseThrow(() -> new UsageException("--grade-of takes financial, bank or esg"));
    }

    private static String grade(Args args, String option) {
        return args.option(option).map(g -> g.trim().toUpperCase(java.util.Locale.ROOT)).map(g -> {
            if (!g.matches("[A-E]")) {
                throw new UsageException("--" + option + " takes a grade from A to E, not '" + g + "'");
            }
            return g;
        }).orElse(null);
    }
}
