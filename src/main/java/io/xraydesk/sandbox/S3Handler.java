package io.xraydesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The S3 emulation (docs/october-api.md, Media and uploads, E4), on its own port so tests can prove October credentials
 * never reach it. Presigned POST: fields before {@code file}, checked against the signed policy (signature, expiry,
 * key, Content-Type, size range), answer 204. Presigned PUT: the raw body on a signed URL, answer 200. Errors are S3
 * XML documents. Policy expiry is checked against the real clock: S3 does not run on sandbox time.
 */
record S3Handler(SandboxState state, S3Signer signer, UploadBandwidth bandwidth) implements HttpHandler {

    /** October headers that must never reach S3. */
    static final List<String> API_HEADERS = List.of("userId", "sessionToken", "October-Version");

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (API_HEADERS.stream().anyMatch(h -> ex.getRequestHeaders().containsKey(h))) {
                state.counters.increment(Counters.S3_REJECTED_WITH_API_HEADERS);
                throw new S3Error(403, "AccessDenied", "October API credentials must not be sent to storage");
            }
            String path = ex.getRequestURI().getPath();
            String bucketPath = "/" + S3Signer.BUCKET;
            if (ex.getRequestMethod().equals("POST") && (path.equals(bucketPath) || path.equals(bucketPath + "/"))) {
                postForm(ex);
            } else if (ex.getRequestMethod().equals("PUT") && path.startsWith(bucketPath + "/")) {
                put(ex, path.substring(bucketPath.length() + 1));
            } else {
                throw new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            }
        } catch (S3Error e) {
            state.counters.increment(Counters.S3_REJECTED);
            Exchanges.drain(ex);
            Exchanges.sendS3Error(ex, e.status, e.code, e.getMessage());
        } finally {
            ex.close();
        }
    }

    private void postForm(HttpExchange ex) throws IOException {
        String boundary = MultipartStream.boundaryOf(ex.getRequestHeaders().getFirst("Content-Type"));
        if (boundary == null) {
            throw new S3Error(412, "PreconditionFailed", "Bucket POST must be of the enclosure-type multipart/form-data");
        }
        MultipartStream form = new MultipartStream(bandwidth.paced(ex.getRequestBody()), boundary);
        Map<String, String> fields = new HashMap<>();
        MultipartStream.Part part;
        try {
            while ((part = form.nextPart()) != null) {
                if (part.name().equals("file")) {
                    S3Signer.Policy policy = checkForm(fields);
                    store(policy.key(), part.body(), policy.minSize(), policy.maxSize());
                    Exchanges.sendEmpty(ex, 204);
                    return; // S3 ignores every field after the file
                }
                fields.put(part.name().toLowerCase(java.util.Locale.ROOT), new String(part.body().readNBytes(64 * 1024),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (S3Error e) {
            throw e;
        } catch (IOException e) {
            throw new S3Error(400, "MalformedPOSTRequest",
                    "The body of your POST request is not well-formed multipart/form-data.");
        }
        throw new S3Error(400, "InvalidArgument", "POST requires exactly one file upload per request.");
    }

    private S3Signer.Policy checkForm(Map<String, String> fields) {
        String encoded = fields.get("policy");
        if (encoded == null || !signer.signatureMatches(encoded, fields.get("x-amz-signature"))) {
            throw new S3Error(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
        }
        S3Signer.Policy policy = S3Signer.decode(encoded);
        if (policy == null) {
            throw new S3Error(400, "InvalidPolicyDocument", "Invalid Policy: Invalid JSON.");
        }
        if (Instant.now().isAfter(policy.expiration())) {
            throw new S3Error(403, "AccessDenied", "Invalid according to Policy: Policy expired.");
        }
        if (!policy.key().equals(fields.get("key"))) {
            throw new S3Error(403, "AccessDenied",
                    "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", \"" + policy.key() + "\"]");
        }
        if (!policy.contentType().equals(fields.get("content-type"))) {
            throw new S3Error(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: "
                    + "[\"eq\", \"$Content-Type\", \"" + policy.contentType() + "\"]");
        }
        return policy;
    }

    private void put(HttpExchange ex, String key) throws IOException {
        Map<String, String> q = Exchanges.query(ex);
        long expires = parseLong(q.get("X-Amz-Expires"));
        String contentType = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
        long max = parseLong(q.get("X-Amz-Max-Length"));
        if (!signer.signatureMatches(S3Signer.putStringToSign(key, expires, contentType, max),
                q.get("X-Amz-Signature"))) {
            throw new S3Error(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
        }
        if (Instant.now().getEpochSecond() > expires) {
            throw new S3Error(403, "AccessDenied", "Request has expired");
        }
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLong(declared) > max) {
            throw tooLarge();
        }
        store(key, bandwidth.paced(ex.getRequestBody()), 1, max);
        Exchanges.sendEmpty(ex, 200);
    }

    private void store(String key, InputStream body, long minSize, long maxSize) throws IOException {
        StoredObject received;
        try {
            received = ObjectReceiver.receive(key, body, maxSize);
        } catch (ObjectReceiver.TooLargeException e) {
            throw tooLarge();
        }
        if (received.size() < minSize) {
            throw new S3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size");
        }
        state.putObject(received);
        state.counters.increment(Counters.S3_UPLOADS);
    }

    /** A signed query number; anything else fails the signature, as a tampered URL would. */
    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new S3Error(403, "AccessDenied", "Query-string authentication requires a valid signed URL.");
        }
    }

    private static S3Error tooLarge() {
        return new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
    }

    /** An S3 error answer. */
    static final class S3Error extends RuntimeException {
        final int status;
        final String code;

        S3Error(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
