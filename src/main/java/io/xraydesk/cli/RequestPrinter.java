package io.xraydesk.cli;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.api.log.PrintableText;
import java.io.PrintStream;
import java.util.Objects;

/** How a request is shown in text mode by {@code request create} and {@code request get}. */
final class RequestPrinter {

    private RequestPrinter() {
    }

    static void print(PrintStream out, AnalysisRequest request) {
        SafeLines.println(out, Messages.get("cli.request.line.id", orDash(request.id())));
        if (request.code() != null) {
            SafeLines.println(out, Messages.get("cli.request.line.code", orDash(request.code().type()),
                    orDash(request.code().id())));
        }
        SafeLines.println(out, Messages.get("cli.request.line.name", orDash(request.businessName())));
        SafeLines.println(out, Messages.get("cli.request.line.progress", orDash(request.status()),
                orDash(request.stage())));
        SafeLines.println(out, Messages.get("cli.request.line.dates", orDash(request.createdAt()),
                orDash(request.updatedAt())));
    }

    /** A value from the server for one line of output: "-" when absent, escaped and cut otherwise. */
    static String orDash(Object value) {
        return value == null ? "-" : PrintableText.of(Objects.toString(value));
    }
}
