package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Plain java.net.http calls against a running sandbox, as the tests need them. */
final class SandboxHttp {

    static final String VERSION = "2024-01-25";

    final SandboxServer server;
    final HttpClient http;

    SandboxHttp(SandboxServer server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    SandboxHttp(SandboxServer server, HttpClient http) {
        this.server = server;
        this.http = http;
    }

    /** A response with its body parsed as JSON (null when the body is not JSON). */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return WireJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    HttpRequest.Builder authed(String path) {
        SandboxUser user = server.demoUser();
        return HttpRequest.newBuilder(server.apiBaseUri().resolve(path)).timeout(Duration.ofSeconds(10))
                .header("userId", user.userId()).header("sessionToken", user.token())
                .header("October-Version", VERSION);
    }

    Answer get(String path) {
        return send(authed(path).GET().build());
    }

    Answer post(String path, String json) {
        return send(authed(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer control(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.apiBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(10)).header(SandboxServer.CONTROL_HEADER, "1");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b.build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String createRequest(String siren) {
        Answer a = post("/requests", "{\"code\":{\"type\":\"siren\",\"id\":\"" + siren + "\"}}");
        if (a.status() != 200) {
            throw new AssertionError("create failed: " + a.body());
        }
        return a.json().path("request").path("id").asText();
    }

    /** POST /media for a file of this size; returns the whole answer ({medium, upload}). */
    JsonNode createMedium(String requestId, String category, String fileName, long size) {
        Answer a = post("/media", "{\"name\":\"" + category + "\",\"request\":\"" + requestId
                + "\",\"meta\":{\"name\":\"" + fileName + "\"},\"contentType\":\"application/pdf\",\"size\":" + size + "}");
        if (a.status() != 200) {
            throw new AssertionError("POST /media failed: " + a.body());
        }
        return a.json();
    }

    /** Sends the presigned POST form: every field in order, then the file, with optional extra headers. */
    Answer uploadForm(JsonNode upload, byte[] file, Map<String, String> fieldOverrides, String... headers) {
        String boundary = "----sandboxtest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        upload.path("fields").fields().forEachRemaining(f -> {
            String value = fieldOverrides.getOrDefault(f.getKey(), f.getValue().asText());
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + value + "\r\n");
        });
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upload.path("url").asText()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    Answer finalise(String mediumId, String json) {
        return post("/media/" + mediumId, json);
    }

    JsonNode state() {
        return control("GET", "/_sandbox/state", null).json();
    }

    void advance(int seconds) {
        Answer a = control("POST", "/_sandbox/advance", "{\"seconds\":" + seconds + "}");
        if (a.status() != 200) {
            throw new AssertionError("advance failed: " + a.body());
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
