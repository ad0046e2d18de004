package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code requests list}: every request this computer knows (created here, opened by id, or announced by a
 * webhook), most recently updated first, as the local list last recorded it. Sends nothing: the API has no
 * list of requests (docs/october-api.md, Endpoints).
 */
final class RequestsListCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("requests", "list");
    }

    @Override
    public String summary() {
        return "every request known locally, with its last known status";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (!args.allowOnly(Set.of()).positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        List<CachedRequest> requests;
        try (LocalDatabase database = LocalDatabase.open(context.paths().database())) {
            requests = database.requestCache().all();
        }
        if (context.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CachedRequest request : requests) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", request.id());
                row.put("codeType", request.codeType());
                row.put("code", request.codeId());
                row.put("businessName", request.businessName());
                row.put("status", request.status());
                row.put("stage", request.stage());
                row.put("createdAt", request.createdAt() == null ? null : request.createdAt().toString());
                row.put("updatedAt", request.updatedAt() == null ? null : request.updatedAt().toString());
                row.put("origin", request.origin().name().toLowerCase(Locale.ROOT));
                rows.add(row);
            }
            context.printJson(rows);
        } else if (requests.isEmpty()) {
            context.out().println(Messages.get("requests.cli.none"));
        } else {
            for (CachedRequest request : requests) {
                context.out().println(Messages.get("requests.cli.line", request.id(),
                        RequestPrinter.orDash(request.codeType()), RequestPrinter.orDash(request.codeId()),
                        RequestPrinter.orDash(request.businessName()), RequestPrinter.orDash(request.status()),
                        RequestPrinter.orDash(request.stage())));
            }
        }
        return ExitCode.OK;
    }
}
