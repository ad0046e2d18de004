package io.xraydesk.sandbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The storage's link, shared by every upload at once: bytes are taken off the sockets no faster than
 * the configured rate, so that clients see what a real uplink does to them (TCP backs up, progress
 * bars crawl). Zero means no limit: loopback speed.
 */
final class UploadBandwidth {

    private final long bytesPerSecond;
    /** When the link is free again, in {@link System#nanoTime()} time: each read books its share. */
    private long freeAtNanos = System.nanoTime();

    UploadBandwidth(long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("bandwidth must be 0 (no limit) or positive");
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    /** {@code body} read at the link's pace. */
    InputStream paced(InputStream body) {
        return bytesPerSecond == 0 ? body : new PacedStream(body);
    }

    /** Books {@code bytes} on the link and returns when they have gone through it. */
    private void pass(int bytes) throws InterruptedIOException {
        long doneAt;
        synchronized (this) {
            long start = Math.max(System.nanoTime(), freeAtNanos);
            freeAtNanos = start + TimeUnit.SECONDS.toNanos(bytes) / bytesPerSecond;
            doneAt = freeAtNanos;
        }
        long wait;
        while ((wait = doneAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedIOException("the sandbox is stopping");
            }
        }
    }

    private final class PacedStream extends FilterInputStream {

        PacedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                pass(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                pass(n);
            }
            return n;
        }
    }
}
