package io.xraydesk.sandbox;

import io.xraydesk.api.model.UploadTarget;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

/** Builds the {@code upload} part of {@code POST /media}'s answer in the configured {@link UploadMode}. */
record UploadTargets(S3Signer signer, URI s3Base, UploadMode mode, Duration ttl, long maxBytes) {

    UploadTarget forKey(String key, String contentType) {
        Instant expiration = Instant.now().plus(ttl);
        if (mode == UploadMode.PUT) {
            long expires = expiration.getEpochSecond();
            String signature = signer.sign(S3Signer.putStringToSign(key, expires, contentType, maxBytes));
            String url = s3Base + "/" + S3Signer.BUCKET + "/" + key + "?X-Amz-Expires=" + expires
                    + "&X-Amz-Max-Length=" + maxBytes + "&X-Amz-Signature="
                    + URLEncoder.encode(signature, StandardCharsets.UTF_8);
            return new UploadTarget(url, new LinkedHashMap<>(), "PUT");
        }
        return new UploadTarget(s3Base + "/" + S3Signer.BUCKET,
                signer.formFields(key, contentType, maxBytes, expiration), null);
    }
}
