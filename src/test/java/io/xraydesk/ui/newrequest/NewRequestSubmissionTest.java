package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.requests.RefusingProxy;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What becomes of a submission: exactly one request per press, a server's refusal on the field it
 * names, a network failure or an unknown outcome that loses nothing typed. Over real HTTP.
 */
class NewRequestSubmissionTest extends NewRequestScreenFixture {

    @Test
    void pressingEnterTwiceCreatesExactlyOneRequest(FxRobot robot) throws Exception {
        show();
        robot.write("732829320");

        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        awaitOpened();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);

        assertEquals(1, control.requestCount());
        assertEquals(1, control.counter("createRequest"));
        assertEquals(1, opened().size());
    }

    @Test
    void comingBackToTheFormOfACreatedRequestShowsANewFormNotOneStillCreating(FxRobot robot) throws Exception {
        NewRequestScreen screen = show();
        robot.write("732829320").type(KeyCode.ENTER);
        awaitOpened();

        // As Back does: the form leaves the window for the request's page, then comes back.
        robot.interact(screen::deactivate);
        robot.interact(screen::activate);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", robot.lookup("#code").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#cancel").queryButton().isDisabled(), "not locked on the creation that is done");
        assertEquals(1, control.counter("createRequest"));
    }

    @Test
    void aServerRefusalIsShownOnTheFieldItNames(FxRobot robot) throws Exception {
        String refusal = "{\"message\":\"KvK 01234567 is not registered\",\"field\":\"code.id\"}";
        try (RefusingProxy strictServer = new RefusingProxy(sandbox.apiBaseUri(),
                RefusingProxy.RefusalRule.of("POST /requests", body -> body.contains("\"kvk\"")), refusal)) {
            show(strictServer.uri(), Optional.empty());
            robot.interact(() -> robot.lookup("#code-type").queryComboBox().setValue(CompanyCodeTypes.KVK));
            robot.clickOn("#code").write("01234567").type(KeyCode.ENTER);

            waitUntil(() -> visible("#code-problem"));
            assertEquals("KvK 01234567 is not registered", text("#code-problem"));
            assertEquals("0123 4567", robot.lookup("#code").queryAs(TextField.class).getText());
            assertTrue(robot.lookup("#code").queryAs(TextField.class).isFocused());
            assertFalse(robot.lookup("#submit").queryButton().isDisabled());
            save("new-request-server-refusal-en");

            robot.type(KeyCode.BACK_SPACE).write("8");
            assertFalse(visible("#code-problem"), "an edit replaces the server's verdict");
            assertEquals(List.of(), opened());
        }
    }

    @Test
    void aNetworkFailureKeepsEverythingTyped(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        show(URI.create("http://127.0.0.1:" + closedPort), Optional.empty());
        robot.write("514673987");
        robot.clickOn("#business-name").write("Acme");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> visible("#form-message"));
        assertTrue(text("#form-message").contains("Nothing was created"), text("#form-message"));
        assertEquals("514 673 987", robot.lookup("#code").queryAs(TextField.class).getText());
        assertEquals("Acme", robot.lookup("#business-name").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#submit").queryButton().isDisabled(), "can be sent again");
    }

    @Test
    void anUnknownOutcomeIsOnlyRetriedWhenTheAnalystAsks(FxRobot robot) throws Exception {
        control.armApiFault("{\"kind\":\"reset\",\"method\":\"POST\",\"path\":\"/requests\"}");
        show();
        robot.write("514673987").type(KeyCode.ENTER);

        waitUntil(() -> visible("#outcome-unknown"));
        assertTrue(robot.lookup("#submit").queryButton().isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, control.counter("faultsInjected"));
        assertEquals(List.of(), opened());

        robot.clickOn("#retry-anyway");
        awaitOpened();
        assertEquals(1, control.requestCount());
    }
}
