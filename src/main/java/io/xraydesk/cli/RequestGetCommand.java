package io.xraydesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.xray.LiveRequestFacts;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.XRayJson;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayRules;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code request get <id>}: one request as the API has it now, and the state of each of its five
 * X-Rays. {@code --json} prints the request with one added key, {@code xrays} ({@link XRayJson}).
 */
final class RequestGetCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("request", "get");
    }

    @Override
    public String summary() {
        return "show one request (status, stage, company) and the state of its five X-Rays";
    }

    @Override
    public String usage() {
        return "<requestId>";
    }

    @Override
    public int run(CliContext context, Args args) {
        String id = args.allowOnly(Set.of()).onlyPositional("a request id");
        RequestFacts facts = LiveRequestFacts.fetch(context.client(), id, LocalJournal.itemsOf(context, id));
        Map<Source, XRayOutcome> xrays = XRayRules.outcomes(facts);
        if (context.json()) {
            ObjectNode request = WireJson.mapper().valueToTree(facts.request());
            request.set("xrays", XRayJson.of(xrays));
            context.printJson(request);
        } else {
            RequestPrinter.print(context.out(), facts.request());
            xrays.values().forEach(xray -> context.out().println(xray.line()));
        }
        return ExitCode.OK;
    }
}
