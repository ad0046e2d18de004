package io.xraydesk.core.analystnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.NoteDocument.BulletList;
import io.xraydesk.core.analystnotes.NoteDocument.LineBreak;
import io.xraydesk.core.analystnotes.NoteDocument.Paragraph;
import io.xraydesk.core.analystnotes.NoteDocument.Quote;
import io.xraydesk.core.analystnotes.NoteDocument.Text;
import io.xraydesk.testing.MessagesLocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NoteMarkupTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private static Text plain(String text) {
        return new Text(text, false);
    }

    private static Text bold(String text) {
        return new Text(text, true);
    }

    @Test
    void paragraphsBulletsBoldAndKeptLineBreaks() {
        NoteDocument note = NoteMarkup.parse("Cash is **tight** in Q3.\nSeasonal.\n\n- rent paid late\n* payroll **on time**\n\nEnd");

        assertEquals(List.of(
                new Paragraph(List.of(plain("Cash is "), bold("tight"), plain(" in Q3."), new LineBreak(),
                        plain("Seasonal."))),
                new BulletList(List.of(List.of(plain("rent paid late")),
                        List.of(plain("payroll "), bold("on time"))))
                , new Paragraph(List.of(plain("End")))), note.blocks());
        assertEquals("Cash is tight in Q3.\nSeasonal.\n\n• rent paid late\n• payroll on time\n\nEnd", note.plainText());
    }

    @Test
    void whatTheSubsetLacksStaysAsTyped() {
        NoteDocument note = NoteMarkup.parse("# of staff: 12\n> not a quote\n*maybe* `code` **unclosed");

        assertEquals(List.of(new Paragraph(List.of(plain("# of staff: 12"), new LineBreak(), plain("> not a quote"),
                new LineBreak(), plain("*maybe* `code` **unclosed")))), note.blocks());
    }

    @Test
    void numberedListsKeepTheirNumbersAsLines() {
        assertEquals("3. first\n4. second", NoteMarkup.parse("3. first\n4. second").plainText());
    }

    @Test
    void escapedSignsAreText() {
        assertEquals(List.of(new Paragraph(List.of(plain("**not bold** - and [x]")))),
                NoteMarkup.parse(NoteMarkup.escape("**not bold** - and [x]")).blocks());
    }

    @Test
    void aQuotationReadsBackWholeWithItsLabel() {
        Quotation quotation = new Quotation("financial", "65f0c0ffee0123456789abcd", LocalDate.of(2024, 3, 31),
                "/data/probabilityOfDefault", "2.4% (a) [b] & c");

        NoteDocument note = NoteMarkup.parse("PD is " + quotation.toMarkup() + ", **acceptable**.");

        String label = "\"2.4% (a) [b] & c\" (Financial X-Ray, probabilityOfDefault, report of Mar 31, 2024)";
        assertEquals(label, quotation.label());
        assertEquals(List.of(new Paragraph(List.of(plain("PD is "), new Quote(quotation), plain(", "),
                bold("acceptable"), plain(".")))), note.blocks());
        assertEquals("PD is " + label + ", acceptable.", note.plainText(), "a value that is no number reads as held");
    }

    @Test
    void aListItemsValueIsNamedAfterItsList() {
        Quotation alert = new Quotation("doc", "65f0c0ffee0123456789abcd", LocalDate.of(2024, 3, 31),
                "/data/alerts/0/name", "Inconsistent font");
        Quotation severity = new Quotation("doc", "65f0c0ffee0123456789abcd", LocalDate.of(2024, 3, 31),
                "/data/alerts/12/severity", "critical");

        assertEquals("\"Inconsistent font\" (Doc X-Ray, alerts, report of Mar 31, 2024)", alert.label());
        assertEquals("\"critical\" (Doc X-Ray, severity, report of Mar 31, 2024)", severity.label());
    }

    @Test
    void aQuotationIsTakenFromAReportByItsPointer() {
        var data = JsonNodeFactory.instance.objectNode().put("probabilityOfDefault", 0.024);
        Report report = new Report("r1", "q1", "financial", OffsetDateTime.parse("2024-03-31T10:00:00Z"), "B", data);

        assertEquals(new Quotation("financial", "r1", LocalDate.of(2024, 3, 31), "/score", "B"),
                Quotation.of(report, "/score"));
        assertEquals("0.024", Quotation.of(report, "/data/probabilityOfDefault").value());
        assertThrows(IllegalArgumentException.class, () -> Quotation.of(report, "/data"));
        assertThrows(IllegalArgumentException.class, () -> Quotation.of(report, "/data/nothing"));
    }

    @Test
    void anOrdinaryLinkStaysTextWithItsAddress() {
        assertEquals("see site (https://example.com)", NoteMarkup.parse("see [site](https://example.com)").plainText());
    }
}
