package io.xraydesk.sandbox;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.Source;
import java.time.LocalDate;
import java.util.Random;

/**
 * What an X-Ray generator may read. {@code index} counts the reports of that source already made for
 * the request, so the n-th Bank report of a company is always the same. {@code medium} is the
 * document that triggered the run and {@code category} its category, both null for ESG, Manager and
 * notes-driven Financial runs.
 */
record ReportInput(CompanyCode code, Source source, int index, RequestNotes notes, MediumMeta medium,
        DocumentCategory category, int bankTransactions) {

    /** Reports describe statements up to this date when the medium gives none (keeps data stable). */
    static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2024, 12, 31);

    /** Same company, source and index → same sequence, whatever the run or the clock. */
    Random random() {
        long seed = (code.type() + ":" + code.id()).hashCode();
        seed = seed * 31 + source.ordinal();
        seed = seed * 31 + index;
        return new Random(seed);
    }

    LocalDate referenceDate() {
        if (medium != null && medium.date() != null) {
            try {
                return LocalDate.parse(medium.date());
            } catch (java.time.format.DateTimeParseException ignored) {
                // validated on finalisation; fall back rather than fail a report
            }
        }
        return DEFAULT_REFERENCE_DATE;
    }
}
