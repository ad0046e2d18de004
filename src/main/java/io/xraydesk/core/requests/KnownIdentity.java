package io.xraydesk.core.requests;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.store.CachedRequest;

/**
 * A request's company as this application knows it. The API's answers may leave out the code and the
 * business name (the documented answer to a creation has neither): the local record, which keeps what
 * was given at creation or read before, fills them in, so screens and exports never show a dash for a
 * company the application knows.
 */
public final class KnownIdentity {

    private KnownIdentity() {
    }

    /** {@code answer}, with its missing code and business name taken from the local record {@code known}. */
    public static AnalysisRequest completed(AnalysisRequest answer, CachedRequest known) {
        return completed(answer, known.codeId() == null ? null : new CompanyCode(known.codeType(), known.codeId()),
                known.businessName());
    }

    /** The answer to a creation, with its missing code and business name taken from what was {@code sent}. */
    public static AnalysisRequest completed(AnalysisRequest answer, NewRequest sent) {
        return completed(answer, sent.code(), sent.businessName());
    }

    private static AnalysisRequest completed(AnalysisRequest answer, CompanyCode knownCode, String knownName) {
        boolean hasCode = answer.code() != null && answer.code().id() != null && !answer.code().id().isBlank();
        boolean hasName = answer.businessName() != null && !answer.businessName().isBlank();
        if ((hasCode || knownCode == null) && (hasName || knownName == null)) {
            return answer;
        }
        CompanyCode code = hasCode || knownCode == null ? answer.code() : knownCode;
        String name = hasName ? answer.businessName() : knownName;
        return new AnalysisRequest(answer.id(), code, answer.status(), answer.stage(), name, answer.creator(),
                answer.collaborators(), answer.notes(), answer.createdAt(), answer.updatedAt());
    }
}
