package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ScriptedServer.Reply;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each HTTP status and error body shape becomes the right exception with the server's words. */
class ErrorMappingTest {

    @RegisterExtension
    final ScriptedServer server = ScriptedServer.start();
    private final OctoberClient client = Fixtures.client(server);

    @ParameterizedTest
    @CsvSource({
        "400, ValidationException", "401, AuthenticationException", "403, PermissionException",
        "404, NotFoundException", "409, ConflictException", "413, ValidationException",
        "422, ValidationException", "429, RateLimitedException", "500, ServerException",
        "502, ServerException", "503, ServerException", "418, OctoberException"})
    void statusMapsToItsException(int status, String type) {
        server.enqueue(Reply.json(status, "{\"error\":\"code\",\"message\":\"said the server\"}"));
        OctoberException failure = assertThrows(OctoberException.class, () -> client.getMedium("m1"));
        assertEquals(type, failure.getClass().getSimpleName());
        assertEquals(status, failure.status());
        assertEquals("GET", failure.method());
        assertEquals("/media/m1", failure.path());
        assertTrue(failure.getMessage().contains("said the server"), failure.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"message\":\"SIREN checksum fails\",\"error\":\"invalid_siren\",\"field\":\"code.id\"} | SIREN checksum fails | code.id",
        "{\"error\":\"invalid_siren\"} | invalid_siren | ",
        "{\"errors\":\"bad code\"} | bad code | ",
        "{\"errors\":[\"first\",\"second\"]} | first; second | ",
        "{\"errors\":{\"code.id\":[\"must have 9 digits\"]}} | code.id: must have 9 digits | code.id",
        "<html>Bad Request</html> | <html>Bad Request</html> | "})
    void validationMessageFollowsTheDocumentedReadingOrder(String body, String message, String field) {
        server.enqueue(Reply.json(422, body));
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> client.createRequest(NewRequest.of(CompanyCode.siren("514673988"))));
        assertEquals(message, invalid.serverMessage());
        assertEquals(Optional.ofNullable(field), invalid.field());
    }

    @Test
    void rawBodiesAreTruncatedInMessages() {
        server.enqueue(Reply.text(400, "x".repeat(5000)));
        ValidationException invalid = assertThrows(ValidationException.class, () -> client.getReport("r"));
        assertTrue(invalid.serverMessage().length() < 300, "message length " + invalid.serverMessage().length());
    }

    @Test
    void retryAfterSecondsAndHttpDateAreRead() {
        server.enqueue(Reply.with(429, Map.of("Retry-After", "7"), ""),
                Reply.with(503, Map.of("Retry-After", "Thu, 15 Jan 2026 10:00:30 GMT"), ""));
        OctoberClient fixedClock = Fixtures.client(server, Fixtures.retries(1, new RecordingSleeper()));
        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> fixedClock.getRequest("a"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());
        ServerException unavailable = assertThrows(ServerException.class, () -> fixedClock.getRequest("a"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), unavailable.retryAfter());
    }

    @Test
    void retryAfterParsing() {
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", clock));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 14 Jan 2026 10:00:00 GMT", clock));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", clock));
        assertEquals(Optional.empty(), RetryAfter.parse(null, clock));
    }

    @Test
    void notJsonIsMalformedWithASnippet() {
        server.enqueue(Reply.json(200, "<html>captive portal login</html>"));
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class, () -> client.getRequest("a"));
        assertEquals("<html>captive portal login</html>", malformed.snippet());
        assertEquals(200, malformed.status());
    }

    @Test
    void unexpectedShapesAreMalformed() {
        server.enqueue(Reply.json(200, "{\"reports\":{\"id\":\"r1\"}}"), Reply.json(200, "[1,2]"),
                Reply.json(200, "{\"id\":{\"nested\":true}}"), Reply.json(200, "{\"medium\":{\"id\":\"m\"}}"),
                Reply.json(204, ""));
        assertThrows(MalformedResponseException.class, () -> client.listReports("q", null));
        assertThrows(MalformedResponseException.class, () -> client.getReport("r"));
        assertThrows(MalformedResponseException.class, () -> client.getRequest("q"));
        MalformedResponseException noUpload = assertThrows(MalformedResponseException.class,
                () -> client.createMedium(new io.xraydesk.api.model.NewMedium("other", "q", null, null, null)));
        assertTrue(noUpload.getMessage().contains("upload"), noUpload.getMessage());
        assertThrows(MalformedResponseException.class, () -> client.getRequest("q"));
    }

    @Test
    void aRedirectIsNotFollowedAndSaysWhere() {
        server.enqueue(Reply.with(302, Map.of("Location", "https://elsewhere.example/requests/a"), ""));
        OctoberException redirected = assertThrows(OctoberException.class, () -> client.getRequest("a"));
        assertTrue(redirected.getMessage().contains("elsewhere.example"), redirected.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void connectionRefusedIsAConnectNetworkErrorNamingTheHost() {
        server.close();
        NetworkException network = assertThrows(NetworkException.class, () -> client.getRequest("a"));
        assertEquals(NetworkException.Kind.CONNECT, network.kind());
        assertEquals("127.0.0.1", network.host());
        assertFalse(network instanceof OutcomeUnknownException);
    }

    @Test
    void unknownHostIsADnsError() {
        OctoberClient nowhere = new OctoberClient(
                Fixtures.credentials(java.net.URI.create("https://no-such-host.invalid")), Fixtures.http(),
                RetryPolicy.none(), Fixtures.settings());
        NetworkException network = assertThrows(NetworkException.class, () -> nowhere.getRequest("a"));
        assertEquals(NetworkException.Kind.DNS, network.kind());
        assertEquals("no-such-host.invalid", network.host());
    }

    @Test
    void aDroppedConnectionIsAReset() {
        server.enqueue(Reply.drop());
        NetworkException network = assertThrows(NetworkException.class, () -> client.getRequest("a"));
        assertInstanceOf(NetworkException.class, network);
        assertEquals(NetworkException.Kind.RESET, network.kind());
    }
}
