package io.xraydesk.docs;

import io.xraydesk.ui.shell.Routes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The scenario's navigation: the guide's tour decides which screen comes next, so the screens'
 * requests to navigate are only recorded; the request a form opens is what the tour continues with.
 */
final class ScenarioRoutes implements Routes {

    private final CompletableFuture<String> openedRequest = new CompletableFuture<>();

    /** The id of the request the new-request form opened after creating it. */
    String awaitOpenedRequest() throws Exception {
        return openedRequest.get(15, TimeUnit.SECONDS);
    }

    @Override
    public void signIn(String reason) {
        // The tour signs in once, before any screen.
    }

    @Override
    public void dashboard() {
        // The tour shows the dashboard itself.
    }

    @Override
    public void newRequest() {
        // The tour shows the form itself.
    }

    @Override
    public void openRequest(String requestId) {
        openedRequest.complete(requestId);
    }

    @Override
    public void openReport(String requestId, String reportId) {
        openedRequest.complete(requestId);
    }

    @Override
    public void back() {
        // The tour decides where it goes next.
    }

    @Override
    public void networkSettings() {
        // Not part of the tour.
    }
}
