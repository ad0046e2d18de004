package io.xraydesk.core.requests;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.Grades;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.store.CachedRequest;
import java.util.Locale;
import java.util.Objects;

/**
 * Which companies of the portfolio a command keeps, as the portfolio view's filters keep rows: a text in the
 * business name, code or id, an import batch, a grade range on one X-Ray, and only those changed since the
 * last look. Every part left null (or false) keeps every company.
 *
 * @param gradeOf the X-Ray whose grade {@code best} and {@code worst} bound (Financial when null)
 */
public record PortfolioQuery(String text, String batchId, Source gradeOf, String best, String worst,
        boolean changedOnly) {

    public static final PortfolioQuery EVERYTHING = new PortfolioQuery(null, null, null, null, null, false);

    public boolean accepts(PortfolioLine line) {
        CachedRequest cached = line.overview().cached();
        XRayOutcome graded = line.xray(gradeOf == null ? Source.FINANCIAL : gradeOf);
        return contains(cached, text)
                && (batchId == null || Objects.equals(batchId, line.batchId()))
                && Grades.within(graded == null ? null : graded.grade(), best, worst)
                && (!changedOnly || line.sinceLastLook().anything());
    }

    private static boolean contains(CachedRequest cached, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        String haystack = ((cached.businessName() == null ? "" : cached.businessName()) + (cached.codeId() == null
                ? "" : cached.codeId()) + cached.id()).toLowerCase(Locale.ROOT).replace(" ", "");
        return haystack.contains(wanted);
    }
}
