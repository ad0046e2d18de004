package io.xraydesk.ui.walk;

/**
 * A place of the walk: a screen, a screen in a given state, or a dialog over one. {@code arrive}
 * brings it up and returns once it is shown; {@code leave} puts the window back as it was (closes the
 * dialog), so the next stop starts from the same place.
 */
public record Stop(String name, Step arrive, Step leave) {

    /** One move of the walk, driven from the test thread. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** Nothing to undo: the next stop navigates away itself. */
    public static final Step STAY = () -> {
    };

    public static Stop at(String name, Step arrive) {
        return new Stop(name, arrive, STAY);
    }
}
