package io.xraydesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One call the S3 endpoint received, as it arrived: method, path with query, headers and the bytes of
 * the body the handler read. Recorded only when {@link SandboxConfig.Builder#recordS3Requests} asks,
 * so tests can prove what reached storage (and what never did).
 */
public record ReceivedS3Request(String method, String uri, Map<String, List<String>> headers, byte[] body) {

    public ReceivedS3Request {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** Everything received, as one text (the body decoded as ISO-8859-1, so every byte is kept). */
    public String asText() {
        return method + " " + uri + "\n" + headers + "\n" + new String(body, StandardCharsets.ISO_8859_1);
    }
}
