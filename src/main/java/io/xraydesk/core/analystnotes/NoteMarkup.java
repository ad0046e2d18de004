package io.xraydesk.core.analystnotes;

import io.xraydesk.core.analystnotes.NoteDocument.Block;
import io.xraydesk.core.analystnotes.NoteDocument.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The markup of analyst notes: a small subset of Markdown (docs/workflow.md). Paragraphs are apart by
 * a blank line; a line starting with {@code - } or {@code * } is a bullet; {@code **bold**}; a quotation
 * is a link to an {@code xray:} address ({@link Quotation#toMarkup()}); {@code \} escapes a sign.
 * Unlike Markdown, a single line break is kept, as analysts type in a plain text box.
 *
 * <p>Everything else Markdown knows is shown as typed: headings, quotes, code and rules are not parsed
 * at all (a {@code #} at the start of a line stays a {@code #}), and the signs of italics, code spans
 * and other links stay in the text.
 */
public final class NoteMarkup {

    /** Only lists among Markdown's blocks; paragraphs are always on. */
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

    private NoteMarkup() {
    }

    public static NoteDocument parse(String markup) {
        List<Block> blocks = new ArrayList<>();
        for (Node block = PARSER.parse(markup == null ? "" : markup).getFirstChild(); block != null;
                block = block.getNext()) {
            if (block instanceof BulletList list) {
                addItems(blocks, items(list));
            } else if (block instanceof OrderedList list) {
                blocks.add(new NoteDocument.Paragraph(numbered(list)));
            } else {
                List<Inline> inlines = new Inlines().of(block).list;
                if (!inlines.isEmpty()) {
                    blocks.add(new NoteDocument.Paragraph(inlines));
                }
            }
        }
        return new NoteDocument(blocks);
    }

    /** {@code text} with every ASCII punctuation sign escaped, so it reads back as exactly this text. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** Markdown starts a new list when the bullet sign changes; for a reader it is the same list. */
    private static void addItems(List<Block> blocks, List<List<Inline>> items) {
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof NoteDocument.BulletList previous) {
            List<List<Inline>> merged = new ArrayList<>(previous.items());
            merged.addAll(items);
            blocks.set(blocks.size() - 1, new NoteDocument.BulletList(merged));
        } else {
            blocks.add(new NoteDocument.BulletList(items));
        }
    }

    private static List<List<Inline>> items(ListBlock list) {
        List<List<Inline>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(itemInlines(item));
        }
        return items;
    }

    /** A numbered list is not in the subset: its items stay lines of a paragraph, numbers as typed. */
    private static List<Inline> numbered(OrderedList list) {
        Inlines lines = new Inlines();
        int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            if (!lines.list.isEmpty()) {
                lines.list.add(new NoteDocument.LineBreak());
            }
            lines.text(number + delimiter + " ", false);
            lines.list.addAll(itemInlines(item));
        }
        return lines.list;
    }

    /** An item's paragraphs and nested lists, one after another on lines of their own. */
    private static List<Inline> itemInlines(Node item) {
        Inlines inlines = new Inlines();
        for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
            if (!inlines.list.isEmpty()) {
                inlines.list.add(new NoteDocument.LineBreak());
            }
            if (block instanceof ListItem || block instanceof ListBlock) {
                for (Node nested = block.getFirstChild(); nested != null; nested = nested.getNext()) {
                    inlines.list.addAll(itemInlines(nested));
                }
            } else {
                inlines.of(block);
            }
        }
        return inlines.list;
    }

    /** Collects the inlines of a node, merging neighbouring runs of the same weight. */
    private static final class Inlines {
        final List<Inline> list = new ArrayList<>();

        Inlines of(Node parent) {
            children(parent, false);
            return this;
        }

        private void children(Node parent, boolean bold) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                inline(node, bold);
            }
        }

        private void inline(Node node, boolean bold) {
            if (node instanceof Text text) {
                text(text.getLiteral(), bold);
            } else if (node instanceof StrongEmphasis) {
                children(node, true);
            } else if (node instanceof Emphasis emphasis) {
                // No italics in the subset: the signs stay where the analyst typed them.
                text(emphasis.getOpeningDelimiter(), bold);
                children(node, bold);
                text(emphasis.getClosingDelimiter(), bold);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                list.add(new NoteDocument.LineBreak());
            } else if (node instanceof Code code) {
                text("`" + code.getLiteral() + "`", bold);
            } else if (node instanceof HtmlInline html) {
                text(html.getLiteral(), bold);
            } else if (node instanceof Link link) {
                link(link, link.getDestination(), bold);
            } else if (node instanceof Image image) {
                link(image, image.getDestination(), bold);
            } else {
                children(node, bold);
            }
        }

        /** A quotation reads by its own label, whatever words its link has; another link by its words. */
        private void link(Node link, String destination, boolean bold) {
            Quotation.fromDestination(destination).ifPresentOrElse(
                    quotation -> list.add(new NoteDocument.Quote(quotation)),
                    () -> text(new Inlines().of(link).plain() + " (" + destination + ")", bold));
        }

        private void text(String text, boolean bold) {
            if (text.isEmpty()) {
                return;
            }
            if (!list.isEmpty() && list.get(list.size() - 1) instanceof NoteDocument.Text last && last.bold() == bold) {
                list.set(list.size() - 1, new NoteDocument.Text(last.text() + text, bold));
            } else {
                list.add(new NoteDocument.Text(text, bold));
            }
        }

        private String plain() {
            return new NoteDocument(List.of(new NoteDocument.Paragraph(list))).plainText();
        }
    }
}
