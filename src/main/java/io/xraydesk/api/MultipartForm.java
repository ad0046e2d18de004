package io.xraydesk.api;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The framing of an S3 presigned-POST form (docs/october-api.md, Media and uploads, E4): every field in the given
 * order, then the file part, named {@code file}, last — S3 ignores whatever follows it. The framing is computed up
 * front so the total length is known before a byte is sent; the file bytes themselves go between {@link #head()} and
 * {@link #tail()}.
 */
final class MultipartForm {

    private static final String CRLF = "\r\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final byte[] head;
    private final byte[] tail;

    MultipartForm(Map<String, String> fieldsInOrder, String fileName, String contentType) {
        this(fieldsInOrder, fileName, contentType, randomBoundary());
    }

    MultipartForm(Map<String, String> fieldsInOrder, String fileName, String contentType, String boundary) {
        this.boundary = boundary;
        StringBuilder text = new StringBuilder();
        fieldsInOrder.forEach((name, value) -> text.append("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"").append(quoted(name)).append('"').append(CRLF)
                .append(CRLF)
                .append(value == null ? "" : value).append(CRLF));
        text.append("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(quoted(fileName))
                .append('"').append(CRLF)
                .append("Content-Type: ").append(contentType).append(CRLF)
                .append(CRLF);
        this.head = text.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = (CRLF + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.UTF_8);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] head() {
        return head.clone();
    }

    byte[] tail() {
        return tail.clone();
    }

    long length(long fileSize) {
        return head.length + fileSize + tail.length;
    }

    /** Browsers' escaping for names inside the quoted header parameter: quote and line breaks. */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** 32 random hex characters: cannot collide with the content in practice. */
    private static String randomBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder hex = new StringBuilder("XRayDeskBoundary");
        for (byte b : bytes) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
