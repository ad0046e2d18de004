package io.xraydesk.ui.newrequest;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.codes.CodeCheck;
import io.xraydesk.core.codes.CodeProblem;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.lookup.CompanyFacts;
import io.xraydesk.core.notes.BusinessNameRule;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.notes.FieldProblemCode;
import io.xraydesk.core.notes.NoteField;
import io.xraydesk.core.notes.NotesForm;
import io.xraydesk.core.notes.Parsed;
import io.xraydesk.core.requests.DefaultRequestName;
import io.xraydesk.core.requests.KnownRequests.KnownRequest;
import io.xraydesk.core.requests.RequestDraft;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the new-request form: what the analyst typed, each field's live verdict from the shared
 * rules ({@code core.codes}, {@code core.notes}), the lookup and duplicate findings, and the
 * submission state. Plain observable properties, so it is tested without a window; used on the FX
 * thread only.
 */
public final class NewRequestModel {

    private final Locale locale;
    private final ObjectProperty<CompanyCodeType> codeType = new SimpleObjectProperty<>(CompanyCodeTypes.SIREN);
    private final StringProperty codeText = new SimpleStringProperty("");
    private final StringProperty businessName = new SimpleStringProperty("");
    private final StringProperty creator = new SimpleStringProperty("");
    private final Map<NoteField, StringProperty> notes = new EnumMap<>(NoteField.class);

    private final ObjectProperty<CompanyCode> validCode = new SimpleObjectProperty<>();
    private final Map<FormField, StringProperty> problems = new EnumMap<>(FormField.class);
    private final StringProperty codeNote = new SimpleStringProperty("");
    private final StringProperty nameCounter = new SimpleStringProperty("");
    private final StringProperty defaultNameHint = new SimpleStringProperty("");
    private final ObjectProperty<ServerProblem> serverProblem = new SimpleObjectProperty<>();
    /** Set by a submission attempt: from then on an empty code is reported, not before. */
    private boolean submitAttempted;

    private final ObjectProperty<CompanyFacts> lookup = new SimpleObjectProperty<>();
    private final StringProperty lookupStatus = new SimpleStringProperty("");
    private final ObservableList<KnownRequest> duplicates = FXCollections.observableArrayList();

    private final BooleanProperty submitting = new SimpleBooleanProperty();
    private final BooleanProperty outcomeUnknown = new SimpleBooleanProperty();
    private final StringProperty formMessage = new SimpleStringProperty("");

    public NewRequestModel(Locale locale) {
        this.locale = locale;
        for (NoteField field : NoteField.values()) {
            StringProperty text = new SimpleStringProperty("");
            notes.put(field, text);
            text.addListener((o, was, now) -> edited(FormField.of(field)));
        }
        for (FormField field : FormField.values()) {
            problems.put(field, new SimpleStringProperty(""));
        }
        codeType.addListener((o, was, now) -> edited(FormField.CODE));
        codeText.addListener((o, was, now) -> edited(FormField.CODE));
        businessName.addListener((o, was, now) -> edited(FormField.BUSINESS_NAME));
        creator.addListener((o, was, now) -> edited(FormField.CREATOR));
        refresh();
    }

    public ObjectProperty<CompanyCodeType> codeTypeProperty() {
        return codeType;
    }

    public StringProperty codeTextProperty() {
        return codeText;
    }

    public StringProperty businessNameProperty() {
        return businessName;
    }

    public StringProperty creatorProperty() {
        return creator;
    }

    public StringProperty noteProperty(NoteField field) {
        return notes.get(field);
    }

    /** The problem shown under a field: the server's refusal of it, else the rule it breaks; "" when fine. */
    public ReadOnlyStringProperty problemProperty(FormField field) {
        return problems.get(field);
    }

    /** Information about a valid code, e.g. "SIRET given: SIREN 514 673 987 used". */
    public ReadOnlyStringProperty codeNoteProperty() {
        return codeNote;
    }

    /** "12 / 120": characters of the business name as it will be sent. */
    public ReadOnlyStringProperty nameCounterProperty() {
        return nameCounter;
    }

    /** What the request will be called if the name stays empty; "" when a name is typed. */
    public ReadOnlyStringProperty defaultNameHintProperty() {
        return defaultNameHint;
    }

    public ObjectProperty<CompanyFacts> lookupProperty() {
        return lookup;
    }

    /** "Looking up…", "No company found", or why the lookup failed; "" otherwise. */
    public StringProperty lookupStatusProperty() {
        return lookupStatus;
    }

    /** Earlier requests of the local history for the same company code. */
    public ObservableList<KnownRequest> duplicates() {
        return duplicates;
    }

    public BooleanProperty submittingProperty() {
        return submitting;
    }

    /** The last submission's outcome is unknown: the request may exist; only a deliberate retry resends it. */
    public BooleanProperty outcomeUnknownProperty() {
        return outcomeUnknown;
    }

    /** A message about the whole form (a network failure, a refusal naming no field). */
    public StringProperty formMessageProperty() {
        return formMessage;
    }

    /**
     * The code as it will be sent, null while invalid. Changes only when the code itself does (a
     * record compared by value), not on every keystroke elsewhere: what lookups are started from.
     */
    public ReadOnlyObjectProperty<CompanyCode> validCodeProperty() {
        return validCode;
    }

    /** The SIREN to look up: the valid code when the type is SIREN. */
    public Optional<String> sirenToLookUp() {
        return validCode().filter(code -> code.type().equals(CompanyCodeTypes.SIREN.wire())).map(CompanyCode::id);
    }

    /** The code as it will be sent, when valid. */
    public Optional<CompanyCode> validCode() {
        return Optional.ofNullable(validCode.get());
    }

    /** Offers the looked-up registered name as the business name. */
    public void useLookedUpName() {
        CompanyFacts facts = lookup.get();
        if (facts != null) {
            businessName.set(facts.name());
        }
    }

    /** Shows the refusal of a server on the field it names, or on the form when it names none of ours. */
    public void showServerRefusal(Optional<FormField> field, String message) {
        if (field.isPresent()) {
            serverProblem.set(new ServerProblem(field.get(), message));
            formMessage.set("");
        } else {
            formMessage.set(message);
        }
        refresh();
    }

    /**
     * The validated values, or empty after marking every refused field (an empty code included).
     * The first refused field is then {@link #firstProblemField()}.
     */
    public Optional<RequestDraft> draft() {
        submitAttempted = true;
        refresh();
        if (firstProblemField().isPresent()) {
            return Optional.empty();
        }
        CompanyCode code = validCode().orElseThrow();
        String name = BusinessNameRule.normalise(businessName.get()).value();
        CreatorInput who = CreatorInput.parse(creator.get()).value();
        NotesForm form = notesForm();
        return Optional.of(new RequestDraft(code, name, who, form.build().notesToSend().orElse(null)));
    }

    /** The first field, in form order, that shows a problem. */
    public Optional<FormField> firstProblemField() {
        for (FormField field : FormField.values()) {
            if (!problems.get(field).get().isEmpty()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * Takes what the analyst typed in {@code other} (code, name, creator, notes): the same form
     * rebuilt in another language. Findings (lookup, duplicates) are found again from the code.
     */
    public void copyTypedFrom(NewRequestModel other) {
        codeType.set(other.codeType.get());
        codeText.set(other.codeText.get());
        businessName.set(other.businessName.get());
        creator.set(other.creator.get());
        notes.forEach((field, text) -> text.set(other.notes.get(field).get()));
    }

    /** Empties the form for a new request. */
    public void clear() {
        codeType.set(CompanyCodeTypes.SIREN);
        codeText.set("");
        businessName.set("");
        creator.set("");
        notes.values().forEach(text -> text.set(""));
        lookup.set(null);
        lookupStatus.set("");
        duplicates.clear();
        submitting.set(false);
        outcomeUnknown.set(false);
        formMessage.set("");
        serverProblem.set(null);
        submitAttempted = false;
        refresh();
    }

    /** An edit replaces the server's verdict on that field: the server has not seen the new value. */
    private void edited(FormField field) {
        ServerProblem refusal = serverProblem.get();
        if (refusal != null && refusal.field() == field) {
            serverProblem.set(null);
        }
        refresh();
    }

    private void refresh() {
        CodeCheck check = codeType.get().check(codeText.get());
        validCode.set(check.normalisedId().map(id -> check.type().toCompanyCode(id)).orElse(null));
        boolean quietEmpty = !submitAttempted && check.problem().filter(p -> p == CodeProblem.EMPTY).isPresent();
        setProblem(FormField.CODE, check.isValid() || quietEmpty ? "" : check.message());
        codeNote.set(check.isValid() ? check.note().orElse("") : "");

        Parsed<String> name = BusinessNameRule.normalise(businessName.get());
        setProblem(FormField.BUSINESS_NAME, message(name));
        nameCounter.set(Messages.get("request.new.name.counter", nameLength(name, businessName.get()),
                BusinessNameRule.MAX_LENGTH));
        boolean nameEmpty = name.isOk() && name.value() == null;
        defaultNameHint.set(nameEmpty ? defaultNameText() : "");

        setProblem(FormField.CREATOR, message(CreatorInput.parse(creator.get())));
        NotesForm form = notesForm();
        for (NoteField field : NoteField.values()) {
            setProblem(FormField.of(field), message(form.parse(field, notes.get(field).get())));
        }
    }

    private String defaultNameText() {
        return validCode().map(code -> Messages.get("request.new.name.default", DefaultRequestName.of(code)))
                .orElse(Messages.get("request.new.name.defaultUnknown"));
    }

    private void setProblem(FormField field, String ruleMessage) {
        ServerProblem refusal = serverProblem.get();
        problems.get(field).set(refusal != null && refusal.field() == field ? refusal.message() : ruleMessage);
    }

    private NotesForm notesForm() {
        NotesForm form = new NotesForm(locale);
        notes.forEach((field, text) -> form.set(field, text.get()));
        return form;
    }

    private static String message(Parsed<?> parsed) {
        return parsed.problem().map(Problem::message).orElse("");
    }

    /**
     * Characters as the analyst counts them (code points) of the name as it will be sent (trimmed,
     * inner runs of spaces collapsed); of the typed text when the rule refused it.
     */
    private static int nameLength(Parsed<String> name, String typed) {
        String text = name.isOk() ? name.value() : typed.strip();
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** A server's refusal of one field, shown until that field is edited. */
    record ServerProblem(FormField field, String message) {
    }
}
