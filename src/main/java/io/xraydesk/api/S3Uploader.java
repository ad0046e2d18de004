package io.xraydesk.api;

import io.xraydesk.api.log.TraceRedaction;
import io.xraydesk.api.model.UploadTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a medium's bytes to S3 (docs/october-api.md, Media and uploads, E4): a presigned POST form, or a PUT to a
 * presigned URL when the target has no fields. Streams from disk, reports progress, stops promptly on cancellation or
 * interrupt, and retries from the start of the file under the {@link RetryPolicy}. Carries no October header: S3 must
 * never see the session token.
 */
public final class S3Uploader {

    private final HttpClient http;
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final Duration callDeadline;
    private final long errorBytes;
    private final String userAgent;

    public S3Uploader(HttpClient http, RetryPolicy retryPolicy) {
        this(http, retryPolicy, ConnectionSettings.defaults());
    }

    /** As above, taking the timeouts, the error answer limit and User-Agent from {@code settings}. */
    public S3Uploader(HttpClient http, RetryPolicy retryPolicy, ConnectionSettings settings) {
        this.http = Objects.requireNonNull(http, "http");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.requestTimeout = settings.requestTimeout();
        this.callDeadline = settings.callDeadline();
        this.errorBytes = settings.answerLimits().errorBytes();
        this.userAgent = settings.userAgent();
    }

    /**
     * Uploads {@code file} to {@code target}; returns once S3 accepted it (2xx), with the SHA-256
     * (lower-case hex) of the file bytes that S3 accepted, digested while they were sent: the caller
     * compares it with what it expected instead of reading the file again.
     *
     * @param contentType the file's media type; null or blank sends {@code application/octet-stream}
     * @param listener progress in file bytes, may be null
     * @param cancellation stops the upload from another thread, may be null (thread interrupt still works)
     * @throws UploadRejectedException S3 refused the upload (4xx); {@link UploadRejectedException#isExpired()}
     *     says whether fresh upload data would help
     * @throws CancelledException on cancellation or interrupt
     */
    public String upload(UploadTarget target, Path file, String contentType, UploadProgressListener listener,
            UploadCancellation cancellation) {
        Objects.requireNonNull(target, "target");
        if (target.url() == null || target.url().isBlank()) {
            throw new IllegalArgumentException("the upload target has no URL");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        URI uri = URI.create(target.url());
        String method = target.isPresignedPost() ? "POST" : "PUT";
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String mediaType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        UploadProgressListener progress = listener == null ? UploadProgressListener.none() : listener;
        UploadCancellation cancel = cancellation == null ? new UploadCancellation() : cancellation;
        return RetryLoop.run(retryPolicy, true, callDeadline, (attempt, budget) -> {
            Duration timeout = budget.compareTo(requestTimeout) < 0 ? budget : requestTimeout;
            return sendOnce(uri, method, path, target.fieldsInOrder(), file, mediaType, progress, cancel, attempt,
                    timeout);
        });
    }

    private String sendOnce(URI uri, String method, String path, Map<String, String> fields, Path file,
            String contentType, UploadProgressListener progress, UploadCancellation cancellation, int attempt,
            Duration timeout) {
        if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException(method, path);
        }
        FileBodyPublisher body = body(method, fields, file, contentType, progress, cancellation);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Content-Type", body.contentType())
                .method(method, body)
                .build();
        long start = System.nanoTime();
        // S3's answer matters only when it is an error, and then only its beginning: never more is kept.
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, BoundedBody.cut(errorBytes));
        UploadCancellation.Registration onCancel = cancellation.whenCancelled(() -> exchange.cancel(true));
        try {
            // Bounded as a whole: the JDK's request timeout stops at the answer's headers, and a body
            // that stalls after them would otherwise hold the upload (and its queue slot) forever.
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            TracedCalls.answered(request, traced(method, fields, file, contentType), response, start, attempt);
            int status = response.statusCode();
            CallLog.answered(method, path, status, start, attempt);
            if (status < 200 || status > 299) {
                throw S3Errors.toException(status, response.headers(),
                        new String(response.body(), StandardCharsets.UTF_8), method, path, retryPolicy.clock());
            }
            // A storage that answers before reading the whole body has not stored the file: no fingerprint.
            return body.sentSha256().orElseThrow(() -> new IllegalStateException(
                    "the storage accepted " + path + " before the whole file was sent"));
        } catch (CancellationException cancelled) {
            CallLog.failed(method, path, "cancelled", start, attempt);
            throw new CancelledException(method, path);
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            CallLog.failed(method, path, "cancelled", start, attempt);
            throw new CancelledException(method, path);
        } catch (TimeoutException stalled) {
            exchange.cancel(true);
            NetworkException network = NetworkFailures.translate(new HttpTimeoutException("no complete answer within "
                    + timeout.toMillis() + " ms"), uri.getHost(), method, path, true);
            TracedCalls.failed(request, traced(method, fields, file, contentType), network.kind().name(), start, attempt);
            CallLog.failed(method, path, network.kind().name(), start, attempt);
            throw network;
        } catch (ExecutionException failed) {
            if (cancellation.isCancelled()) {
                CallLog.failed(method, path, "cancelled", start, attempt);
                throw new CancelledException(method, path);
            }
            IOException io = failed.getCause() instanceof IOException e ? e : new IOException(failed.getCause());
            NetworkException network = NetworkFailures.translate(io, uri.getHost(), method, path, true);
            TracedCalls.failed(request, traced(method, fields, file, contentType), network.kind().name(), start, attempt);
            CallLog.failed(method, path, network.kind().name(), start, attempt);
            throw network;
        } finally {
            onCancel.close();
            body.closeAll();
        }
    }

    /**
     * What the diagnostic trace shows of an upload's body: the form fields in order (the policy and
     * signature masked) and the file's name and size, never its contents.
     */
    private static String traced(String method, Map<String, String> fields, Path file, String contentType) {
        StringBuilder text = new StringBuilder();
        if (method.equals("POST")) {
            text.append("multipart form fields, in order:\n");
            fields.forEach((name, value) -> text.append("  ").append(name).append(" = ")
                    .append(TraceRedaction.value(name, value)).append('\n'));
        }
        return text.append("file: ").append(file.getFileName()).append(", ").append(size(file)).append(" bytes, ")
                .append(contentType).append(" (contents not recorded)").toString();
    }

    /** The multipart form for a presigned POST, the bare file for a PUT. */
    private static FileBodyPublisher body(String method, Map<String, String> fields, Path file, String contentType,
            UploadProgressListener progress, UploadCancellation cancellation) {
        long fileSize = size(file);
        if (method.equals("POST")) {
            MultipartForm form = new MultipartForm(fields, file.getFileName().toString(), contentType);
            return new FileBodyPublisher(form.contentType(), form.head(), file, fileSize, form.tail(), progress,
                    cancellation);
        }
        return new FileBodyPublisher(contentType, new byte[0], file, fileSize, new byte[0], progress, cancellation);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
