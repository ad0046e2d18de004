package io.xraydesk.core.webhooks;

import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.WebhookEvent;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * One webhook delivery read and checked (docs/october-api.md, Webhooks), the same way by the
 * workstation's {@link WebhookReceiver} and by the team's relay: a {@code POST} of at most {@link
 * #MAX_BODY_BYTES}, signed under one of the business's keys before its body is parsed, naming an event
 * and a request id. Either the event, or the status to refuse it with: 405, 413, 401 or 400.
 */
public record CheckedDelivery(WebhookEvent event, int refusedWith) {

    /** Deliveries are a few hundred bytes; anything far larger is not October's. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    /** Reads the exchange's body and checks it; sets {@code Allow} when the method is refused. */
    public static CheckedDelivery read(HttpExchange exchange, WebhookKeys keys) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return refused(405);
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
        if (body == null) {
            return refused(413);
        }
        if (!keys.verify(body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER))) {
            return refused(401);
        }
        WebhookEvent event = parse(body);
        return event == null ? refused(400) : new CheckedDelivery(event, 0);
    }

    public boolean accepted() {
        return event != null;
    }

    /**
     * Whether the event says something happened to its request. Other events are acknowledged and
     * ignored: October may add events (docs/october-api.md, Environments and versions).
     */
    public boolean asksForRefresh() {
        return accepted() && (WebhookSetting.EVENT_NEW_REPORT.equals(event.event())
                || WebhookSetting.EVENT_UPDATE_REQUEST.equals(event.event()));
    }

    private static CheckedDelivery refused(int status) {
        return new CheckedDelivery(null, status);
    }

    /** The event, or null when the body is not a delivery: not JSON, no event, no valid request id. */
    private static WebhookEvent parse(byte[] body) {
        try {
            WebhookEvent event = WireJson.mapper().readValue(body, WebhookEvent.class);
            if (event == null || event.event() == null || event.requestId() == null
                    || !OBJECT_ID.matcher(event.requestId()).matches()
                    || (event.reportId() != null && !OBJECT_ID.matcher(event.reportId()).matches())) {
                return null;
            }
            return event;
        } catch (IOException e) {
            return null;
        }
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
