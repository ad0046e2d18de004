package io.xraydesk.cli;

import io.xraydesk.api.CreatorField;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.codes.CodeCheck;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.BusinessNameRule;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.notes.Parsed;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code request create} read through the same rules as the new-request form: the
 * company code by its type's check (pasted spaces and dots removed, a SIRET reduced to its SIREN, a
 * bad key refused), the business name by {@link BusinessNameRule}, the creator by {@link CreatorInput}.
 * A refusal is a {@link CommandFailedException} with the rule's own message, before anything is sent.
 */
record NewRequestInput(NewRequest body, Optional<String> note) {

    static NewRequestInput from(Args args) {
        List<CompanyCodeType> given = CompanyCodeTypes.all().stream()
                .filter(type -> args.option(type.wire()).isPresent()).toList();
        if (given.size() != 1) {
            throw new UsageException("give exactly one company code: "
                    + String.join(" or ", CompanyCodeTypes.all().stream().map(t -> "--" + t.wire()).toList()));
        }
        CompanyCodeType type = given.get(0);
        CodeCheck check = type.check(args.require(type.wire()));
        if (!check.isValid()) {
            throw refused(check.message());
        }
        String id = check.normalisedId().orElseThrow();
        String name = accepted(BusinessNameRule.normalise(args.option("name").orElse(null)));
        CreatorInput creator = accepted(CreatorInput.parse(args.option("creator").orElse(null)));
        String creatorField = creator.kind() == CreatorInput.Kind.ME ? null : CreatorField.fromInput(creator.value());
        return new NewRequestInput(new NewRequest(type.toCompanyCode(id), name, creatorField, null), check.note());
    }

    private static <T> T accepted(Parsed<T> parsed) {
        if (!parsed.isOk()) {
            throw refused(parsed.problem().orElseThrow().message());
        }
        return parsed.value();
    }

    private static CommandFailedException refused(String ruleMessage) {
        return new CommandFailedException(ExitCode.VALIDATION, Messages.get("cli.request.refused", ruleMessage));
    }
}
