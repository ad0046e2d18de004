package io.xraydesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class of this build started as the packaged launcher starts the app: in a JVM of its own with
 * the app's JVM options ({@code app.javaOptions} of pom.xml, handed to the tests as the system property
 * {@value #APP_JAVA_OPTIONS}) and the tests' headless JavaFX (Monocle, software drawing).
 */
public final class AppJvm {

    public static final String APP_JAVA_OPTIONS = "xraydesk.appJavaOptions";
    private static final List<String> FX_PROPERTIES = List.of("prism.order", "prism.text", "glass.platform",
            "monocle.platform", "java.awt.headless");

    private AppJvm() {
    }

    /** {@code java <app options> <headless JavaFX> -cp <tests' class path> <mainClass> <arguments>}, ready to start. */
    public static ProcessBuilder command(Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options());
        for (String property : FX_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }

    /** The options the packaged launcher gives the app's JVM, as the build hands them to the tests. */
    public static List<String> options() {
        String options = System.getProperty(APP_JAVA_OPTIONS);
        if (options == null) {
            throw new IllegalStateException(APP_JAVA_OPTIONS + " is not set: run the tests through Maven");
        }
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }
}
