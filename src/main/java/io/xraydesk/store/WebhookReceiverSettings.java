package io.xraydesk.store;

/** The optional local HTTP receiver for webhook events. */
public record WebhookReceiverSettings(boolean enabled, Integer port) {

    public static final int DEFAULT_PORT = 8787;
    public static final WebhookReceiverSettings DEFAULT = new WebhookReceiverSettings(false, DEFAULT_PORT);

    public WebhookReceiverSettings {
        port = port == null ? DEFAULT_PORT : port;
    }
}
