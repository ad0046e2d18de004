package io.xraydesk.cli;

import io.xraydesk.core.upload.UploadQueue;

/** The {@code --concurrency} option of the upload commands: files sent at once, 1 to 16. */
final class Concurrency {

    static final int MAX = 16;

    private Concurrency() {
    }

    static int of(Args args) {
        String text = args.option("concurrency").orElse(String.valueOf(UploadQueue.DEFAULT_CONCURRENCY));
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage message
        }
        throw new UsageException("--concurrency must be a whole number from 1 to " + MAX);
    }
}
