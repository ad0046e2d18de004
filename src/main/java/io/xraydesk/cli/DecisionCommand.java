package io.xraydesk.cli;

import io.xraydesk.core.decision.CreditDecisions;
import io.xraydesk.core.decision.DecisionForm;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StoredDecision;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code decision <requestId> --outcome …}: records the analyst's decision on a request with the
 * decision rules of the application (every refused option is listed, nothing is saved). A request
 * that already has a decision gets the next version; the earlier ones stay in its history.
 */
final class DecisionCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("outcome", "limit", "currency", "duration", "condition",
            "justification");

    @Override
    public List<String> words() {
        return List.of("decision");
    }

    @Override
    public String summary() {
        return "record the credit decision on a request (a change keeps the earlier one)";
    }

    @Override
    public String usage() {
        return "<requestId> --outcome approve|decline|refer [--limit <amount> --currency <ISO code>] "
                + "[--duration <months>] [--condition <text>]... [--justification <text>]";
    }

    @Override
    public int run(CliContext context, Args args) {
        String requestId = args.allowOnly(OPTIONS).onlyPositional("a request id");
        DecisionForm form = new DecisionForm(Messages.locale()).outcome(args.option("outcome").orElse(null))
                .limit(args.option("limit").orElse(null), args.option("currency").orElse(null))
                .durationMonths(args.option("duration").orElse(null))
                .justification(args.option("justification").orElse(null));
        args.options("condition").forEach(form::condition);
        DecisionForm.Result result = form.build();
        if (!result.isOk()) {
            throw new CommandFailedException(ExitCode.VALIDATION, Messages.get("cli.decision.refused",
                    result.problems().stream().map(DecisionForm.Problem::message).collect(Collectors.joining(" "))));
        }
        context.client().getRequest(requestId);
        StoredDecision saved;
        try (SharedRecords records = context.openStore()) {
            CreditDecisions decisions = new CreditDecisions(records.decisions(), context.analyst(), Clock.systemUTC());
            // The command line decides over whatever is in force now; a decision saved by someone else
            // between this read and the write is still a conflict, reported as such.
            long inForce = decisions.current(requestId).map(StoredDecision::version).orElse(0L);
            saved = decisions.decide(requestId, inForce, result.terms().orElseThrow());
        }
        if (context.json()) {
            context.printJson(json(saved));
        } else {
            DecisionTerms terms = saved.terms();
            String limit = terms.limitAmount().map(a -> a.toPlainString() + " " + terms.currency().orElseThrow())
                    .orElse(Messages.get("audit.no_limit"));
            context.out().println(Messages.get("cli.decision.saved", requestId, saved.version(),
                    terms.outcome().wire(), limit));
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(StoredDecision decision) {
        DecisionTerms terms = decision.terms();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requestId", decision.requestId());
        result.put("version", decision.version());
        result.put("outcome", terms.outcome().wire());
        // The amount as text: exactly the digits that were saved, whatever a JSON reader does with numbers.
        result.put("limit", terms.limitAmount().map(BigDecimal::toPlainString).orElse(null));
        result.put("currency", terms.currency().orElse(null));
        result.put("durationMonths", terms.durationMonths().orElse(null));
        result.put("conditions", terms.conditions());
        result.put("justification", terms.justification().orElse(null));
        result.put("decidedBy", decision.decidedBy().userId());
        result.put("decidedAt", decision.decidedAt().toString());
        return result;
    }
}
