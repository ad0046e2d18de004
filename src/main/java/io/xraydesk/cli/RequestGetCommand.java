package io.xraydesk.cli;

import io.xraydesk.api.Answer;
import io.xraydesk.api.model.AnalysisRequest;
import java.util.List;
import java.util.Set;

/** {@code request get <id>}: one request as the API has it now. */
final class RequestGetCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("request", "get");
    }

    @Override
    public String summary() {
        return "show one request (status, stage, company)";
    }

    @Override
    public String usage() {
        return "<requestId>";
    }

    @Override
    public int run(CliContext context, Args args) {
        String id = args.allowOnly(Set.of()).onlyPositional("a request id");
        Answer<AnalysisRequest> request = context.client().getRequestAnswer(id);
        if (context.json()) {
            context.printJson(request.json());
        } else {
            RequestPrinter.print(context.out(), request.value());
        }
        return ExitCode.OK;
    }
}
