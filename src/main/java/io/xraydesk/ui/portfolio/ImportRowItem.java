package io.xraydesk.ui.portfolio;

import io.xraydesk.core.portfolio.CompanyRow;
import io.xraydesk.core.portfolio.PreviewRow;
import io.xraydesk.store.ImportCompany;

/**
 * One line of the import table: the company as typed (with the analyst's corrections), what the preview made
 * of it (null while the row is excluded: an excluded row is not checked, so it cannot make another one a
 * duplicate), the analyst's choices for it, and once the run reached it, its journaled outcome.
 */
record ImportRowItem(CompanyRow row, PreviewRow preview, boolean excluded, boolean createAnyway,
        ImportCompany outcome) {

    /** A known request for the code is reused unless the analyst chose to create one anyway. */
    boolean offersCreateAnyway() {
        return createAnyway || (preview != null && preview.reusedRequest().isPresent());
    }

    ImportRowItem withOutcome(ImportCompany company) {
        return new ImportRowItem(row, preview, excluded, createAnyway, company);
    }
}
