package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiCredentialsTest {

    @Test
    void toStringMasksBothIdentifiers() {
        String text = Fixtures.credentials(URI.create("https://api.lending.soprafinancing.io")).toString();
        assertFalse(text.contains(Fixtures.TOKEN), text);
        assertFalse(text.contains(Fixtures.USER_ID), text);
        assertTrue(text.contains("api.lending.soprafinancing.io") && text.contains("2024-01-25"), text);
    }

    @Test
    void plainHttpIsOnlyAllowedOnLoopback() {
        ApiCredentials.of(URI.create("http://127.0.0.1:8080"), "u12345", "t12345");
        ApiCredentials.of(URI.create("http://localhost:8080/api/"), "u12345", "t12345");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ApiCredentials.of(URI.create("http://api.october.eu"), "u12345", "t12345"));
        assertTrue(error.getMessage().contains("https"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ApiCredentials.of(URI.create("ftp://api.october.eu"), "u12345", "t12345"));
    }

    @Test
    void badValuesAreRefusedWithoutEchoingThem() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ApiCredentials.of(URI.create("https://api.october.eu"), "u12345", "secret-value\n"));
        assertFalse(error.getMessage().contains("secret-value"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ApiCredentials.of(URI.create("https://api.october.eu"), " ", "t12345"));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiCredentials(URI.create("https://api.october.eu"), "u12345", "t12345", "latest"));
    }

    @Test
    void theLatestDocumentedVersionIsTheDefault() {
        assertEquals("2024-01-25", ApiCredentials.DEFAULT_VERSION);
        assertEquals("2024-01-25", ApiCredentials.of(URI.create("https://x.example"), "u12345", "t12345").octoberVersion());
    }
}
