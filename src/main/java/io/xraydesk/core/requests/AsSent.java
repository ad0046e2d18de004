package io.xraydesk.core.requests;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.NewRequest;
import java.util.List;

/**
 * A request as this client sent it, for when the server's answer cannot be read: its id (found in
 * the answer) with the code, business name, creator and notes given at creation. Status, stage and
 * dates stay unknown (null) until the request is read again.
 */
public final class AsSent {

    private AsSent() {
    }

    public static AnalysisRequest request(String id, NewRequest sent) {
        return new AnalysisRequest(id, sent.code(), null, null, sent.businessName(), sent.creator(), List.of(),
                sent.notes(), null, null);
    }
}
