package io.xraydesk.bench.fx;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.ui.LoadedWindow;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the benchmarks of the loaded window share: the watched portfolio they build and their waits. */
final class BusyDesk {

    private BusyDesk() {
    }

    /**
     * Signs the window in as the sandbox's demo user, every new report of the demo business posted to
     * the app's webhook receiver on {@code webhookPort}, and waits for the dashboard.
     */
    static void signInWithWebhooks(FxRobot robot, LoadedWindow window, int webhookPort) throws Exception {
        waitFor("the sign-in form with the demo account", () -> window.current().orElse(null) instanceof SignInScreen
                && robot.lookup("#user-id").tryQuery().map(f -> !((TextField) f).getText().isEmpty()).orElse(false));
        window.demoClient().updateWebhooks(SandboxConfig.DEMO_BUSINESS_ID, List.of(new WebhookSetting(
                "http://127.0.0.1:" + webhookPort + "/october", List.of(WebhookSetting.EVENT_NEW_REPORT), null)));
        robot.clickOn("#signin-button");
        waitFor("the dashboard", () -> window.current().orElse(null) instanceof DashboardScreen);
    }

    /** {@code count} requests, created four at a time as other analysts' tools would, each watched at once. */
    static List<String> createAndWatch(SessionWork work, int count) throws Exception {
        ExecutorService creators = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "Company " + i;
                created.add(creators.submit(() -> {
                    CreationResult result = work.requestCreator().create(
                            new RequestDraft(CompanyCode.siren("514673987"), name, null, null));
                    String id = ((CreationResult.Created) result).request().id();
                    work.watcher().watch(id, RequestOrigin.CREATED_HERE);
                    return id;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            creators.shutdownNow();
        }
    }

    /** The machine's load average over 1, 5 and 15 minutes: it is shared, and every figure says so. */
    static String loadAverage() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
