package io.xraydesk.api;

import java.util.Locale;

/**
 * S3 refused an upload with a 4xx and its XML error ({@code <Error><Code>…</Code><Message>…}). The
 * usual codes: {@code AccessDenied} (often an expired policy), {@code EntityTooLarge} (over the
 * policy's size range), {@code ExpiredToken}.
 */
public class UploadRejectedException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String s3Message;

    public UploadRejectedException(String code, String s3Message, int status, String method, String path) {
        super(code + ": " + s3Message, status, method, path);
        this.code = code;
        this.s3Message = s3Message;
    }

    /** The S3 error code, e.g. {@code AccessDenied}; empty when the body had none. */
    public String code() {
        return code;
    }

    public String s3Message() {
        return s3Message;
    }

    /**
     * True when the upload data is too old: a fresh target (a new {@code POST /media}) is needed.
     * S3 says so through the code ({@code ExpiredToken}, {@code RequestExpired}) or, for a presigned
     * POST, an {@code AccessDenied} whose message reads "Invalid according to Policy: Policy expired."
     */
    public boolean isExpired() {
        return code.equals("ExpiredToken") || code.equals("RequestExpired")
                || s3Message.toLowerCase(Locale.ROOT).contains("expired");
    }
}
