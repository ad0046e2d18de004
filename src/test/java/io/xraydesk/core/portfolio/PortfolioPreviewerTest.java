package io.xraydesk.core.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.TemporaryFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The preview refuses, row by row and in words, what the form and the upload panel would refuse. */
class PortfolioPreviewerTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private final Path folder = TemporaryFolders.create("xraydesk-preview");
    private final Path documents = folder.resolve("documents");
    private final LocalDatabase database = LocalDatabase.open(folder.resolve("xraydesk.db"));
    private final PortfolioPreviewer previewer = new PortfolioPreviewer(new KnownRequests(database.requestCache()),
            new FileInspector(FileInspector.DEFAULT_MAX_BYTES), new DocumentDateRule(Clock.systemDefaultZone()));

    @AfterEach
    void clean() {
        database.close();
        TemporaryFolders.deleteTree(folder);
    }

    @Test
    void everyProblemIsSaidOnItsOwnRow() throws Exception {
        Files.createDirectories(documents.resolve("ok"));
        TestDocuments.png(documents.resolve("ok"), "bilan-2023.png", 4_000, 1);
        Path unreadable = TestDocuments.png(documents.resolve("ok"), "releve-2024-03.png", 4_000, 2);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        boolean rootReadsAnyway = Files.isReadable(unreadable);
        // Root reads any file whatever its mode: a link to a file that is gone is unreadable for everyone.
        Files.createSymbolicLink(documents.resolve("ok").resolve("situation-2024-T1.png"),
                documents.resolve("deleted.png"));
        PortfolioPreview preview = preview("""
                SIREN;Raison sociale;Dossier
                514673987;Atelier Dupont;ok
                514673988;Mauvaise clé;
                514 673 987;Atelier Dupont encore;
                ;Sans code;
                %s;Dossier absent;nulle-part
                """.formatted(PortfolioFiles.siren(4)));

        List<PreviewRow> rows = preview.rows();
        PreviewRow ok = rows.get(0);
        assertTrue(ok.isImportable(), ok.problems().toString());
        assertEquals(3, ok.documents().size());
        PreviewDocument gone = ok.documents().get(2);
        assertFalse(gone.isAccepted());
        assertTrue(gone.refusalText().startsWith("situation-2024-T1.png: "), gone.refusalText());
        PreviewDocument bilan = ok.documents().get(0);
        assertEquals(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, bilan.description().category());
        assertEquals(Period.YEAR, bilan.description().period());
        assertEquals(LocalDate.of(2023, 12, 31), bilan.description().date());
        if (!rootReadsAnyway) {
            assertFalse(ok.documents().get(1).isAccepted());
            assertTrue(ok.documents().get(1).refusalText().startsWith("releve-2024-03.png: "));
        }

        assertEquals(List.of("SIREN 514 673 988 is not valid: its check digit does not match (typing error?)."),
                rows.get(1).problems());
        assertEquals(List.of("The same company is already on row 2: this row is left out."), rows.get(2).problems());
        assertEquals(List.of("No company code on this row."), rows.get(3).problems());
        assertEquals(List.of("The documents folder " + documents.resolve("nulle-part") + " does not exist."),
                rows.get(4).problems());
        assertEquals(1, preview.importable().size());
    }

    @Test
    void aFileTooSmallToBeADocumentIsRefusedAndTheRestOfTheRowKept() throws Exception {
        Files.createDirectories(documents.resolve("dupont"));
        Files.write(documents.resolve("dupont").resolve("vide.pdf"), new byte[0]);
        TestDocuments.png(documents.resolve("dupont"), "statuts.png", 4_000, 3);

        PreviewRow row = preview("SIREN;Dossier\n514673987;dupont\n").rows().get(0);

        assertTrue(row.isImportable());
        assertEquals(1, row.acceptedDocuments().size());
        PreviewDocument empty = row.documents().get(1);
        assertEquals("vide.pdf", empty.file().getFileName().toString());
        assertFalse(empty.isAccepted());
        assertFalse(empty.refusals().isEmpty());
    }

    @Test
    void aKnownRequestForTheCodeIsReusedUnlessRecreationIsAsked() throws Exception {
        database.requestCache().upsert(new CachedRequest("65f0c0ffee0123456789abcd", "siren", "514673987",
                "Atelier Dupont", "pending_analysis", "1.1", Instant.now(), null, "{}", Instant.now(),
                RequestOrigin.CREATED_HERE, null));
        Path list = Files.writeString(folder.resolve("list.csv"), "SIRET\n51467398700004\n", StandardCharsets.UTF_8);

        PreviewRow reused = previewer.preview(CompanyListReader.read(list), null, false).rows().get(0);
        PreviewRow recreated = previewer.preview(CompanyListReader.read(list), null, true).rows().get(0);

        assertEquals("65f0c0ffee0123456789abcd", reused.reusedRequestId());
        assertTrue(reused.notices().stream().anyMatch(n -> n.contains("SIREN 514 673 987 used")), reused.notices()
                .toString());
        assertEquals(null, recreated.reusedRequestId());
    }

    @Test
    void aFolderIsFoundByTheCodeOrTheNameInItsName() throws Exception {
        Files.createDirectories(documents.resolve("514 673 987 - Dupont"));
        Files.createDirectories(documents.resolve("Boulangerie Zoé (2024)"));
        Files.createDirectories(documents.resolve(PortfolioFiles.siren(1) + " Boulangerie Zoe"));

        List<PreviewRow> rows = preview("SIREN;Raison sociale\n514673987;Atelier\n"
                + PortfolioFiles.siren(1) + ";Autre nom\n"
                + PortfolioFiles.siren(2) + ";Boulangerie Zoé\n"
                + PortfolioFiles.siren(3) + ";Inconnue\n").rows();

        assertEquals(documents.resolve("514 673 987 - Dupont"), rows.get(0).folder());
        assertEquals(documents.resolve(PortfolioFiles.siren(1) + " Boulangerie Zoe"), rows.get(1).folder());
        assertTrue(rows.get(2).problems().get(0).startsWith("Several folders match this company"),
                rows.get(2).problems().toString());
        assertEquals(null, rows.get(3).folder());
        assertTrue(rows.get(3).isImportable());
        assertTrue(rows.get(3).notices().get(0).startsWith("No folder in"), rows.get(3).notices().toString());
    }

    @Test
    void aRowCorrectedInThePreviewIsCheckedAgain() throws Exception {
        PortfolioPreview first = preview("SIREN;Raison sociale\n514673988;Atelier Dupont\n");
        CompanyRow typo = first.rows().get(0).row();
        assertFalse(first.rows().get(0).isImportable());

        CompanyList corrected = first.list().withRow(typo.withCode("514 673 987").withBusinessName("Atelier  Dupont"));
        PreviewRow row = previewer.preview(corrected, documents, false).rows().get(0);

        assertTrue(row.isImportable(), row.problems().toString());
        assertEquals("514673987", row.code().id());
        assertEquals("Atelier Dupont", row.businessName(), "the form's rule collapses inner spaces");
    }

    private PortfolioPreview preview(String csv) throws Exception {
        Files.createDirectories(documents);
        Path list = Files.writeString(folder.resolve("list.csv"), csv, StandardCharsets.UTF_8);
        return previewer.preview(CompanyListReader.read(list), documents, false);
    }
}
