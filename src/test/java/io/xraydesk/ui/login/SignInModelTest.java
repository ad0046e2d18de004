package io.xraydesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sign-in form's validation, without a stage. */
class SignInModelTest {

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void anEmptyFormIsInvalidAndSaysWhatIsMissing() {
        SignInModel model = new SignInModel();
        assertFalse(model.validProperty().get());
        assertEquals("Enter the User ID shown with your API token.", model.userIdProblem().get());
        assertEquals("Paste the session token.", model.tokenProblem().get());
        assertEquals("", model.versionProblem().get(), "the default version is valid");
        assertEquals(ApiCredentials.DEFAULT_VERSION, model.versionProperty().get());
        assertEquals("", model.baseUrlProblem().get(), "no base URL outside Custom");
    }

    @Test
    void aCompleteFormIsValid() {
        SignInModel model = filled();
        assertTrue(model.validProperty().get());
    }

    @Test
    void theVersionMustBeARealDate() {
        SignInModel model = filled();
        model.versionProperty().set("2024-02-30");
        assertFalse(model.validProperty().get());
        assertTrue(model.versionProblem().get().contains("real date"), model.versionProblem().get());
        model.versionProperty().set("25-01-2024");
        assertFalse(model.validProperty().get());
        model.versionProperty().set("2024-02-29");
        assertTrue(model.validProperty().get());
    }

    @Test
    void customNeedsAnHttpsUrlUnlessLocal() {
        SignInModel model = filled();
        model.environmentProperty().set(Environment.CUSTOM);
        assertEquals("Enter the address of the API.", model.baseUrlProblem().get());
        model.baseUrlProperty().set("http://api.test.example");
        assertTrue(model.baseUrlProblem().get().startsWith("Plain http:// is only allowed"), model.baseUrlProblem().get());
        assertFalse(model.validProperty().get());
        model.baseUrlProperty().set("http://127.0.0.1:8080");
        assertTrue(model.validProperty().get());
        model.baseUrlProperty().set("https://api.test.example");
        assertTrue(model.validProperty().get());
    }

    @Test
    void aPastedTokenIsTrimmedOfSpacesAndQuotes() {
        SignInModel model = filled();
        model.tokenProperty().set("  \"tok-123\"\n");
        assertEquals("tok-123", model.tokenProperty().get());
        model.tokenProperty().set("tok 123");
        assertEquals("A session token contains no spaces or line breaks.", model.tokenProblem().get());
    }

    @Test
    void theProfileKeepsItsIdAndLeavesTheTokenOut() {
        SignInModel model = new SignInModel();
        Profile saved = new Profile("p-1", "Prod", Environment.PRODUCTION, null, "user-1", "2023-06-01", "biz-1", true);
        model.fill(saved, "tok");
        Profile again = model.toProfile();
        assertEquals(saved, again);
        model.environmentProperty().set(Environment.SANDBOX);
        model.profileNameProperty().set("");
        Profile renamed = model.toProfile();
        assertEquals("p-1", renamed.id());
        assertEquals("Sandbox — user-1", renamed.displayName());
        assertNull(renamed.baseUrl());
    }

    private static SignInModel filled() {
        SignInModel model = new SignInModel();
        model.environmentProperty().set(Environment.PRODUCTION);
        model.userIdProperty().set("6413297aad6e59418e7748f9");
        model.tokenProperty().set("token-abc");
        return model;
    }
}
