package io.xraydesk.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.xraydesk.testing.MessagesLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkerTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();


    @TempDir
    Path dir;

    @Test
    void expandsFoldersRecursivelyInNameOrderSkippingClutter() throws IOException {
        Path dropped = Files.createDirectory(dir.resolve("dossier"));
        file(dropped, "b.pdf");
        file(dropped, "a.pdf");
        file(dropped, ".hidden.pdf");
        file(dropped, "Thumbs.db");
        file(dropped, "desktop.ini");
        file(dropped, ".DS_Store");
        file(dropped, "~$bilan.xlsx");
        file(Files.createDirectories(dropped.resolve("__MACOSX")), "._a.pdf");
        file(Files.createDirectories(dropped.resolve(".git")), "config");
        file(Files.createDirectories(dropped.resolve("2023/banque")), "releve.pdf");
        Path single = file(dir, ".explicit.pdf");

        FolderWalker.Expansion expansion = new FolderWalker().expand(List.of(dropped, single));

        assertEquals(List.of(dropped.resolve("2023/banque/releve.pdf"), dropped.resolve("a.pdf"),
                dropped.resolve("b.pdf"), single), expansion.files());
        assertEquals(List.of(), expansion.notices());
    }

    @Test
    void linkCyclesEndAndFilesAreListedOnce() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        file(root, "a.pdf");
        Files.createSymbolicLink(root.resolve("again"), root);
        Files.createSymbolicLink(root.resolve("nowhere.pdf"), root.resolve("gone.pdf"));

        FolderWalker.Expansion expansion = new FolderWalker().expand(List.of(root, root.resolve("a.pdf")));

        assertEquals(List.of(root.resolve("a.pdf"), root.resolve("nowhere.pdf")), expansion.files());
    }

    @Test
    void depthAndCountLimitsAreReported() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("l1/l2/l3"));
        file(dir.resolve("l1"), "one.pdf");
        file(deep, "three.pdf");
        FolderWalker.Expansion shallow = new FolderWalker(2, 100).expand(List.of(dir.resolve("l1")));
        assertEquals(List.of(dir.resolve("l1/one.pdf")), shallow.files());
        assertEquals(List.of(Problem.of(DocumentProblem.TOO_DEEP, deep.toString(), 2)), shallow.notices());

        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 5; i++) {
            file(many, "f" + i + ".pdf");
        }
        FolderWalker.Expansion capped = new FolderWalker(8, 3).expand(List.of(many, file(dir, "extra.pdf")));
        assertEquals(List.of(many.resolve("f0.pdf"), many.resolve("f1.pdf"), many.resolve("f2.pdf")), capped.files());
        assertEquals(List.of(Problem.of(DocumentProblem.TOO_MANY_FILES, 3, 3)), capped.notices());
        assertEquals(3, capped.leftOut());
        assertTrue(capped.leftSomethingOut());
    }

    @Test
    void linksAreNotFollowedOutOfTheDroppedFolder() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        file(outside, "secret.pdf");
        Path dropped = Files.createDirectory(dir.resolve("dropped"));
        Path inside = file(dropped, "a.pdf");
        Path toOutsideFolder = Files.createSymbolicLink(dropped.resolve("b-system"), outside);
        Path toOutsideFile = Files.createSymbolicLink(dropped.resolve("c-secret.pdf"), outside.resolve("secret.pdf"));
        Path toInside = Files.createSymbolicLink(dropped.resolve("d-again.pdf"), inside);
        Path toRoot = Files.createSymbolicLink(dropped.resolve("e-root"), Path.of("/"));

        FolderWalker.Expansion expansion = new FolderWalker().expand(List.of(dropped));

        assertEquals(List.of(inside, toInside), expansion.files());
        Path root = dropped.toRealPath();
        assertEquals(List.of(
                Problem.of(DocumentProblem.LINK_OUT_OF_FOLDER, toOutsideFolder.toString(), outside.toRealPath().toString(), root.toString()),
                Problem.of(DocumentProblem.LINK_OUT_OF_FOLDER, toOutsideFile.toString(),
                        outside.resolve("secret.pdf").toRealPath().toString(), root.toString()),
                Problem.of(DocumentProblem.LINK_OUT_OF_FOLDER, toRoot.toString(), "/", root.toString())),
                expansion.notices());
        assertTrue(expansion.notices().get(0).message().contains("links are not followed out of a dropped folder"));
        assertTrue(expansion.leftSomethingOut());
        assertEquals(0, expansion.leftOut());
    }

    private static Path file(Path folder, String name) throws IOException {
        return Files.write(folder.resolve(name), new byte[] {1});
    }
}
