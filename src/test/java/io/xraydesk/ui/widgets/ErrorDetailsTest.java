package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.NetworkException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.core.i18n.Messages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {

    private static final Clock AT = Clock.fixed(Instant.parse("2026-12-07T11:14:03.250Z"), ZoneOffset.ofHours(1));

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void anAnswerOfTheApiGivesTheCallItsStatusAndTheServersMessage() {
        Messages.setLocale(Locale.ENGLISH);
        String details = ErrorDetails.of(new NotFoundException("Request not found", 404, "GET", "/requests/42"), AT);
        assertEquals("""
                Time: 2026-12-07T12:14:03+01:00
                Call: GET /requests/42
                Answer: HTTP 404
                Message: Request not found""", details);
    }

    @Test
    void aCallWithoutAnswerSaysSoAndGivesEachCauseInWordsNeverAStackTrace() {
        Messages.setLocale(Locale.FRENCH);
        NetworkException failure = new NetworkException("Connection refused by api.example", NetworkException.Kind.CONNECT,
                "api.example", "POST", "/requests", new ConnectException("Connection refused"));
        failure.getCause().initCause(new SocketTimeoutException());
        assertEquals("""
                Heure : 2026-12-07T12:14:03+01:00
                Appel : POST /requests
                Réponse : aucune reçue
                Message : Connection refused by api.example
                Cause : Connection refused
                Cause : l'opération a pris trop de temps et a été abandonnée""", ErrorDetails.of(failure, AT));
    }

    @Test
    void aFailureOfTheApplicationGivesItsMessage() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Time: 2026-12-07T12:14:03+01:00\nMessage: disk full",
                ErrorDetails.of(new IOException("disk full"), AT));
        assertEquals("", ErrorDetails.of(null, AT));
    }
}
