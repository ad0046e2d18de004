package io.xraydesk.serving;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A request body that tells an observer about every read as it happens: what a filter needs to copy
 * the bytes a handler reads, or to count a slow body's progress, without changing what the handler
 * sees.
 */
public final class ObservedInput extends FilterInputStream {

    /** Hears each read of the body. */
    @FunctionalInterface
    public interface ReadObserver {

        /**
         * A read returned: {@code count} bytes now stand at {@code buffer[offset]} onwards (0 when the
         * read returned none), or {@code count} is -1 at the end of the body.
         */
        void read(byte[] buffer, int offset, int count);
    }

    private final ReadObserver observer;

    public ObservedInput(InputStream body, ReadObserver observer) {
        super(Objects.requireNonNull(body, "body"));
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next < 0) {
            observer.read(new byte[0], 0, -1);
        } else {
            observer.read(new byte[] {(byte) next}, 0, 1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        observer.read(buffer, offset, count);
        return count;
    }
}
