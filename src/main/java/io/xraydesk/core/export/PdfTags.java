package io.xraydesk.core.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of a tagged PDF, for screen readers: each piece of text drawn is marked content
 * of a structure element (a heading or a paragraph) under one Document element, in reading order, and
 * every drawing that is only decoration (rules, grade boxes, page footers) is marked as an artifact.
 * {@link #NONE} draws without tags, for exports that draw charts and tables outside this model.
 */
class PdfTags {

    /** Draws one piece of content into a stream. */
    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }

    /** No structure: content is drawn as it comes. */
    static final PdfTags NONE = new PdfTags();

    private final PDStructureTreeRoot tree;
    private final PDStructureElement root;
    /** Per page (by its StructParents key), the structure element of each marked content id. */
    private final Map<Integer, List<PDStructureElement>> marked = new HashMap<>();
    private final Map<PDPage, Integer> keys = new HashMap<>();

    private PdfTags() {
        this.tree = null;
        this.root = null;
    }

    private PdfTags(PDDocument document) {
        tree = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        document.getDocumentCatalog().setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** Tags for {@code document}: its catalog says it is tagged, and the structure is filled as it is drawn. */
    static PdfTags of(PDDocument document) {
        return new PdfTags(document);
    }

    /** Draws text as the content of a new structure element of {@code role} (P, H1, H2…) on {@code page}. */
    void text(PDPageContentStream stream, PDPage page, String role, Drawing drawing) throws IOException {
        if (root == null) {
            drawing.draw();
            return;
        }
        List<PDStructureElement> onPage = marked.computeIfAbsent(key(page), k -> new ArrayList<>());
        int mcid = onPage.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(role), PDPropertyList.create(properties));
        drawing.draw();
        stream.endMarkedContent();
        PDStructureElement element = new PDStructureElement(role, root);
        element.setPage(page);
        element.appendKid(new PDMarkedContent(COSName.getPDFName(role), properties));
        root.appendKid(element);
        onPage.add(element);
    }

    /** Draws decoration that a screen reader skips. */
    void artifact(PDPageContentStream stream, Drawing drawing) throws IOException {
        if (root == null) {
            drawing.draw();
            return;
        }
        stream.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        stream.endMarkedContent();
    }

    private int key(PDPage page) {
        return keys.computeIfAbsent(page, p -> {
            int key = keys.size();
            p.setStructParents(key);
            return key;
        });
    }

    /** Writes the parent tree that leads from each page's marked content back to its element. */
    void finish() {
        if (root == null) {
            return;
        }
        PDNumberTreeNode parents = new PDNumberTreeNode(ParentEntry.class);
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        marked.forEach((key, elements) -> {
            COSArray array = new COSArray();
            elements.forEach(element -> array.add(element.getCOSObject()));
            numbers.put(key, new ParentEntry(array));
        });
        parents.setNumbers(numbers);
        tree.setParentTree(parents);
        tree.setParentTreeNextKey(keys.size());
    }

    /** A number tree value: the array of structure elements of one page's marked contents. */
    private record ParentEntry(COSArray array) implements COSObjectable {
        @Override
        public COSArray getCOSObject() {
            return array;
        }
    }
}
