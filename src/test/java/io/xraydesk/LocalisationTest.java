package io.xraydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the English and French message bundles complete, consistent and free of leftovers. Each
 * check lists every offending key at once, so one run tells the whole story.
 */
class LocalisationTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/xraydesk");
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Keys that code builds from an enum constant instead of spelling them out, e.g.
     * {@code "theme.choice." + name().toLowerCase()}. A key under one of these prefixes counts as used
     * when the prefix itself appears as a string literal in the sources. Add a prefix here only
     * together with the code that builds keys from it.
     */
    private static final List<String> ENUM_KEY_PREFIXES = List.of(
            "theme.choice.",        // io.xraydesk.ui.theme.ThemeChoice
            "language.choice.",     // io.xraydesk.ui.shell.LanguageChoice
            "environment.",         // io.xraydesk.ui.shell.EnvironmentLook
            "connection.state.",    // io.xraydesk.ui.shell.ConnectionState
            "codes.",               // io.xraydesk.core.codes.CodeProblem, CompanyCodeType
            "notes.problem.",       // io.xraydesk.core.notes.FieldProblemCode
            "notes.field.",         // io.xraydesk.core.notes.NoteField
            "decision.problem.",    // io.xraydesk.core.decision.DecisionProblem
            "documents.problem.",   // io.xraydesk.core.documents.DocumentProblem
            "documents.kind.",      // io.xraydesk.core.documents.FileInspector (what a refused file looks like)
            "documents.category.",  // io.xraydesk.core.documents.DocumentDateRule (DocumentCategory)
            "documents.period.",    // io.xraydesk.core.documents.DocumentDateRule (Period)
            "report.source.",       // io.xraydesk.core.export.ReportContents (Source)
            "portfolio.state.",     // io.xraydesk.core.portfolio.ImportText (ImportCompanyState)
            "report.esg.category.", // io.xraydesk.core.export.EsgContent (ESG categories)
            "report.print.",        // io.xraydesk.ui.report.ReportActions (ReportPrinter.Outcome)
            "upload.state.",        // io.xraydesk.core.upload.UploadQueue, UploadText (UploadState)
            "upload.failure.",      // io.xraydesk.core.upload.FailureKind
            "dashboard.filter.xray.", // io.xraydesk.ui.dashboard.XRayFilter
            "dashboard.export.",    // io.xraydesk.ui.dashboard.SelectionExport (PortfolioFormat)
            "portfolio.export.column.", // io.xraydesk.core.export.PortfolioColumns
            "request.status.",      // io.xraydesk.ui.dashboard.RequestLabels (known status values)
            "xray.status.",         // io.xraydesk.core.xray.XRayStatus
            "xray.awaiting.",       // io.xraydesk.core.xray.XRayWords (what would produce each X-Ray)
            "xray.stage.",          // io.xraydesk.core.xray.StageWords (known stage codes)
            "xray.document.",       // io.xraydesk.core.xray.DocumentState
            "xray.next.",           // io.xraydesk.core.xray.RequestSummaries (a next step per X-Ray)
            "signin.baseurl.",      // io.xraydesk.core.session.BaseUrlProblem
            "signin.check.",        // io.xraydesk.core.session.CheckOutcome
            "signin.environment.",  // io.xraydesk.ui.login.SignInView (Environment)
            "settings.problem.",    // io.xraydesk.ui.login.SettingsProblemText (SettingsProblem.Kind)
            "network.proxy.",       // io.xraydesk.ui.settings.NetworkSettingsDialog (ProxyMode)
            "network.test.");       // io.xraydesk.core.session.DiagnosisStep, ui.settings.ConnectionTestPane

    /** Below 1000 so no grouping separator splits it in the formatted text. */
    private static final int ARGUMENT_MARKER = 987;

    private static Map<String, String> english;
    private static Map<String, String> french;
    private static Set<String> literals;

    @BeforeAll
    static void load() throws IOException {
        english = read(BUNDLES.resolve("messages.properties"));
        french = read(BUNDLES.resolve("messages_fr.properties"));
        literals = stringLiterals(SOURCES);
    }

    @Test
    void everyKeyExistsInBothLanguages() {
        assertEquals(Map.of("missing in messages_fr.properties", Set.of(), "missing in messages.properties", Set.of()),
                Map.of("missing in messages_fr.properties", difference(english.keySet(), french.keySet()),
                        "missing in messages.properties", difference(french.keySet(), english.keySet())));
    }

    @Test
    void noTextIsBlank() {
        assertEquals(List.of(), blankKeys(english), "blank texts in messages.properties");
        assertEquals(List.of(), blankKeys(french), "blank texts in messages_fr.properties");
    }

    @Test
    void everyKeyIsUsedBySomeCode() {
        Set<String> unused = new TreeSet<>();
        for (String key : english.keySet()) {
            boolean builtFromEnum = ENUM_KEY_PREFIXES.stream()
                    .anyMatch(prefix -> key.startsWith(prefix) && literals.contains(prefix));
            if (!literals.contains(key) && !builtFromEnum) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no code under src/main/java asks for");
    }

    @Test
    void everyEnumKeyPrefixIsStillUsed() {
        List<String> stale = ENUM_KEY_PREFIXES.stream().filter(prefix -> !literals.contains(prefix)).toList();
        assertEquals(List.of(), stale, "prefixes listed in this test but no longer built by code");
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : english.keySet()) {
            if (!french.containsKey(key)) {
                continue;
            }
            Set<Integer> en = arguments(english.get(key));
            Set<Integer> fr = arguments(french.get(key));
            if (!en.equals(fr)) {
                mismatches.put(key, "en " + en + " / fr " + fr);
            }
        }
        assertEquals(Map.of(), mismatches, "MessageFormat arguments differ between languages");
    }

    /**
     * In a pattern with arguments a lone apostrophe starts a quoted section and swallows text
     * ({@code l'{0}} prints "l{0}"): write ’ or a doubled ''.
     */
    @Test
    void patternsWithArgumentsHaveNoLoneApostrophe() {
        List<String> broken = new ArrayList<>();
        for (String key : english.keySet()) {
            String fr = french.getOrDefault(key, "");
            // Either language having arguments makes both patterns: the quote may have eaten them.
            boolean pattern = !arguments(english.get(key)).isEmpty() || !arguments(fr).isEmpty();
            for (String value : List.of(english.get(key), fr)) {
                if (pattern && value.replace("''", "").contains("'")) {
                    broken.add(key + "=" + value);
                }
            }
        }
        assertEquals(List.of(), broken, "lone apostrophes in MessageFormat patterns");
    }

    private static Set<Integer> arguments(String pattern) {
        MessageFormat format;
        try {
            format = new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            return Set.of(-1);
        }
        // The indices actually referenced, not just the highest: "{0} {1}" and "{1}" must differ.
        // Each argument in turn gets a marker number (the others 0) and must show up in the text;
        // a choice format shows it in its "many" branch.
        int count = format.getFormatsByArgumentIndex().length;
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[count];
            Arrays.fill(values, 0);
            values[i] = ARGUMENT_MARKER;
            if (format.format(values).contains(String.valueOf(ARGUMENT_MARKER))) {
                used.add(i);
            }
        }
        return used;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> missing = new TreeSet<>(a);
        missing.removeAll(b);
        return missing;
    }

    private static List<String> blankKeys(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).sorted().toList();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(key -> key, properties::getProperty, (a, b) -> a, TreeMap::new));
    }

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static Set<String> stringLiterals(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = STRING_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
