package io.xraydesk.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.testing.MessagesLocale;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail in words, as the History tab, the {@code history} command and the credit memo show it:
 * the wire names it records (code types, categories, sources, outcomes, formats, languages, ids) never
 * reach the reader, in either language.
 */
class AuditTextTest {

    /** Details whose values are names or keys of the API or the store, never words for a reader. */
    private static final Set<String> IDENTIFIERS = Set.of("codeType", "category", "period", "source", "outcome",
            "format", "language", "note", "medium", "sha256");
    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");

    @RegisterExtension
    final MessagesLocale language = MessagesLocale.english();

    /** Each kind with the details its recorder writes (docs/workflow.md, the audit trail). */
    private static final Map<AuditAction, Map<String, String>> RECORDED = recorded();

    @Test
    void everyKindOfEntryIsInWordsWithoutTheNamesItWasRecordedByInEnglishAndFrench() {
        assertEquals(Set.of(AuditAction.values()), RECORDED.keySet(), "every kind of entry has a sample here");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages.setLocale(locale);
            RECORDED.forEach((action, details) -> {
                String text = AuditText.describe(entry(action, details));
                assertFalse(SNAKE_CASE.matcher(text).find(), locale + " " + action + ": " + text);
                assertFalse(UUID.matcher(text).find(), locale + " " + action + ": " + text);
                details.forEach((key, value) -> {
                    if (IDENTIFIERS.contains(key)) {
                        assertFalse(standsAlone(value, text), locale + " " + action + " shows its " + key + " \""
                                + value + "\" as recorded: " + text);
                    }
                });
            });
        }
    }

    @Test
    void theWordsAreTheOnesTheRestOfTheApplicationUses() {
        Map<AuditAction, List<String>> inEnglishAndFrench = Map.of(
                AuditAction.REQUEST_CREATED, List.of("Request created for SIREN 514 673 987 (Atelier Dupont)",
                        "Demande créée pour SIREN 514 673 987 (Atelier Dupont)"),
                AuditAction.DOCUMENT_SENT, List.of("Document sent: accounts.pdf (annual accounts)",
                        "Document envoyé : accounts.pdf (comptes annuels)"),
                AuditAction.REPORT_RECEIVED, List.of("Report received: Financial X-Ray, grade B",
                        "Rapport reçu : X-Ray Financier, note B"),
                AuditAction.NOTE_ADDED, List.of("Note added", "Note ajoutée"),
                AuditAction.NOTE_EDITED, List.of("Note edited (version 2)", "Note modifiée (version 2)"),
                AuditAction.EXPORTED, List.of("Exported as PDF: atelier.pdf (6 reports)",
                        "Exporté en PDF : atelier.pdf (6 rapports)"),
                AuditAction.MEMO_PRODUCED, List.of("Credit memo produced: atelier-memo.pdf (French)",
                        "Note de crédit produite : atelier-memo.pdf (français)"));
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.FRENCH);
        for (int i = 0; i < languages.size(); i++) {
            Messages.setLocale(languages.get(i));
            for (Map.Entry<AuditAction, List<String>> expected : inEnglishAndFrench.entrySet()) {
                assertEquals(expected.getValue().get(i), describe(expected.getKey()), languages.get(i).toString());
            }
        }
    }

    @Test
    void aReportWithoutAGradeIsNamedWithoutAGradePartInEnglishAndFrench() {
        AuditEntry ungraded = entry(AuditAction.REPORT_RECEIVED, Map.of("source", "esg", "reportDate",
                "2026-03-02T08:59:00Z"));
        assertEquals("Report received: ESG X-Ray", AuditText.describe(ungraded));
        Messages.setLocale(Locale.FRENCH);
        assertEquals("Rapport reçu : X-Ray ESG", AuditText.describe(ungraded));
        assertEquals("Rapport reçu : X-Ray ESG", AuditText.describe(entry(AuditAction.REPORT_RECEIVED,
                Map.of("source", "esg", "grade", " "))));
    }

    @Test
    void aValueThisVersionDoesNotKnowIsShownAsRecordedRatherThanLost() {
        assertEquals("Request created for lei 969500ABCDEF (Atelier Dupont)", AuditText.describe(entry(
                AuditAction.REQUEST_CREATED, Map.of("codeType", "lei", "code", "969500ABCDEF",
                        "businessName", "Atelier Dupont"))));
        assertEquals("Document sent: tax.pdf (tax_return)", AuditText.describe(entry(AuditAction.DOCUMENT_SENT,
                Map.of("file", "tax.pdf", "category", "tax_return"))));
        assertTrue(AuditText.describe(entry(AuditAction.MEMO_PRODUCED, Map.of("file", "m.pdf"))).endsWith("(—)"));
    }

    private static String describe(AuditAction action) {
        return AuditText.describe(entry(action, RECORDED.get(action)));
    }

    /** Whether {@code value} is in {@code text} as a word of its own, not inside a file name or another word. */
    private static boolean standsAlone(String value, String text) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(value) + "(?![\\w.-])").matcher(text).find();
    }

    private static AuditEntry entry(AuditAction action, Map<String, String> details) {
        return new AuditEntry("6413297aad6e59418e7748fb", action, null, new Analyst("6413297aad6e59418e7748f9",
                "Claire Martin"), Instant.parse("2026-03-02T09:00:00Z"), details);
    }

    private static Map<AuditAction, Map<String, String>> recorded() {
        Map<AuditAction, Map<String, String>> samples = new EnumMap<>(AuditAction.class);
        samples.put(AuditAction.REQUEST_CREATED, Map.of("codeType", "siren", "code", "514673987",
                "businessName", "Atelier Dupont"));
        samples.put(AuditAction.DOCUMENT_SENT, Map.of("file", "accounts.pdf", "category",
                "certified_financial_statement", "period", "year", "date", "2023-12-31", "sha256",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "medium",
                "6413297aad6e59418e774901"));
        samples.put(AuditAction.REPORT_RECEIVED, Map.of("source", "financial", "grade", "B", "reportDate",
                "2026-03-02T08:59:00Z"));
        samples.put(AuditAction.NOTE_ADDED, Map.of("note", "0d5e1c9a-3f0b-4c6e-9d55-6b1f0e7a2c41", "version", "1"));
        samples.put(AuditAction.NOTE_EDITED, Map.of("note", "0d5e1c9a-3f0b-4c6e-9d55-6b1f0e7a2c41", "version", "2"));
        samples.put(AuditAction.DECISION_MADE, Map.of("outcome", "approve", "version", "1", "limit", "150000",
                "currency", "EUR", "durationMonths", "24"));
        samples.put(AuditAction.DECISION_CHANGED, Map.of("outcome", "refer", "version", "2"));
        samples.put(AuditAction.EXPORTED, Map.of("format", "pdf", "file", "atelier.pdf", "reports", "6"));
        samples.put(AuditAction.MEMO_PRODUCED, Map.of("format", "pdf", "file", "atelier-memo.pdf", "language", "fr"));
        return samples;
    }
}
