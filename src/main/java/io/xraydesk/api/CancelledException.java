package io.xraydesk.api;

/** The call was stopped by the caller: an {@code UploadCancellation} or a thread interrupt. */
public class CancelledException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String method, String path) {
        super("cancelled", NO_STATUS, method, path);
    }
}
