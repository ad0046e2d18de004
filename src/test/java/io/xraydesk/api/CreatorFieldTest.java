package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CreatorFieldTest {

    @Test
    void blankMeansTheCallingUser() {
        assertNull(CreatorField.fromInput("  "));
        assertNull(CreatorField.fromInput(null));
    }

    @Test
    void userIdsAndEmailsAreAccepted() {
        assertEquals("6413297aad6e59418e7748f9", CreatorField.fromInput(" 6413297AAD6E59418E7748F9 "));
        assertEquals("analyst@bank.example", CreatorField.fromInput("analyst@bank.example "));
    }

    @Test
    void anythingElseIsRefusedWithAClearMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CreatorField.fromInput("bob"));
        assertEquals("a creator is a user id (24 hexadecimal characters) or an e-mail address, not \"bob\"",
                error.getMessage());
    }
}
