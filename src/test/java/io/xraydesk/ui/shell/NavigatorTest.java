package io.xraydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class NavigatorTest {

    private final List<String> events = new ArrayList<>();
    private final StackPane host = new StackPane();
    private final Navigator navigator = new Navigator(host);

    /** Records its lifecycle calls, and whether it was in the window when they happened. */
    private final class RecordingScreen implements Screen {
        final String name;
        final Label view;

        RecordingScreen(String name) {
            this.name = name;
            this.view = new Label(name);
        }

        @Override
        public String titleKey() {
            return "start.title";
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void activate() {
            events.add(name + ".activate" + (host.getChildren().contains(view) ? "" : " (not shown!)"));
        }

        @Override
        public void deactivate() {
            events.add(name + ".deactivate" + (host.getChildren().contains(view) ? "" : " (already gone!)"));
        }
    }

    @Test
    void deactivatesTheLeavingScreenBeforeActivatingTheArrivingOne() {
        RecordingScreen dashboard = new RecordingScreen("dashboard");
        RecordingScreen report = new RecordingScreen("report");

        navigator.show(dashboard);
        navigator.show(report);

        assertEquals(List.of("dashboard.activate", "dashboard.deactivate", "report.activate"), events);
        assertEquals(List.of(report.view), host.getChildren());
        assertSame(report, navigator.currentProperty().get());
    }

    @Test
    void showingTheCurrentScreenAgainDoesNotRestartIt() {
        RecordingScreen dashboard = new RecordingScreen("dashboard");
        navigator.show(dashboard);
        navigator.show(dashboard);
        assertEquals(List.of("dashboard.activate"), events);
    }

    @Test
    void leaveDeactivatesTheCurrentScreenAndEmptiesTheWindow() {
        RecordingScreen dashboard = new RecordingScreen("dashboard");
        navigator.show(dashboard);
        navigator.leave();

        assertEquals(List.of("dashboard.activate", "dashboard.deactivate"), events);
        assertTrue(host.getChildren().isEmpty());
        assertTrue(navigator.current().isEmpty());
    }
}
