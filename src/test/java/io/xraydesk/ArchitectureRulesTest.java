package io.xraydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.xraydesk.api.planted.ApiReachingIntoCore;
import io.xraydesk.api.planted.ApiUsingJackson;
import io.xraydesk.cli.planted.CliOpeningAWindow;
import io.xraydesk.cli.planted.CliUsingCoreAndSandbox;
import io.xraydesk.core.planted.CoreCallingTheRelay;
import io.xraydesk.core.planted.CoreStartingTheSandbox;
import io.xraydesk.core.planted.CoreUsingApiAndStore;
import io.xraydesk.core.planted.CoreUsingJavafx;
import io.xraydesk.planted.UnlayeredClassUsingJavafx;
import io.xraydesk.relay.planted.RelayStartingTheSandbox;
import io.xraydesk.relay.planted.RelayUsingCore;
import io.xraydesk.sandbox.planted.SandboxUsingTheApiModel;
import io.xraydesk.sandbox.planted.SandboxUsingTheClient;
import io.xraydesk.serving.planted.ServingParsingJson;
import io.xraydesk.serving.planted.ServingUsingTheJdkServer;
import io.xraydesk.store.planted.StoreKeepingAnApiType;
import io.xraydesk.store.planted.StoreUsingTheJdk;
import io.xraydesk.ui.context.planted.ContextHoldingTheDatabase;
import io.xraydesk.ui.context.planted.ContextUsingJavafx;
import io.xraydesk.ui.dashboard.planted.ScreenCallingTheCli;
import io.xraydesk.ui.dashboard.planted.ScreenOpeningTheDatabase;
import io.xraydesk.ui.dashboard.planted.ScreenUsingCoreAndJavafx;
import io.xraydesk.ui.login.planted.ScreenCallingTheClient;
import io.xraydesk.ui.login.planted.ScreenSendingToTheDashboard;
import io.xraydesk.ui.login.planted.ScreenUsingCore;
import io.xraydesk.ui.widgets.planted.WidgetForScreens;
import io.xraydesk.ui.widgets.planted.WidgetNeedingAScreen;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link ArchitectureTest} can fail (docs/architecture.md, Layers). The
 * application itself respects the rules, so a rule that could never fail would pass unnoticed there.
 * Here each rule object of ArchitectureTest is evaluated on planted classes of the test tree (the
 * {@code planted} sub-packages, which ArchitectureTest does not import): it must accept a small
 * application that keeps every layer in its place, and it must report the same application with
 * one planted breach added, naming the planted class.
 */
class ArchitectureRulesTest {

    /** One or two classes per layer, each using only what its layer may use, so that no rule finds fault. */
    private static final List<Class<?>> RESPECTING_EVERY_RULE = List.of(ApiUsingJackson.class,
            ServingUsingTheJdkServer.class, SandboxUsingTheApiModel.class, StoreUsingTheJdk.class,
            CoreUsingApiAndStore.class, RelayUsingCore.class, CliUsingCoreAndSandbox.class,
            ContextHoldingTheDatabase.class, WidgetForScreens.class, ScreenUsingCoreAndJavafx.class,
            ScreenUsingCore.class);

    /** Imported once: every rule's control reads the same classes. */
    private static final JavaClasses RESPECTING_EVERY_RULE_IMPORTED = importOnly(RESPECTING_EVERY_RULE);

    /** A rule of ArchitectureTest and the planted class that breaks it. */
    record PlantedBreach(ArchRule rule, Class<?> planted) {
        @Override
        public String toString() {
            return nameOf(rule) + " broken by " + planted.getSimpleName();
        }
    }

    static Stream<PlantedBreach> plantedBreaches() {
        return Stream.of(
                new PlantedBreach(ArchitectureTest.apiUsesOnlyTheJdkAndJackson, ApiReachingIntoCore.class),
                new PlantedBreach(ArchitectureTest.sandboxUsesOnlyTheApiModel, SandboxUsingTheClient.class),
                new PlantedBreach(ArchitectureTest.servingUsesOnlyTheJdk, ServingParsingJson.class),
                new PlantedBreach(ArchitectureTest.storeKnowsNoOtherLayer, StoreKeepingAnApiType.class),
                new PlantedBreach(ArchitectureTest.coreHasNoUserInterface, CoreUsingJavafx.class),
                new PlantedBreach(ArchitectureTest.cliHasNoWindow, CliOpeningAWindow.class),
                new PlantedBreach(ArchitectureTest.relayIsHeadless, RelayStartingTheSandbox.class),
                new PlantedBreach(ArchitectureTest.uiUsesCoreStoreAndApiOnly, ScreenCallingTheCli.class),
                // The rule has two conditions (the database, the client): one breach for each.
                new PlantedBreach(ArchitectureTest.screensReadThroughCoreNotTheDatabaseOrTheClient,
                        ScreenOpeningTheDatabase.class),
                new PlantedBreach(ArchitectureTest.screensReadThroughCoreNotTheDatabaseOrTheClient,
                        ScreenCallingTheClient.class),
                new PlantedBreach(ArchitectureTest.sandboxOnlyThroughTheCliAndTheDemoSessionOpener,
                        CoreStartingTheSandbox.class),
                new PlantedBreach(ArchitectureTest.javafxOnlyInTheUserInterface, UnlayeredClassUsingJavafx.class),
                new PlantedBreach(ArchitectureTest.applicationContextIsFreeOfJavafx, ContextUsingJavafx.class),
                new PlantedBreach(ArchitectureTest.noCyclesBetweenLayers, CoreCallingTheRelay.class),
                new PlantedBreach(ArchitectureTest.noCyclesInsideTheUserInterface, WidgetNeedingAScreen.class),
                new PlantedBreach(ArchitectureTest.screensDoNotUseEachOther, ScreenSendingToTheDashboard.class));
    }

    static Stream<String> ruleNames() {
        return rulesOfArchitectureTest().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedBreaches")
    void ruleReportsItsPlantedBreach(PlantedBreach breach) {
        List<Class<?>> classes = new ArrayList<>(RESPECTING_EVERY_RULE);
        classes.add(breach.planted());

        EvaluationResult result = breach.rule().evaluate(importOnly(classes));

        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation(), breach + ": the rule found nothing wrong");
        assertTrue(report.contains(breach.planted().getName()), breach + ": the report does not name it:\n" + report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void ruleAcceptsLayersThatKeepTheirPlace(String ruleName) {
        EvaluationResult result = rulesOfArchitectureTest().get(ruleName).evaluate(RESPECTING_EVERY_RULE_IMPORTED);

        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    /** A rule added to ArchitectureTest without a planted breach would not be shown able to fail. */
    @Test
    void everyRuleOfArchitectureTestHasAPlantedBreach() {
        Set<String> broken = plantedBreaches().map(breach -> nameOf(breach.rule())).collect(Collectors.toSet());

        List<String> neverBroken = ruleNames().filter(name -> !broken.contains(name)).toList();

        assertEquals(List.of(), neverBroken);
    }

    /** Only the given classes, so the application's own classes cannot add or hide a violation. */
    private static JavaClasses importOnly(List<Class<?>> classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** The {@code @ArchTest} fields of ArchitectureTest by name, read from the class so none is missed. */
    private static Map<String, ArchRule> rulesOfArchitectureTest() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : ArchitectureTest.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ArchTest.class)) {
                rules.put(field.getName(), ruleIn(field));
            }
        }
        return rules;
    }

    private static ArchRule ruleIn(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("ArchitectureTest." + field.getName() + " is not readable here", e);
        }
    }

    /** The field name of the very rule object, compared by identity: rules do not define equality. */
    private static String nameOf(ArchRule rule) {
        return rulesOfArchitectureTest().entrySet().stream().filter(entry -> entry.getValue() == rule)
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a rule of ArchitectureTest: " + rule));
    }
}
