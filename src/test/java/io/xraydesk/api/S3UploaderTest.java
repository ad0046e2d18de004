package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ScriptedServer.Recorded;
import io.xraydesk.api.ScriptedServer.Reply;
import io.xraydesk.api.ScriptedServer.StreamingReply;
import io.xraydesk.api.model.UploadTarget;
import io.xraydesk.testing.RecordingSleeper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploads to a scripted S3 on loopback: the form S3 expects, PUT fallback, errors, retries, cancellation. */
class S3UploaderTest {

    private static final String EXPIRED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
            + "<Message>Invalid according to Policy: Policy expired.</Message><RequestId>R1</RequestId></Error>";

    @TempDir
    Path dir;

    @RegisterExtension
    final ScriptedServer server = ScriptedServer.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final S3Uploader uploader = new S3Uploader(Fixtures.http(), Fixtures.retries(3, sleeper), Fixtures.settings());

    @Test
    void presignedPostSendsEveryFieldInOrderThenTheFileLast() throws Exception {
        byte[] content = randomBytes(200_000);
        Path file = Files.write(dir.resolve("statement \"march\".pdf"), content);
        server.enqueue(Reply.with(204, Map.of(), ""));
        List<long[]> progress = new ArrayList<>();

        uploader.upload(postTarget(), file, "application/pdf", (sent, total) -> progress.add(new long[] {sent, total}),
                new UploadCancellation());

        Recorded post = server.only();
        assertEquals("POST", post.method());
        assertEquals("/bucket/", post.path());
        String contentType = post.header("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        assertEquals(String.valueOf(post.body().length), post.header("Content-Length"));
        List<Part> parts = parseMultipart(post.body(), contentType.substring(contentType.indexOf('=') + 1));
        assertEquals(List.of("key", "Content-Type", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature", "file"), parts.stream().map(Part::name).toList());
        assertEquals("requests/q1/f.pdf", parts.get(0).text());
        assertEquals("sig123", parts.get(6).text());
        Part filePart = parts.get(7);
        assertTrue(filePart.headers().contains("filename=\"statement %22march%22.pdf\""), filePart.headers());
        assertTrue(filePart.headers().contains("Content-Type: application/pdf"), filePart.headers());
        assertArrayEquals(content, filePart.body());
        long[] last = progress.get(progress.size() - 1);
        assertArrayEquals(new long[] {200_000, 200_000}, last);
    }

    @Test
    void noOctoberHeaderEverReachesS3() throws Exception {
        Path file = Files.write(dir.resolve("a.pdf"), randomBytes(10));
        server.enqueue(Reply.with(204, Map.of(), ""), Reply.with(200, Map.of(), ""));
        uploader.upload(postTarget(), file, "application/pdf", null, null);
        uploader.upload(new UploadTarget(server.baseUri() + "/put?X-Amz-Signature=abc", null, "PUT"), file,
                "application/pdf", null, null);
        for (Recorded request : server.requests()) {
            assertNull(request.header("userId"));
            assertNull(request.header("sessionToken"));
            assertNull(request.header("October-Version"));
            assertFalse(new String(request.body(), StandardCharsets.ISO_8859_1).contains(Fixtures.TOKEN));
        }
    }

    @Test
    void putFallbackStreamsTheRawBytesIntact() throws Exception {
        Path file = dir.resolve("big.bin");
        byte[] content = randomBytes(6 * 1024 * 1024 + 123);
        Files.write(file, content);
        AtomicReference<byte[]> received = new AtomicReference<>();
        AtomicLong count = new AtomicLong();
        server.enqueue(hashing(received, count));

        uploader.upload(new UploadTarget(server.baseUri() + "/put?X-Amz-Signature=abc", null, null), file,
                "application/octet-stream", null, null);

        Recorded put = server.only();
        assertEquals("PUT", put.method());
        assertEquals("X-Amz-Signature=abc", put.query());
        assertEquals("application/octet-stream", put.header("Content-Type"));
        assertEquals(content.length, count.get());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(content), received.get());
    }

    @Test
    void anExpiredPolicyIsRejectedWithoutRetry() throws Exception {
        Path file = Files.write(dir.resolve("a.pdf"), randomBytes(10));
        server.enqueue(Reply.with(403, Map.of("Content-Type", "application/xml"), EXPIRED));
        UploadRejectedException rejected = assertThrows(UploadRejectedException.class,
                () -> uploader.upload(postTarget(), file, "application/pdf", null, null));
        assertEquals("AccessDenied", rejected.code());
        assertEquals("Invalid according to Policy: Policy expired.", rejected.s3Message());
        assertTrue(rejected.isExpired());
        assertEquals(403, rejected.status());
        assertEquals(1, server.requests().size());
    }

    @Test
    void tooLargeIsNotExpired() throws Exception {
        Path file = Files.write(dir.resolve("a.pdf"), randomBytes(10));
        server.enqueue(Reply.with(400, Map.of(), "<Error><Code>EntityTooLarge</Code>"
                + "<Message>Your proposed upload exceeds the maximum allowed size</Message></Error>"));
        UploadRejectedException rejected = assertThrows(UploadRejectedException.class,
                () -> uploader.upload(postTarget(), file, "application/pdf", null, null));
        assertEquals("EntityTooLarge", rejected.code());
        assertFalse(rejected.isExpired());
    }

    @Test
    void serverErrorsAreRetriedFromTheStartOfTheFile() throws Exception {
        byte[] content = randomBytes(150_000);
        Path file = Files.write(dir.resolve("a.pdf"), content);
        server.enqueue(Reply.with(500, Map.of(), "<Error><Code>InternalError</Code><Message>oops</Message></Error>"),
                Reply.drop(), Reply.with(201, Map.of(), "<PostResponse/>"));
        uploader.upload(postTarget(), file, "application/pdf", null, null);
        assertEquals(3, server.requests().size());
        for (Recorded attempt : server.requests()) {
            assertArrayEquals(content, lastPart(attempt).body());
        }
        assertEquals(2, sleeper.sleeps().size());
    }

    @Test
    void cancellingStopsASlowUploadPromptlyAndClosesTheFile() throws Exception {
        Path file = sparseFile(64L * 1024 * 1024);
        server.enqueue(slowReader());
        UploadCancellation cancellation = new UploadCancellation();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> failureOf(
                () -> uploader.upload(postTarget(), file, "application/pdf", null, cancellation)));
        Thread.sleep(400);
        assertFalse(outcome.isDone(), "the slow server cannot have taken the whole file yet");
        long cancelledAt = System.nanoTime();
        cancellation.cancel();
        Throwable failure = outcome.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - cancelledAt) / 1_000_000;
        assertTrue(failure instanceof CancelledException, String.valueOf(failure));
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertEquals(0, openDescriptorsOf(file));
        assertEquals(List.of(), sleeper.sleeps(), "a cancelled upload is not retried");
    }

    @Test
    void interruptingTheUploadingThreadStopsIt() throws Exception {
        Path file = sparseFile(64L * 1024 * 1024);
        server.enqueue(slowReader());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread uploading = new Thread(() -> {
            failure.set(failureOf(() -> uploader.upload(postTarget(), file, "application/pdf", null, null)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        uploading.start();
        Thread.sleep(400);
        long interruptedAt = System.nanoTime();
        uploading.interrupt();
        uploading.join(5000);
        long millis = (System.nanoTime() - interruptedAt) / 1_000_000;
        assertTrue(failure.get() instanceof CancelledException, String.valueOf(failure.get()));
        assertTrue(millis < 1000, "stopped after " + millis + " ms");
        assertEquals(true, stillInterrupted.get());
        assertEquals(0, openDescriptorsOf(file));
    }

    @Test
    void anUnreadableFileIsAClearError() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> uploader.upload(postTarget(), dir.resolve("gone.pdf"), "application/pdf", null, null));
        assertTrue(missing.getMessage().contains("gone.pdf"), missing.getMessage());
        assertEquals(0, server.requests().size());
    }

    private UploadTarget postTarget() {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "requests/q1/f.pdf");
        fields.put("Content-Type", "application/pdf");
        fields.put("policy", "eyJleHBpcmF0aW9uIjoiMjAyNi0wMS0xNVQxMTowMDowMFoifQ==");
        fields.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
        fields.put("x-amz-credential", "AKIAEXAMPLE/20260115/eu-west-3/s3/aws4_request");
        fields.put("x-amz-date", "20260115T100000Z");
        fields.put("x-amz-signature", "sig123");
        return new UploadTarget(server.baseUri() + "/bucket/", fields, null);
    }

    record Part(String name, String headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Splits a multipart/form-data body the way S3 reads it; fails on any framing error. */
    static List<Part> parseMultipart(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String closing = "\r\n--" + boundary + "--\r\n";
        assertTrue(text.endsWith(closing), "body must end with the closing boundary");
        assertTrue(text.startsWith("--" + boundary + "\r\n"), "body must start with the boundary");
        String inner = text.substring(0, text.length() - closing.length());
        List<Part> parts = new ArrayList<>();
        for (String raw : inner.substring(boundary.length() + 4).split("\r\n--" + java.util.regex.Pattern.quote(boundary) + "\r\n", -1)) {
            int blank = raw.indexOf("\r\n\r\n");
            assertTrue(blank > 0, "part without header block");
            String headers = raw.substring(0, blank);
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            assertTrue(name.find(), headers);
            parts.add(new Part(name.group(1), headers, raw.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    private static Part lastPart(Recorded request) {
        String contentType = request.header("Content-Type");
        List<Part> parts = parseMultipart(request.body(), contentType.substring(contentType.indexOf('=') + 1));
        return parts.get(parts.size() - 1);
    }

    private static StreamingReply hashing(AtomicReference<byte[]> digest, AtomicLong count) {
        return (exchange, body) -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[8192];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    count.addAndGet(n);
                }
                digest.set(sha.digest());
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IOException(impossible);
            }
            exchange.sendResponseHeaders(200, -1);
        };
    }

    /** Reads 1 KiB every 50 ms: a 64 MB upload would take most of an hour. */
    private static StreamingReply slowReader() {
        return (exchange, body) -> {
            byte[] buffer = new byte[1024];
            try {
                while (body.read(buffer) > 0) {
                    Thread.sleep(50);
                }
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private Path sparseFile(long size) throws IOException {
        Path file = dir.resolve("large.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    private static Throwable failureOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    /** Open descriptors of this JVM pointing at {@code file}; 0 where /proc is absent. */
    private static long openDescriptorsOf(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path real = file.toRealPath();
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            }).count();
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
