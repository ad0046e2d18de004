package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.lookup.SilentServer;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.Session;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What the form finds out about the company as the code becomes valid: the registry's name and
 * state (never holding the submission back) and earlier requests of the local history.
 */
class NewRequestLookupTest extends NewRequestScreenFixture {

    @Test
    void theLookupOffersTheRegisteredName(FxRobot robot) throws Exception {
        show(sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("514673987");

        waitUntil(() -> visible("#lookup-name"));
        String registered = text("#lookup-name");
        assertFalse(registered.isBlank());
        save("new-request-lookup-en");
        robot.clickOn("#lookup-use-name");
        assertEquals(registered, robot.lookup("#business-name").queryAs(TextField.class).getText());
        robot.clickOn("#creator").write("me");
        assertTrue(visible("#lookup-name"), "editing other fields keeps the lookup result");

        robot.clickOn("#submit");
        awaitOpened();
        assertEquals(registered, onlyRequest().get("businessName").asText());
    }

    @Test
    void aClosedCompanyIsFlagged(FxRobot robot) {
        show(sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("888888880");

        waitUntil(() -> visible("#lookup-name"));
        assertTrue(robot.lookup(".chip-warning").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#lookup").lookup(".lookup-closed").tryQuery().isPresent());
    }

    @Test
    void aSilentRegistryDoesNotHoldTheSubmissionBack(FxRobot robot) throws Exception {
        try (SilentServer registry = new SilentServer()) {
            show(sandbox.apiBaseUri(), Optional.of(registry.uri()));
            robot.write("514673987");
            waitUntil(() -> text("#lookup-status").startsWith("Looking"));

            robot.type(KeyCode.ENTER);

            awaitOpened();
            assertEquals(1, control.requestCount());
            assertEquals(1, registry.connections());
        }
    }

    @Test
    void aKnownRequestForTheSameCompanyIsOfferedInstead(FxRobot robot) throws Exception {
        Session earlierSession = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty());
        CreationResult.Created earlier = (CreationResult.Created) new RequestCreator(earlierSession.client(),
                services.database().requestCache(),
                new AuditRecorder(services.database().audit(), earlierSession.analyst(), Clock.systemUTC()),
                Clock.systemUTC())
                .create(new RequestDraft(CompanyCode.siren("514673987"), "Acme 2025", CreatorInput.ME, null));
        show();
        robot.write("514673987");

        waitUntil(() -> visible("#duplicate"));
        assertTrue(text("#duplicate-text").contains("Acme 2025"), text("#duplicate-text"));
        assertFalse(robot.lookup("#submit").queryButton().isDisabled(), "a second one stays possible");
        robot.clickOn("#open-duplicate");

        assertEquals(List.of(earlier.request().id()), opened());
        assertEquals(1, control.requestCount());
    }
}
