package io.xraydesk.sandbox;

/**
 * One delivery attempt, as {@code GET /_sandbox/state} lists it. {@code status} is the receiver's
 * HTTP status, or 0 when the connection failed.
 */
record WebhookDeliveryLog(String url, String event, String requestId, String reportId, int attempt, int status,
        boolean delivered) {
}
