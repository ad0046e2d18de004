package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.xray.XRayJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The raw JSON, indented: one report exactly as the API sent it; a whole request as
 * {@code {"request": …, "reports": [ … ], "xrays": { … }}}, {@code xrays} being the X-Ray states
 * ({@link XRayJson}).
 */
final class JsonExport {

    private JsonExport() {
    }

    static void write(ExportSubject subject, OutputStream out) throws IOException {
        var writer = WireJson.mapper().writerWithDefaultPrettyPrinter();
        if (!subject.wholeRequest() && subject.reports().size() == 1) {
            writer.writeValue(out, subject.reports().get(0));
            return;
        }
        ObjectNode root = WireJson.mapper().createObjectNode();
        root.set("request", WireJson.mapper().valueToTree(subject.request()));
        root.set("reports", WireJson.mapper().valueToTree(subject.reports()));
        if (subject.summary() != null) {
            root.set("xrays", XRayJson.of(subject.summary().xrays()));
        }
        writer.writeValue(out, root);
    }
}
