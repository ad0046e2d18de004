package io.xraydesk.sandbox;

import io.xraydesk.api.model.WebhookEvent;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers webhook events off the request threads (docs/october-api.md, Webhooks): one signed POST per subscribed
 * webhook, retried on a non-2xx answer or a failed connection with exponential back-off (initial
 * delay, then doubled) up to the configured number of attempts. Every attempt is logged in state.
 */
final class WebhookDispatcher implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SandboxState state;
    private final int attempts;
    private final Duration initialBackoff;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "sandbox-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookDispatcher(SandboxState state, int attempts, Duration initialBackoff) {
        this.state = state;
        this.attempts = attempts;
        this.initialBackoff = initialBackoff;
    }

    void publish(WebhookEvent event) {
        byte[] body;
        try {
            body = WireJson.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a webhook event", e);
        }
        for (WebhookSetting hook : state.webhooks()) {
            if (hook.events().contains(event.event())) {
                executor.execute(() -> attempt(hook, event, body, 1));
            }
        }
    }

    private void attempt(WebhookSetting hook, WebhookEvent event, byte[] body, int attempt) {
        int status = send(hook, body);
        boolean delivered = status >= 200 && status < 300;
        state.logDelivery(new WebhookDeliveryLog(hook.url(), event.event(), event.requestId(), event.reportId(),
                attempt, status, delivered));
        if (!delivered && attempt < attempts && !executor.isShutdown()) {
            long delay = initialBackoff.toMillis() << (attempt - 1);
            executor.schedule(() -> attempt(hook, event, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** The receiver's status, or 0 when it could not be reached. */
    private int send(WebhookSetting hook, byte[] body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(body, hook.key()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
