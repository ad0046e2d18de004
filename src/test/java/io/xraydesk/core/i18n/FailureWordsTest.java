package io.xraydesk.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureWordsTest {

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFailureWithAMessageIsToldByItsMessage() {
        assertEquals("disk full", FailureWords.of(new IOException("disk full")));
    }

    @Test
    void aFailureWithoutAMessageIsToldInTheWordsOfTheBundleInEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("the operation took too long and was given up", FailureWords.of(new SocketTimeoutException()));
        assertEquals("a file or the connection could not be read or written", FailureWords.of(new IOException()));
        assertEquals("a file or the connection could not be read or written",
                FailureWords.of(new UncheckedIOException(null, new IOException())));
        assertEquals("an unexpected error that gave no explanation; the application log has the details",
                FailureWords.of(new NullPointerException()));
    }

    @Test
    void aFailureWithoutAMessageIsToldInTheWordsOfTheBundleInFrench() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals("l'opération a pris trop de temps et a été abandonnée", FailureWords.of(new SocketTimeoutException()));
        assertEquals("un fichier ou la connexion n'a pas pu être lu ou écrit", FailureWords.of(new IOException("  ")));
        assertEquals("une erreur inattendue qui n'a donné aucune explication ; le journal de l'application a les détails",
                FailureWords.of(new IllegalStateException()));
    }

    @Test
    void noJavaClassNameReachesTheWords() {
        for (Throwable failure : new Throwable[] {new SocketTimeoutException(), new IOException(), new IllegalStateException()}) {
            assertFalse(FailureWords.of(failure).contains(failure.getClass().getSimpleName()), failure.getClass().getName());
        }
    }
}
