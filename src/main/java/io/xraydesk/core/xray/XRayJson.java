package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.Map;

/**
 * The X-Ray states as JSON, for {@code --json} output and JSON exports: one object keyed by source
 * ({@code doc}, {@code bank}, {@code financial}, {@code esg}, {@code manager}), each with {@code
 * state} (one of the five words of {@link XRayStatus}), {@code grade} (or null), {@code reason} (or
 * null) and {@code reports} (how many).
 */
public final class XRayJson {

    private XRayJson() {
    }

    public static ObjectNode of(Map<Source, XRayOutcome> outcomes) {
        ObjectNode xrays = WireJson.mapper().createObjectNode();
        for (XRayOutcome outcome : outcomes.values()) {
            ObjectNode node = xrays.putObject(outcome.source().wire());
            node.put("state", outcome.status().word());
            node.put("grade", outcome.grade());
            node.put("reason", outcome.reason());
            node.put("reports", outcome.reports());
        }
        return xrays;
    }
}
