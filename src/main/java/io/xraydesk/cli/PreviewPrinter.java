package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.portfolio.PortfolioPreview;
import io.xraydesk.core.portfolio.PreviewDocument;
import io.xraydesk.core.portfolio.PreviewRow;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The preview of {@code portfolio import}: row by row in words, or as JSON with {@code --json}. */
final class PreviewPrinter {

    private PreviewPrinter() {
    }

    static void print(PrintStream out, PortfolioPreview preview) {
        out.println(Messages.get("portfolio.cli.list", preview.list().file(), preview.list().format(),
                preview.rows().size()));
        for (PreviewRow row : preview.rows()) {
            out.println(Messages.get(row.isImportable() ? "portfolio.cli.row.ok" : "portfolio.cli.row.refused",
                    row.row().line(), company(row), RequestPrinter.orDash(row.businessName())));
            row.problems().forEach(problem -> out.println("    " + Messages.get("portfolio.cli.problem", problem)));
            row.notices().forEach(notice -> out.println("    " + Messages.get("portfolio.cli.notice", notice)));
            for (PreviewDocument document : row.documents()) {
                out.println("    " + Messages.get("portfolio.cli.document", document.file().getFileName(),
                        document.description().category().wire(),
                        RequestPrinter.orDash(document.description().periodWire()),
                        RequestPrinter.orDash(document.description().isoDate())));
                document.refusals().forEach(r -> out.println("      " + Messages.get("portfolio.cli.problem", r)));
                document.warnings().forEach(w -> out.println("      " + Messages.get("portfolio.cli.notice", w)));
            }
        }
        out.println(Messages.get("portfolio.cli.previewSummary", preview.importable().size(), preview.refusedCount(),
                preview.documentCount()));
    }

    static List<Map<String, Object>> json(PortfolioPreview preview) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PreviewRow row : preview.rows()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("row", row.row().line());
            json.put("codeType", row.code() == null ? row.row().codeType() : row.code().type());
            json.put("code", row.code() == null ? row.row().code() : row.code().id());
            json.put("businessName", row.businessName());
            json.put("importable", row.isImportable());
            json.put("reusedRequest", row.reusedRequestId());
            json.put("folder", row.folder() == null ? null : row.folder().toString());
            List<Map<String, Object>> documents = new ArrayList<>();
            for (PreviewDocument document : row.documents()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("file", document.file().toString());
                d.put("category", document.description().category().wire());
                d.put("period", document.description().periodWire());
                d.put("date", document.description().isoDate());
                d.put("refusals", document.refusals());
                d.put("warnings", document.warnings());
                documents.add(d);
            }
            json.put("documents", documents);
            json.put("problems", row.problems());
            json.put("notices", row.notices());
            rows.add(json);
        }
        return rows;
    }

    private static String company(PreviewRow row) {
        if (row.code() != null) {
            return row.code().type().toUpperCase(Locale.ROOT) + " " + row.code().id();
        }
        return RequestPrinter.orDash(row.row().code());
    }
}
