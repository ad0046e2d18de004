package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.notes.NoteField;
import io.xraydesk.core.requests.RequestDraft;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's state and validation, without a window. */
class NewRequestModelTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void anEmptyCodeIsReportedOnlyOnceSubmissionIsTried() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        assertEquals("", problem(model, FormField.CODE));

        assertEquals(Optional.empty(), model.draft());

        assertEquals("SIREN: nothing entered.", problem(model, FormField.CODE));
        assertEquals(Optional.of(FormField.CODE), model.firstProblemField());
    }

    @Test
    void aWrongCheckDigitSaysSoAsTheAnalystTypes() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514 673 986");

        assertTrue(problem(model, FormField.CODE).contains("check digit"), problem(model, FormField.CODE));

        model.codeTextProperty().set("514 673 987");
        assertEquals("", problem(model, FormField.CODE));
    }

    @Test
    void aValidSirenGivesADraftWithTheApiDefaultNameAndMeAsCreator() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514.673.987");

        assertEquals("Left empty, the request will be named \"SIREN 514673987\".",
                model.defaultNameHintProperty().get());
        RequestDraft draft = model.draft().orElseThrow();
        assertEquals(CompanyCode.siren("514673987"), draft.code());
        assertNull(draft.businessName());
        assertEquals(CreatorInput.ME, draft.creator());
        assertNull(draft.notes());
    }

    @Test
    void aSiretIsReducedToItsSirenWithANote() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514 673 987 00012");

        assertEquals("SIRET given: SIREN 514 673 987 used.", model.codeNoteProperty().get());
        assertEquals(Optional.of("514673987"), model.sirenToLookUp());
    }

    @Test
    void aKvkNumberKeepsItsLeadingZeroAndIsNotLookedUp() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTypeProperty().set(CompanyCodeTypes.KVK);
        model.codeTextProperty().set("0123 4567");

        assertEquals(Optional.of(CompanyCode.kvk("01234567")), model.validCode());
        assertEquals(Optional.empty(), model.sirenToLookUp());
    }

    @Test
    void theNameIsTrimmedCountedAndLimited() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514673987");
        model.businessNameProperty().set("  Acme   Lyon ");

        assertEquals("9 / 120", model.nameCounterProperty().get());
        assertEquals("", model.defaultNameHintProperty().get());
        assertEquals("Acme Lyon", model.draft().orElseThrow().businessName());

        model.businessNameProperty().set("x".repeat(121));
        assertEquals("Too long: at most 120 characters.", problem(model, FormField.BUSINESS_NAME));
        assertEquals(Optional.empty(), model.draft());
    }

    @Test
    void theCreatorIsMeAUserIdOrAnEmail() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514673987");
        model.creatorProperty().set("Marie@Example.fr");
        assertEquals(new CreatorInput(CreatorInput.Kind.EMAIL, "Marie@example.fr"), model.draft().orElseThrow().creator());

        model.creatorProperty().set("marie");
        assertTrue(problem(model, FormField.CREATOR).contains("neither"), problem(model, FormField.CREATOR));
    }

    @Test
    void amountsAreReadTheFrenchWayInAFrenchForm() {
        NewRequestModel model = new NewRequestModel(Locale.FRENCH);
        model.codeTextProperty().set("514673987");
        model.noteProperty(NoteField.REVENUE).set("1 234 567,89");
        model.noteProperty(NoteField.NET_INCOME).set("-12 500");
        model.noteProperty(NoteField.HOLDING).set("yes");

        RequestDraft draft = model.draft().orElseThrow();
        assertEquals(0, new BigDecimal("1234567.89").compareTo(draft.notes().revenue()));
        assertEquals(0, new BigDecimal("-12500").compareTo(draft.notes().netIncome()));
        assertEquals(Boolean.TRUE, draft.notes().holding());
    }

    @Test
    void eachRefusedNoteIsReportedOnItsOwnField() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514673987");
        model.noteProperty(NoteField.WORKFORCE_NUMBER).set("0");
        model.noteProperty(NoteField.REVENUE).set("-5");

        assertEquals("Must be at least 1.", problem(model, FormField.WORKFORCE_NUMBER));
        assertEquals("This amount cannot be negative.", problem(model, FormField.REVENUE));
        assertEquals(Optional.empty(), model.draft());
        assertEquals(Optional.of(FormField.WORKFORCE_NUMBER), model.firstProblemField());
    }

    @Test
    void aServerRefusalStaysOnItsFieldUntilThatFieldIsEdited() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.codeTextProperty().set("514673987");

        model.showServerRefusal(FormField.forServerField("code.id"), "not registered");
        assertEquals("not registered", problem(model, FormField.CODE));
        model.businessNameProperty().set("Acme");
        assertEquals("not registered", problem(model, FormField.CODE));

        model.codeTextProperty().set("732829320");
        assertEquals("", problem(model, FormField.CODE));
    }

    @Test
    void aRefusalNamingNoFormFieldGoesToTheFormMessage() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);

        model.showServerRefusal(FormField.forServerField("notes"), "notes refused");

        assertEquals("notes refused", model.formMessageProperty().get());
        assertEquals(Optional.of(FormField.WORKFORCE_NUMBER), FormField.forServerField("notes.workforceNumber"));
        assertEquals(Optional.of(FormField.CODE), FormField.forServerField("code.type"));
    }

    @Test
    void theLookedUpNameCanBeTakenAsTheBusinessName() {
        NewRequestModel model = new NewRequestModel(Locale.ENGLISH);
        model.lookupProperty().set(new io.xraydesk.core.lookup.CompanyFacts("514673987", "ACME SAS", "", "", false));

        model.useLookedUpName();

        assertEquals("ACME SAS", model.businessNameProperty().get());
    }

    private static String problem(NewRequestModel model, FormField field) {
        return model.problemProperty(field).get();
    }
}
