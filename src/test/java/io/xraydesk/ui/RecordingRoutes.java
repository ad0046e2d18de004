package io.xraydesk.ui;

import io.xraydesk.ui.shell.Routes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Routes that only remember where a screen sent the analyst. */
public final class RecordingRoutes implements Routes {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void signIn(String reason) {
        calls.add("signIn:" + reason);
    }

    @Override
    public void dashboard() {
        calls.add("dashboard");
    }

    @Override
    public void newRequest() {
        calls.add("newRequest");
    }

    @Override
    public void openRequest(String requestId) {
        calls.add("openRequest:" + requestId);
    }

    @Override
    public void openReport(String requestId, String reportId) {
        calls.add("openReport:" + requestId + "/" + reportId);
    }

    @Override
    public void back() {
        calls.add("back");
    }

    @Override
    public void networkSettings() {
        calls.add("networkSettings");
    }
}
