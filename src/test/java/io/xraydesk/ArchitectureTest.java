package io.xraydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of docs/architecture.md, checked on the compiled classes (not on import lines, so a
 * fully qualified name or a static call cannot slip through). Each rule names what it protects; a new
 * rule also needs a planted class that breaks it in {@link ArchitectureRulesTest}.
 */
@AnalyzeClasses(packages = "io.xraydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String JAVAFX = "javafx..";

    /** The ui package and each of its sub-packages as a slice of its own (the root included). */
    private static final SliceAssignment UI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.equals("io.xraydesk.ui") && !name.startsWith("io.xraydesk.ui.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.split("\\.");
            return SliceIdentifier.of(parts.length > 3 ? "ui." + parts[3] : "ui");
        }

        @Override
        public String getDescription() {
            return "the ui package and each of its sub-packages";
        }
    };

    @ArchTest
    static final ArchRule apiUsesOnlyTheJdkAndJackson = classes().that().resideInAPackage("io.xraydesk.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.xraydesk.api..", "java..", "javax..",
                    "org.w3c.dom..", "org.xml.sax..", "com.fasterxml.jackson..")
            .because("the typed client is the bottom layer: anything may use it, it uses nothing of ours");

    @ArchTest
    static final ArchRule sandboxUsesOnlyTheApiModel = classes().that().resideInAPackage("io.xraydesk.sandbox..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.xraydesk.sandbox..", "io.xraydesk.api.model..",
                    "io.xraydesk.serving..", "java..", "javax..", "com.sun.net.httpserver..", "com.fasterxml.jackson..")
            .because("the emulator speaks the wire format only, so it cannot agree with the client by accident");

    @ArchTest
    static final ArchRule servingUsesOnlyTheJdk = classes().that().resideInAPackage("io.xraydesk.serving..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.xraydesk.serving..", "java..",
                    "com.sun.net.httpserver..")
            .because("how the local servers treat connections knows nothing of what they serve");

    @ArchTest
    static final ArchRule storeKnowsNoOtherLayer = noClasses().that().resideInAPackage("io.xraydesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xraydesk.api..", "io.xraydesk.core..",
                    "io.xraydesk.ui..", "io.xraydesk.cli..", "io.xraydesk.sandbox..", JAVAFX)
            .because("the store keeps rows, not API types or workflows");

    @ArchTest
    static final ArchRule coreHasNoUserInterface = noClasses().that().resideInAPackage("io.xraydesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xraydesk.ui..", "io.xraydesk.cli..", JAVAFX,
                    "org.controlsfx..", "atlantafx..")
            .because("workflows serve the window and the command line alike");

    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("io.xraydesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xraydesk.ui..", JAVAFX, "org.controlsfx..",
                    "atlantafx..")
            .because("the command line runs where there is no display");

    @ArchTest
    static final ArchRule relayIsHeadless = noClasses().that().resideInAPackage("io.xraydesk.relay..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xraydesk.ui..", "io.xraydesk.cli..",
                    "io.xraydesk.sandbox..", JAVAFX, "org.controlsfx..", "atlantafx..")
            .because("the relay runs on a server, started by the command line, with no display (docs/team.md)");

    @ArchTest
    static final ArchRule uiUsesCoreStoreAndApiOnly = noClasses().that().resideInAPackage("io.xraydesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xraydesk.cli..", "io.xraydesk.sandbox..")
            .because("screens reach the sandbox through core.session.EmbeddedSandbox, like any API");

    @ArchTest
    static final ArchRule screensReadThroughCoreNotTheDatabaseOrTheClient = noClasses()
            .that().resideInAPackage("io.xraydesk.ui..").and().resideOutsideOfPackage("io.xraydesk.ui.context..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.xraydesk.store.LocalDatabase")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.xraydesk.api.OctoberClient")
            .because("screens read requests through core.requests and act through core; only the session's work "
                    + "in ui.context holds the database and the client");

    @ArchTest
    static final ArchRule sandboxOnlyThroughTheCliAndTheDemoSessionOpener = noClasses()
            .that().resideOutsideOfPackages("io.xraydesk.sandbox..", "io.xraydesk.cli..")
            .and().doNotHaveFullyQualifiedName("io.xraydesk.core.session.EmbeddedSandbox")
            .should().dependOnClassesThat().resideInAPackage("io.xraydesk.sandbox..")
            .because("the emulator is started by the command line or for the demo session, nowhere else");

    @ArchTest
    static final ArchRule javafxOnlyInTheUserInterface = noClasses().that().resideOutsideOfPackage("io.xraydesk.ui..")
            .should().dependOnClassesThat().resideInAPackage(JAVAFX)
            .because("only the window may need a JavaFX toolkit");

    @ArchTest
    static final ArchRule applicationContextIsFreeOfJavafx = noClasses()
            .that().resideInAPackage("io.xraydesk.ui.context..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, "io.xraydesk.ui.shell..")
            .because("the application context is built and tested without a toolkit");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("io.xraydesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheUserInterface = slices().assignedFrom(UI_PACKAGES)
            .should().beFreeOfCycles()
            .because("the composition root (ui) builds the screens; nothing a screen uses may need the root");

    @ArchTest
    static final ArchRule screensDoNotUseEachOther = slices()
            .matching("io.xraydesk.ui.(dashboard|login|newrequest|requestpage|settings|portfolio)..")
            .should().notDependOnEachOther()
            .because("a screen sends the analyst elsewhere through Routes, never by knowing the other screen");
}
