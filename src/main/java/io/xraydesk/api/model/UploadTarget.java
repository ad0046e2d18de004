package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how to send a medium's bytes (docs/october-api.md, Media and uploads, E4). With {@code fields}: an S3
 * presigned <em>POST form</em> — every field in the order received, then the file last. Without fields: the fallback,
 * a presigned URL taking the bytes by {@code PUT} (with {@code method} "PUT" if the server says so). Field order
 * matters to S3, hence the {@link LinkedHashMap}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadTarget(String url, LinkedHashMap<String, String> fields, String method) {

    public UploadTarget {
        fields = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
    }

    public boolean isPresignedPost() {
        return !fields.isEmpty() && !"PUT".equalsIgnoreCase(method);
    }

    public Map<String, String> fieldsInOrder() {
        return java.util.Collections.unmodifiableMap(fields);
    }
}
