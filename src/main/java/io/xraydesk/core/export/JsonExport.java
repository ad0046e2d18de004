package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.xray.XRayJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The raw JSON, indented: one report exactly as the API sent it (key order, nulls, unknown fields and
 * dates as spelt, see {@link Report#json()}); a whole request as
 * {@code {"request": …, "reports": [ … ], "xrays": { … }}}, each report as sent, {@code xrays} being the
 * X-Ray states this application derives ({@link XRayJson}), under that one key of their own. The
 * {@code request} is the record as this application knows it (company completed from the local list),
 * since the request's answer as sent is not kept.
 */
final class JsonExport {

    private JsonExport() {
    }

    static void write(ExportSubject subject, OutputStream out) throws IOException {
        var writer = WireJson.mapper().writerWithDefaultPrettyPrinter();
        if (!subject.wholeRequest() && subject.reports().size() == 1) {
            writer.writeValue(out, subject.reports().get(0).json());
            return;
        }
        ObjectNode root = WireJson.mapper().createObjectNode();
        root.set("request", WireJson.mapper().valueToTree(subject.request()));
        ArrayNode reports = root.putArray("reports");
        subject.reports().forEach(report -> reports.add(report.json()));
        if (subject.summary() != null) {
            root.set("xrays", XRayJson.of(subject.summary().xrays()));
        }
        writer.writeValue(out, root);
    }
}
