package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequiredTest {

    @Test
    void aMissingValueFailsWithItsName() {
        NullPointerException failure = assertThrows(NullPointerException.class,
                () -> new StoredDecision("d1", null, 1, null, null, Instant.EPOCH));
        assertEquals("requestId", failure.getMessage());
    }

    @Test
    void namesThatDoNotMatchTheValuesAreAMistakeOfTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> Required.nonNull("id, requestId", "d1"));
    }
}
