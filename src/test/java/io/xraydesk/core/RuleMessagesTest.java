package io.xraydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.codes.CodeProblem;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.notes.FieldProblemCode;
import io.xraydesk.core.notes.NoteField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem code and label of the rules has its text in English and in French. */
class RuleMessagesTest {

    @Test
    void everyRuleTextExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (CompanyCodeType type : CompanyCodeTypes.all()) {
            keys.add("codes." + type.wire() + ".name");
            for (CodeProblem problem : List.of(CodeProblem.EMPTY, CodeProblem.TOO_LONG, CodeProblem.NON_DIGIT, CodeProblem.LENGTH)) {
                keys.add(problem.messageKey(type));
            }
        }
        // Problems only the SIREN rules raise: a KvK number has no public check key.
        keys.add(CodeProblem.CHECK_DIGIT.messageKey(CompanyCodeTypes.SIREN));
        keys.add(CodeProblem.SIRET_CHECK_DIGIT.messageKey(CompanyCodeTypes.SIREN));
        keys.add("codes.siren.siretGiven");
        for (FieldProblemCode code : FieldProblemCode.values()) {
            keys.add(code.messageKey());
        }
        for (NoteField field : NoteField.values()) {
            keys.add(field.labelKey());
        }
        for (DocumentProblem problem : DocumentProblem.values()) {
            keys.add(problem.messageKey());
        }
        for (Period period : Period.values()) {
            keys.add("documents.period." + period.wire());
        }
        for (DocumentCategory category : DocumentCategory.values()) {
            keys.add("documents.category." + category.wire());
        }
        for (String kind : List.of("zip", "office", "gif", "tiff", "webp", "heic", "rtf", "rar", "gzip", "html", "unknown")) {
            keys.add("documents.kind." + kind);
        }
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertEquals(List.of(), keys.stream().filter(k -> !english.containsKey(k)).toList(), "missing in English");
        assertEquals(List.of(), keys.stream().filter(k -> !french.containsKey(k)).toList(), "missing in French");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/io/xraydesk/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
