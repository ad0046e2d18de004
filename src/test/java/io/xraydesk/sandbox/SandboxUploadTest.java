package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.testing.PdfSignedBytes;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three-step upload: POST /media, the S3 form on its own port, POST /media/{id}. */
class SandboxUploadTest {

    private SandboxServer server;
    private SandboxHttp http;

    private void start(SandboxConfig.Builder config) {
        server = SandboxServer.start(config.build());
        http = new SandboxHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fullFlowStoresTheFileOnceAndMovesToPendingExtraction() throws Exception {
        start(SandboxConfig.builder());
        String requestId = http.createRequest("514673987");
        byte[] file = PdfSignedBytes.of(200_000);
        JsonNode draft = http.createMedium(requestId, "bank_statement", "Relevé Mars.pdf", file.length);
        JsonNode medium = draft.path("medium");
        assertEquals("draft", medium.path("status").asText());
        String key = medium.path("url").asText();
        assertTrue(key.startsWith("requests/" + requestId + "/releve-mars-") && key.endsWith(".pdf"), key);
        JsonNode upload = draft.path("upload");
        assertEquals(server.s3BaseUri() + "/xraydesk-sandbox", upload.path("url").asText());
        List<String> names = iterableNames(upload.path("fields"));
        assertEquals(List.of("key", "Content-Type", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature"), names);
        assertEquals(key, upload.path("fields").path("key").asText());

        assertEquals(204, http.uploadForm(upload, file, Map.of()).status());
        String mediumId = medium.path("id").asText();
        SandboxHttp.Answer online = http.finalise(mediumId,
                "{\"status\":\"online\",\"meta\":{\"period\":\"quarter\",\"date\":\"2024-03-31\"}}");
        assertEquals(200, online.status(), online.body());
        assertEquals("pending_extraction", online.json().path("medium").path("status").asText());
        assertEquals("quarter", online.json().path("medium").path("meta").path("period").asText());
        assertEquals("pending_extraction", http.get("/media/" + mediumId).json().path("medium").path("status").asText());

        JsonNode stateMedium = http.state().path("requests").get(0).path("media").get(0);
        assertEquals(file.length, stateMedium.path("object").path("size").asLong());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                stateMedium.path("object").path("sha256").asText());
        assertEquals(1, http.state().path("counters").path("s3Uploads").asInt());
        assertEquals("1.2", http.get("/requests/" + requestId).json().path("request").path("stage").asText());
    }

    @Test
    void aBandwidthLimitPacesUploadsTogetherAndKeepsTheirBytes() throws Exception {
        start(SandboxConfig.builder().s3BytesPerSecond(4_000_000));
        String requestId = http.createRequest("514673987");
        byte[] first = PdfSignedBytes.of(1_000_000);
        byte[] second = PdfSignedBytes.of(1_000_001);
        JsonNode firstUpload = http.createMedium(requestId, "bank_statement", "a.pdf", first.length).path("upload");
        JsonNode secondUpload = http.createMedium(requestId, "bank_statement", "b.pdf", second.length).path("upload");

        long start = System.nanoTime();
        Thread other = new Thread(() -> assertEquals(204, http.uploadForm(secondUpload, second, Map.of()).status()));
        other.start();
        assertEquals(204, http.uploadForm(firstUpload, first, Map.of()).status());
        other.join();
        double seconds = (System.nanoTime() - start) / 1e9;

        // 2 MB through a 4 MB/s link shared by both: half a second at the very least, however fast the machine.
        assertTrue(seconds >= 0.45, "two uploads of 1 MB took " + seconds + " s at 4 MB/s");
        List<Long> sizes = new java.util.ArrayList<>();
        http.state().path("requests").get(0).path("media").forEach(m -> sizes.add(m.path("object").path("size").asLong()));
        assertEquals(List.of(1_000_000L, 1_000_001L), sizes.stream().sorted().toList());
    }

    @Test
    void finalisingTwiceIs409AndTopLevelPeriodIsAccepted() {
        start(SandboxConfig.builder());
        String mediumId = uploaded("certified_financial_statement");
        assertEquals(200, http.finalise(mediumId, "{\"status\":\"online\",\"period\":\"year\",\"date\":\"2023-12-31\"}")
                .status());
        SandboxHttp.Answer again = http.finalise(mediumId, "{\"status\":\"online\"}");
        assertEquals(409, again.status());
        assertEquals("invalid_state", again.json().path("error").asText());
    }

    @Test
    void finalisingBeforeTheUploadIs409ObjectMissing() {
        start(SandboxConfig.builder());
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 10);
        SandboxHttp.Answer a = http.finalise(draft.path("medium").path("id").asText(), "{\"status\":\"online\"}");
        assertEquals(409, a.status());
        assertEquals("object_missing", a.json().path("error").asText());
    }

    @Test
    void periodAndDateAreCheckedPerCategory() {
        start(SandboxConfig.builder());
        String mediumId = uploaded("certified_financial_statement");
        SandboxHttp.Answer month = http.finalise(mediumId, "{\"status\":\"online\",\"meta\":{\"period\":\"month\"}}");
        assertEquals(400, month.status());
        assertEquals("meta.period", month.json().path("field").asText());
        SandboxHttp.Answer date = http.finalise(mediumId, "{\"status\":\"online\",\"meta\":{\"date\":\"31/12/2023\"}}");
        assertEquals("invalid_date", date.json().path("error").asText());
        assertEquals(400, http.finalise(mediumId, "{\"status\":\"draft\"}").status());
    }

    @Test
    void mediaCreationValidatesCategoryRequestAndSize() {
        start(SandboxConfig.builder());
        String requestId = http.createRequest("514673987");
        assertEquals("name", http.post("/media", "{\"name\":\"invoice\",\"request\":\"" + requestId
                + "\",\"meta\":{\"name\":\"a.pdf\"}}").json().path("field").asText());
        assertEquals(404, http.post("/media", "{\"name\":\"other\",\"request\":\"635107e452436f15d3b39d87\","
                + "\"meta\":{\"name\":\"a.pdf\"}}").status());
        assertEquals(413, http.post("/media", "{\"name\":\"other\",\"request\":\"" + requestId
                + "\",\"meta\":{\"name\":\"a.pdf\"},\"size\":" + (20L * 1024 * 1024 + 1) + "}").status());
    }

    @Test
    void expiredPolicyIsAccessDenied() throws Exception {
        start(SandboxConfig.builder().uploadPolicyTtl(Duration.ofMillis(1)));
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 10);
        Thread.sleep(20);
        SandboxHttp.Answer a = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10), Map.of());
        assertEquals(403, a.status());
        assertTrue(a.body().contains("<Code>AccessDenied</Code>"), a.body());
        assertTrue(a.body().contains("Invalid according to Policy: Policy expired."), a.body());
    }

    @Test
    void wrongSignatureIsRejected() {
        start(SandboxConfig.builder());
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 10);
        String signature = draft.path("upload").path("fields").path("x-amz-signature").asText();
        // Changes the first digit to another one: a fixed prefix would leave one signature in 256 intact.
        String tampered = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
        SandboxHttp.Answer a = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10),
                Map.of("x-amz-signature", tampered));
        assertEquals(403, a.status());
        assertTrue(a.body().contains("<Code>SignatureDoesNotMatch</Code>"), a.body());
        assertEquals(0, http.state().path("counters").path("s3Uploads").asInt());
    }

    @Test
    void keyOutsideThePolicyIsRejected() {
        start(SandboxConfig.builder());
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 10);
        SandboxHttp.Answer a = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10),
                Map.of("key", "requests/other/evil.pdf"));
        assertEquals(403, a.status());
        assertTrue(a.body().contains("$key"), a.body());
    }

    @Test
    void fileLargerThanThePolicyIsEntityTooLarge() {
        start(SandboxConfig.builder().maxUploadBytes(1024));
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 1000);
        SandboxHttp.Answer a = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(5000), Map.of());
        assertEquals(400, a.status());
        assertTrue(a.body().contains("<Code>EntityTooLarge</Code>"), a.body());
        assertTrue(http.state().path("requests").get(0).path("media").get(0).path("object").isNull());
    }

    @Test
    void octoberHeadersNeverReachStorage() {
        start(SandboxConfig.builder());
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "other", "a.pdf", 10);
        SandboxHttp.Answer a = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10), Map.of(),
                "sessionToken", server.demoUser().token());
        assertEquals(403, a.status());
        assertTrue(a.body().contains("<Code>AccessDenied</Code>"));
        JsonNode counters = http.state().path("counters");
        assertEquals(1, counters.path("s3RejectedWithApiHeaders").asInt());
        assertEquals(0, counters.path("s3Uploads").asInt());
    }

    @Test
    void putModeTakesTheRawBodyOnASignedUrl() {
        start(SandboxConfig.builder().uploadMode(UploadMode.PUT));
        JsonNode draft = http.createMedium(http.createRequest("514673987"), "bank_statement", "s.pdf", 100);
        JsonNode upload = draft.path("upload");
        assertEquals("PUT", upload.path("method").asText());
        URI url = URI.create(upload.path("url").asText());
        assertEquals(server.s3BaseUri().getPort(), url.getPort());
        SandboxHttp.Answer tampered = http.send(HttpRequest.newBuilder(URI.create(url.toString()
                .replace("X-Amz-Max-Length=", "X-Amz-Max-Length=9"))).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(PdfSignedBytes.of(100))).build());
        assertEquals(403, tampered.status());
        SandboxHttp.Answer put = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(PdfSignedBytes.of(100))).build());
        assertEquals(200, put.status(), put.body());
        assertEquals(200, http.finalise(draft.path("medium").path("id").asText(), "{\"status\":\"online\"}").status());
    }

    private String uploaded(String category) {
        JsonNode draft = http.createMedium(http.createRequest("514673987"), category, "a.pdf", 64);
        assertEquals(204, http.uploadForm(draft.path("upload"), PdfSignedBytes.of(64), Map.of()).status());
        return draft.path("medium").path("id").asText();
    }

    private static List<String> iterableNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
