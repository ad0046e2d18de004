package io.xraydesk.core.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.MessagesLocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotesFormTest {

    @RegisterExtension
    final MessagesLocale locale = MessagesLocale.restored();

    @Test
    void buildsNotesFromFrenchTyping() {
        NotesForm.Result result = new NotesForm(Locale.FRANCE)
                .set(NoteField.HOLDING, "Oui")
                .set(NoteField.WORKFORCE_NUMBER, "1 200")
                .set(NoteField.EQUITY, "-25 000,50")
                .set(NoteField.REVENUE, "1 234 567,89")
                .set(NoteField.AMORTIZATION_DEPRECIATION, "")
                .set(NoteField.NET_INCOME, "-3 000")
                .build();
        assertTrue(result.isValid());
        assertEquals(new RequestNotes(true, 1200, new BigDecimal("-25000.50"), new BigDecimal("1234567.89"),
                null, new BigDecimal("-3000")), result.notes());
    }

    @Test
    void reportsEveryRefusedFieldInFormOrder() {
        Messages.setLocale(Locale.FRENCH);
        NotesForm.Result result = new NotesForm(Locale.FRANCE)
                .set(NoteField.HOLDING, "peut-être")
                .set(NoteField.WORKFORCE_NUMBER, "0")
                .set(NoteField.EQUITY, "-5")
                .set(NoteField.REVENUE, "-5")
                .set(NoteField.AMORTIZATION_DEPRECIATION, "12abc")
                .set(NoteField.NET_INCOME, "1,234")
                .build();
        assertFalse(result.isValid());
        assertNull(result.notes());
        assertEquals(List.of(NoteField.HOLDING, NoteField.WORKFORCE_NUMBER, NoteField.REVENUE,
                NoteField.AMORTIZATION_DEPRECIATION, NoteField.NET_INCOME), List.copyOf(result.problems().keySet()));
        assertEquals(FieldProblemCode.NEGATIVE_NOT_ALLOWED, result.problems().get(NoteField.REVENUE).kind());
        assertEquals("Doit être au moins égal à 1.", result.problems().get(NoteField.WORKFORCE_NUMBER).message());
        assertEquals("Ce n’est pas un nombre : « a » n’est pas accepté ici.",
                result.problems().get(NoteField.AMORTIZATION_DEPRECIATION).message());
    }

    @Test
    void workforceMustBeAWholeNumberInRange() {
        NotesForm form = new NotesForm(Locale.ENGLISH);
        assertEquals(FieldProblemCode.NOT_A_WHOLE_NUMBER, problem(form.parse(NoteField.WORKFORCE_NUMBER, "12.5")));
        assertEquals(FieldProblemCode.BELOW_MINIMUM, problem(form.parse(NoteField.WORKFORCE_NUMBER, "-3")));
        assertEquals(FieldProblemCode.TOO_LARGE, problem(form.parse(NoteField.WORKFORCE_NUMBER, "20,000,000")));
        assertEquals(12, form.parse(NoteField.WORKFORCE_NUMBER, "12.00").value());
    }

    @Test
    void allBlankMeansNothingToSend() {
        NotesForm.Result result = new NotesForm(Locale.ENGLISH).set(NoteField.EQUITY, "  ").build();
        assertTrue(result.isValid());
        assertEquals(Optional.empty(), result.notesToSend());
        assertEquals(Optional.of(false), new NotesForm(Locale.ENGLISH).set(NoteField.HOLDING, "no").build()
                .notesToSend().map(RequestNotes::holding));
    }

    private static FieldProblemCode problem(Parsed<?> parsed) {
        return parsed.problem().orElseThrow().kind();
    }
}
