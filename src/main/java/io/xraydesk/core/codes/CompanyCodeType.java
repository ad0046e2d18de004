package io.xraydesk.core.codes;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.i18n.Messages;

/**
 * The rules of one company identifier scheme (docs/october-api.md, Company codes). Adding a scheme means one
 * implementation plus its entry in {@link CompanyCodeTypes} and its texts under {@code codes.<wire>.*}.
 */
public interface CompanyCodeType {

    /** The {@code code.type} value on the wire, e.g. {@code siren}. */
    String wire();

    /** Checks what the analyst typed or pasted; never throws. */
    CodeCheck check(String raw);

    /** Groups a normalised id for display (e.g. {@code 514 673 987}); other input is returned as is. */
    String format(String normalisedId);

    /** Name shown to the analyst, e.g. "SIREN". */
    default String displayName() {
        return Messages.get("codes." + wire() + ".name");
    }

    /** The wire object for an id this type has already checked. */
    default CompanyCode toCompanyCode(String normalisedId) {
        return new CompanyCode(wire(), normalisedId);
    }
}
