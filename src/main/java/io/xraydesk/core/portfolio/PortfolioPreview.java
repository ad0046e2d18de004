package io.xraydesk.core.portfolio;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do, row by row, before anything is sent: the model of the preview table and of
 * {@code portfolio import --dry-run}.
 */
public record PortfolioPreview(CompanyList list, Path documentsRoot, List<PreviewRow> rows) {

    public PortfolioPreview {
        rows = List.copyOf(rows);
    }

    public List<PreviewRow> importable() {
        return rows.stream().filter(PreviewRow::isImportable).toList();
    }

    public long refusedCount() {
        return rows.stream().filter(row -> !row.isImportable()).count();
    }

    public long documentCount() {
        return importable().stream().mapToLong(row -> row.acceptedDocuments().size()).sum();
    }
}
