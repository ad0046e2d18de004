package io.xraydesk.core.webhooks;

import io.xraydesk.api.model.Business;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.serving.ServingLimits;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.TemporaryFolders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A {@link SandboxFixture} with a webhook receiver on loopback nudging its watcher, the sandbox
 * business's webhook registered, and its key known: what the receiver tests post deliveries to. It owns
 * its temporary folder, so a test needs only to make one per test and close it.
 */
public final class ReceiverFixture implements AutoCloseable {

    public final SandboxFixture sandbox;
    public final WebhookReceiver receiver;
    /** The business's webhook key, what a valid delivery is signed with. */
    public final String key;
    private final Path folder = TemporaryFolders.create("xraydesk-webhooks");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ReceiverFixture(boolean sandboxDeliversHere, ServingLimits limits) {
        sandbox = new SandboxFixture(folder, WatchPolicy.defaults());
        WebhookKeys keys = new WebhookKeys(sandbox.client, SandboxConfig.DEMO_BUSINESS_ID, sandbox.clock);
        receiver = WebhookReceiver.start(0, keys, sandbox.watcher, limits);
        URI registered = sandboxDeliversHere ? relayUrl() : URI.create("http://127.0.0.1:9/unreachable");
        Business business = new WebhookRegistration(sandbox.client, SandboxConfig.DEMO_BUSINESS_ID).register(registered);
        key = business.settings().webhooks().get(0).key();
        keys.refresh();
    }

    /** The sandbox's own deliveries reach the receiver, as in use. */
    public static ReceiverFixture receivingSandboxDeliveries() {
        return new ReceiverFixture(true, WebhookReceiver.DEFAULT_LIMITS);
    }

    /** The sandbox's own deliveries go to a closed port: only the test's deliveries reach the receiver. */
    public static ReceiverFixture receivingTestDeliveriesOnly() {
        return receivingTestDeliveriesOnly(WebhookReceiver.DEFAULT_LIMITS);
    }

    /** As above, the receiver serving within {@code limits}. */
    public static ReceiverFixture receivingTestDeliveriesOnly(ServingLimits limits) {
        return new ReceiverFixture(false, limits);
    }

    public URI relayUrl() {
        return URI.create("http://127.0.0.1:" + receiver.address().getPort() + "/october-webhook");
    }

    /** The signature a delivery of {@code body} carries when signed with {@code signingKey}. */
    public static String sign(String body, String signingKey) {
        return WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), signingKey);
    }

    /** Posts one delivery, with no signature header when {@code signature} is null; returns the status. */
    public int post(String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(relayUrl())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Any other method on the relay URL; returns the status. */
    public int send(String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(relayUrl()).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        receiver.close();
        sandbox.close();
        TemporaryFolders.deleteTree(folder);
    }
}
