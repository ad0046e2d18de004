package io.xraydesk.core.xray;

import io.xraydesk.core.i18n.Messages;
import java.util.Set;

/**
 * A request's stage code in words ("1.2" → "documents received"). Only {@code 1.1} is documented
 * (see docs/october-api.md, open question OQ-11); the other codes are those the sandbox walks through.
 * An unknown code is shown as it came: screens keep the raw code in a tooltip either way.
 */
public final class StageWords {

    private static final Set<String> KNOWN = Set.of("1.1", "1.2", "2.1", "3.1");

    private StageWords() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return Messages.get("xray.stage.unknown");
        }
        return KNOWN.contains(code.trim()) ? Messages.get("xray.stage." + code.trim()) : code;
    }
}
