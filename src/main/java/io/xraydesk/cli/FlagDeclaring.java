package io.xraydesk.cli;

import java.util.Set;

/** A command with options that take no value (besides the global {@code --json} and {@code --help}). */
public interface FlagDeclaring {

    Set<String> flags();
}
