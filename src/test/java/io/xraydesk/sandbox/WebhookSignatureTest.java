package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.WebhookSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":\"new_report\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAReferenceVector() {
        // printf '{"event":"new_report"}' | openssl dgst -sha256 -hmac key
        assertEquals("sha256=da76e77ec140ee78aa0c3cb83f4da086cbd57045399a0862f06efd454ede0733",
                WebhookSignature.sign(BODY, "key"));
    }

    @Test
    void verifiesOnlyTheRightBodyAndKey() {
        String header = WebhookSignature.sign(BODY, "key");
        assertTrue(WebhookSignature.verify(BODY, "key", header));
        assertTrue(WebhookSignature.verify(BODY, "key", header.toUpperCase().replace("SHA256=", "sha256=")));
        assertFalse(WebhookSignature.verify(BODY, "other", header));
        assertFalse(WebhookSignature.verify("{}".getBytes(StandardCharsets.UTF_8), "key", header));
        assertFalse(WebhookSignature.verify(BODY, "key", null));
        assertFalse(WebhookSignature.verify(BODY, "key", header.substring("sha256=".length())));
    }
}
