package io.xraydesk.core.analystnotes;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A note as its readers see it, independent of the markup it was typed in and of whatever draws it
 * (a text view, the credit memo's PDF): paragraphs and bullet lists of runs of text, some bold, line
 * breaks, and quotations of report values. Built by {@link NoteMarkup#parse}.
 */
public record NoteDocument(List<Block> blocks) {

    public NoteDocument {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph, or a bullet list whose items are each a run of inlines. */
    public sealed interface Block permits Paragraph, BulletList {
    }

    public record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    public record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** What a line is made of. */
    public sealed interface Inline permits Text, LineBreak, Quote {
    }

    public record Text(String text, boolean bold) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A line break the analyst typed inside a paragraph or an item. */
    public record LineBreak() implements Inline {
    }

    /**
     * A quoted report value. Readers see it by its quotation's {@link Quotation#label() label}, in their
     * own language, not by the words of the link in the note's text, which are in the language of the
     * analyst who quoted it.
     */
    public record Quote(Quotation quotation) implements Inline {
        public Quote {
            Objects.requireNonNull(quotation, "quotation");
        }
    }

    /** Every quotation of the note, in reading order. */
    public List<Quotation> quotations() {
        return blocks.stream().flatMap(block -> block instanceof Paragraph paragraph ? Stream.of(paragraph.inlines())
                        : ((BulletList) block).items().stream())
                .flatMap(List::stream).filter(Quote.class::isInstance).map(inline -> ((Quote) inline).quotation())
                .toList();
    }

    /**
     * The note as plain text in the reader's language: paragraphs apart by a blank line, items as
     * "• …", quotes by their label.
     */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (block instanceof Paragraph paragraph) {
                appendInlines(out, paragraph.inlines(), "\n");
            } else if (block instanceof BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    out.append(i == 0 ? "" : "\n").append("• ");
                    appendInlines(out, list.items().get(i), "\n  ");
                }
            }
        }
        return out.toString();
    }

    private static void appendInlines(StringBuilder out, List<Inline> inlines, String lineBreak) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof LineBreak) {
                out.append(lineBreak);
            } else if (inline instanceof Quote quote) {
                out.append(quote.quotation().label());
            }
        }
    }
}
