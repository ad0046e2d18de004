package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.testing.MessagesLocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Lists of request ids as pasted or saved in a file, and what fetching them from the sandbox comes to. */
class OpenedIdsTest {

    private static final String A = "635107e452436f15d3b39d87";
    private static final String B = "6464ba07cbddbd090b267260";

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path folder;

    @Test
    void aListIsSplitOnLinesCommasSemicolonsAndSpacesWithEachIdOnce() {
        RequestIdInput.IdList list = RequestIdInput.parseList(" " + A.toUpperCase(Locale.ROOT) + "\r\n" + B + ";"
                + "https://app.october.eu/requests/" + A + "/reports, 6351-07e4\t\tzz ");
        assertEquals(List.of(A, B), list.ids());
        assertEquals(List.of("6351-07e4", "zz"), list.invalid());
        assertEquals(List.of(), RequestIdInput.parseList("  \n ").ids());
        assertEquals(List.of(), RequestIdInput.parseList(null).invalid());
    }

    @Test
    void aFileOfIdsIsFetchedIdByIdAndEachOutcomeSaidInWords() throws Exception {
        try (SandboxFixture fixture = new SandboxFixture(folder, WatchPolicy.defaults())) {
            AnalysisRequest known = fixture.createRequest("514673987", "Made Elsewhere SA", null);
            // A column saved from a French spreadsheet: a header in Windows-1252, then the ids.
            Path file = Files.write(folder.resolve("ids.csv"), ("Identifiant créé\r\n" + known.id() + "\r\n" + A
                    + "\r\n").getBytes(StandardCharsets.ISO_8859_1));

            OpenedIds opened = OpenedIds.fetch(RequestIdInput.parseList(IdsFile.read(file)), fixture.watcher,
                    new RequestReader(fixture.database, fixture.client), (done, total) -> { });

            assertEquals(List.of(known.id()), opened.found().stream().map(RequestRow::id).toList());
            assertEquals(List.of(A), opened.notFound());
            assertEquals(List.of("Identifiant", "créé"), opened.invalid());
            assertTrue(opened.single().isEmpty());
            assertTrue(fixture.database.requestCache().find(known.id()).isPresent(), "kept locally");
        }
    }

    @Test
    void aFileTooLargeOrMissingIsRefusedInWords() throws Exception {
        Path missing = folder.resolve("nowhere.txt");
        assertEquals("The file " + missing + " cannot be read.",
                assertThrows(IdsFile.UnreadableException.class, () -> IdsFile.read(missing)).getMessage());
        Path large = Files.write(folder.resolve("large.txt"), new byte[(int) IdsFile.MAX_BYTES + 1]);
        assertTrue(assertThrows(IdsFile.UnreadableException.class, () -> IdsFile.read(large)).getMessage()
                .endsWith("it is not a list of request ids."));
    }
}
