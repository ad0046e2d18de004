package io.xraydesk.sandbox;

/** How {@code POST /media} tells the client to send the bytes (docs/october-api.md, Media and uploads, E4). */
public enum UploadMode {
    /** S3 presigned POST: a form with fields, then the file (the inferred primary shape). */
    POST_FORM,
    /** A single presigned URL taking the raw bytes by PUT (the client's fallback path). */
    PUT
}
