package io.xraydesk.cli;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.i18n.Messages;
import java.io.PrintStream;
import java.util.Objects;

/** How a request is shown in text mode by {@code request create} and {@code request get}. */
final class RequestPrinter {

    private RequestPrinter() {
    }

    static void print(PrintStream out, AnalysisRequest request) {
        out.println(Messages.get("cli.request.line.id", request.id()));
        if (request.code() != null) {
            out.println(Messages.get("cli.request.line.code", request.code().type(), request.code().id()));
        }
        out.println(Messages.get("cli.request.line.name", orDash(request.businessName())));
        out.println(Messages.get("cli.request.line.progress", orDash(request.status()), orDash(request.stage())));
        out.println(Messages.get("cli.request.line.dates", orDash(request.createdAt()), orDash(request.updatedAt())));
    }

    static String orDash(Object value) {
        return value == null ? "-" : Objects.toString(value);
    }
}
