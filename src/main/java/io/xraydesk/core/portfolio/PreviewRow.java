package io.xraydesk.core.portfolio;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.RequestNotes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One company of the preview: the row as typed, what the checks made of it (the code to send, the name, the
 * notes), the request it reuses when one is known for its code, its documents folder and files, and every
 * problem in words. A row with problems is not imported; notices (a SIRET reduced to its SIREN, no folder
 * found) do not block it.
 */
public record PreviewRow(CompanyRow row, CompanyCode code, String businessName, RequestNotes notes, Path folder,
        String reusedRequestId, List<PreviewDocument> documents, List<String> problems, List<String> notices) {

    public PreviewRow {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public boolean isImportable() {
        return problems.isEmpty();
    }

    public Optional<String> reusedRequest() {
        return Optional.ofNullable(reusedRequestId);
    }

    public List<PreviewDocument> acceptedDocuments() {
        return documents.stream().filter(PreviewDocument::isAccepted).toList();
    }
}
