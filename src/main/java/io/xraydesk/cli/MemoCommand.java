package io.xraydesk.cli;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.export.ExportTarget;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.memo.CreditMemos;
import io.xraydesk.store.WorkstationStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code memo <requestId> --out <file.pdf> [--lang fr|en]}: the request's credit memo as an archivable
 * PDF (docs/workflow.md, The credit memo), in the language asked for, else the analyst's. The request and
 * its reports are read from the API as for {@code export}; the decision, notes, documents and audit trail
 * from the store. Producing it is recorded in the audit trail.
 */
final class MemoCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("out", "lang");
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "fr", Locale.FRENCH);

    @Override
    public List<String> words() {
        return List.of("memo");
    }

    @Override
    public String summary() {
        return "Write a request's credit memo as an archivable PDF (PDF/A-2b)";
    }

    @Override
    public String usage() {
        return "<requestId> --out <file.pdf> [--lang fr|en]";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String requestId = args.allowOnly(OPTIONS).onlyPositional("a request id");
        Path out = Path.of(args.require("out")).toAbsolutePath();
        Locale language = language(args.option("lang"));
        // Said before anything is fetched: nothing to wait for when the place cannot take the file.
        Optional<String> badTarget = ExportTarget.problem(out);
        if (badTarget.isPresent()) {
            throw new CommandFailedException(ExitCode.USAGE, badTarget.get());
        }
        Locale analysts = Messages.locale();
        Messages.setLocale(language);
        try {
            AnalysisRequest request = ExportCommand.withLocalIdentity(context, context.client().getRequest(requestId));
            List<Report> reports = context.client().listReports(requestId, null);
            ExportSubject subject = ExportCommand.wholeRequest(context, request, reports);
            try (WorkstationStore store = context.openStore()) {
                CreditMemos.produce(subject, store, CommandAudit.recorder(context, store), context.analyst().displayName(),
                        out);
            }
        } finally {
            Messages.setLocale(analysts);
        }
        if (context.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", out.toString());
            result.put("language", language.getLanguage());
            context.printJson(result);
        } else {
            SafeLines.println(context.out(), Messages.get("cli.memo.written", out, language.getLanguage()));
        }
        return ExitCode.OK;
    }

    private static Locale language(Optional<String> asked) {
        if (asked.isEmpty()) {
            return Messages.locale().getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        }
        Locale language = LANGUAGES.get(asked.get().trim().toLowerCase(Locale.ROOT));
        if (language == null) {
            throw new UsageException("unknown language '" + asked.get() + "': use fr or en");
        }
        return language;
    }
}
