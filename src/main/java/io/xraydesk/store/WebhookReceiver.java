package io.xraydesk.store;

/** The optional local HTTP receiver for webhook events. */
public record WebhookReceiver(boolean enabled, Integer port) {

    public static final int DEFAULT_PORT = 8787;
    public static final WebhookReceiver DEFAULT = new WebhookReceiver(false, DEFAULT_PORT);

    public WebhookReceiver {
        port = port == null ? DEFAULT_PORT : port;
    }
}
