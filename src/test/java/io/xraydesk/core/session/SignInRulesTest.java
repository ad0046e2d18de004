package io.xraydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules behind the sign-in form and the session guard. */
class SignInRulesTest {

    @Test
    void customBaseUrlMustBeHttpsExceptOnThisComputer() {
        assertEquals(Optional.empty(), BaseUrlRule.check("https://api.test.example"));
        assertEquals(Optional.empty(), BaseUrlRule.check(" http://127.0.0.1:8080 "));
        assertEquals(Optional.empty(), BaseUrlRule.check("http://localhost:9000/october"));
        assertEquals(Optional.of(BaseUrlProblem.PLAIN_HTTP_REMOTE), BaseUrlRule.check("http://api.test.example"));
        assertEquals(Optional.of(BaseUrlProblem.PLAIN_HTTP_REMOTE), BaseUrlRule.check("http://10.0.0.5"));
        assertEquals(Optional.of(BaseUrlProblem.EMPTY), BaseUrlRule.check("  "));
        assertEquals(Optional.of(BaseUrlProblem.NOT_A_URL), BaseUrlRule.check("api.test.example"));
        assertEquals(Optional.of(BaseUrlProblem.NOT_A_URL), BaseUrlRule.check("ftp://api.test.example"));
        assertEquals(Optional.of(BaseUrlProblem.NOT_A_URL), BaseUrlRule.check("https://exa mple"));
        assertEquals(Optional.of(BaseUrlProblem.QUERY_OR_FRAGMENT), BaseUrlRule.check("https://a.example/?x=1"));
        assertEquals(URI.create("https://a.example/v1"), BaseUrlRule.parse("https://a.example/v1/ "));
    }

    @Test
    void pastedTokensLoseSurroundingSpacesAndQuotes() {
        assertEquals("abc123", PastedSecret.clean("  abc123\n"));
        assertEquals("abc123", PastedSecret.clean("\"abc123\""));
        assertEquals("abc123", PastedSecret.clean(" 'abc123' "));
        assertEquals("abc123", PastedSecret.clean("\u201Cabc123\u201D"));
        assertEquals("ab'c", PastedSecret.clean("ab'c"), "quotes inside are kept");
        assertEquals("", PastedSecret.clean("\"\""));
        assertEquals("", PastedSecret.clean(null));
    }

    @Test
    void theGuardSignsOutOnARefusedTokenOnly() {
        List<String> reasons = new ArrayList<>();
        SessionGuard guard = new SessionGuard(reasons::add);
        assertFalse(guard.signedOutBy(new NotFoundException("no such request", 404, "GET", "/requests/x")));
        assertTrue(guard.signedOutBy(new RuntimeException("task failed",
                new AuthenticationException("refused", 401, "GET", "/reports"))));
        assertEquals(1, reasons.size());
        assertFalse(reasons.get(0).isBlank());
    }
}
