package io.xraydesk.sandbox;

import io.xraydesk.api.model.Source;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status/stage sequence the sandbox walks a request through. Only {@code pending_analysis} /
 * {@code 1.1} is documented (docs/october-api.md, open question OQ-11); the later rows are the sandbox's own invention,
 * kept in this one table so they are easy to change, and documented in docs/sandbox.md. The sequence only moves
 * forwards because media and reports are never removed.
 */
enum RequestProgress {
    /** Just created; ESG and Manager are running. */
    CREATED("pending_analysis", "1.1"),
    /** At least one medium is online; its X-Rays have not reported yet. */
    DOCUMENTS_RECEIVED("pending_analysis", "1.2"),
    /** A document-driven X-Ray (Doc, Bank or Financial) has reported. */
    ANALYSING("analysis_in_progress", "2.1"),
    /** All five X-Rays have reported at least once. */
    ANALYSED("analysed", "3.1");

    private static final Set<Source> DOCUMENT_DRIVEN = EnumSet.of(Source.DOC, Source.BANK, Source.FINANCIAL);

    private final String status;
    private final String stage;

    RequestProgress(String status, String stage) {
        this.status = status;
        this.stage = stage;
    }

    String status() {
        return status;
    }

    String stage() {
        return stage;
    }

    static RequestProgress of(boolean anyMediumOnline, Set<Source> reportedSources) {
        if (reportedSources.containsAll(EnumSet.allOf(Source.class))) {
            return ANALYSED;
        }
        if (reportedSources.stream().anyMatch(DOCUMENT_DRIVEN::contains)) {
            return ANALYSING;
        }
        return anyMediumOnline ? DOCUMENTS_RECEIVED : CREATED;
    }
}
