package io.xraydesk.core.portfolio;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.ImportCompanyState;
import java.util.Locale;

/** The words of an import shared by the command line and the window: a company's state. */
public final class ImportText {

    private ImportText() {
    }

    public static String state(ImportCompanyState state) {
        return Messages.get("portfolio.state." + state.name().toLowerCase(Locale.ROOT));
    }
}
