package io.xraydesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsAppearanceTest {

    /** Answers each command from a table and records what was asked. */
    private static final class FakeSystem implements OsAppearance.CommandRunner {
        final Map<List<String>, String> answers;
        final List<List<String>> asked = new ArrayList<>();

        FakeSystem(Map<List<String>, String> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<String> run(List<String> command) {
            asked.add(command);
            return Optional.ofNullable(answers.get(command));
        }
    }

    @Test
    void gnomeColorSchemeDecidesOnLinux() {
        var system = new FakeSystem(Map.of(OsAppearance.GNOME_COLOR_SCHEME, "'prefer-dark'\n"));
        assertEquals(Optional.of(true), new OsAppearance("Linux", system).prefersDark());
        assertEquals(List.of(OsAppearance.GNOME_COLOR_SCHEME), system.asked);
    }

    @Test
    void linuxFallsBackToTheGtkThemeNameWhenTheSchemeIsDefault() {
        var system = new FakeSystem(Map.of(
                OsAppearance.GNOME_COLOR_SCHEME, "'default'\n",
                OsAppearance.GNOME_GTK_THEME, "'Adwaita-dark'\n"));
        assertEquals(Optional.of(true), new OsAppearance("Linux", system).prefersDark());
    }

    @Test
    void aLinuxWithoutGsettingsDoesNotSay() {
        assertEquals(Optional.empty(), new OsAppearance("Linux", new FakeSystem(Map.of())).prefersDark());
    }

    @Test
    void windowsRegistryZeroMeansDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertEquals(Optional.of(true),
                new OsAppearance("Windows 11", new FakeSystem(Map.of(OsAppearance.WINDOWS_APPS_THEME, dark))).prefersDark());
        assertEquals(Optional.of(false), OsAppearance.parseWindowsAppsUseLightTheme(dark.replace("0x0", "0x1")));
        assertEquals(Optional.empty(), OsAppearance.parseWindowsAppsUseLightTheme("ERROR: not found"));
    }

    @Test
    void macOsIsDarkOnlyWhenTheInterfaceStyleSaysSo() {
        var dark = new FakeSystem(Map.of(OsAppearance.MAC_INTERFACE_STYLE, "Dark\n"));
        assertEquals(Optional.of(true), new OsAppearance("Mac OS X", dark).prefersDark());
        // In light mode the key does not exist and `defaults` fails.
        assertEquals(Optional.of(false), new OsAppearance("Mac OS X", new FakeSystem(Map.of())).prefersDark());
    }

    @Test
    void gnomeSchemeValuesAreReadWithoutTheirQuotes() {
        assertEquals(Optional.of(false), OsAppearance.parseGnomeColorScheme("'prefer-light'"));
        assertEquals(Optional.empty(), OsAppearance.parseGnomeColorScheme("'default'"));
        assertEquals(Optional.of(false), OsAppearance.parseGtkThemeName("'Adwaita'"));
    }
}
