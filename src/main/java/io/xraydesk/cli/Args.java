package io.xraydesk.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed arguments of a command: {@code --name value}, {@code --name=value}, bare flags (declared
 * by the caller, since {@code --json file} would otherwise swallow the file) and positionals.
 * {@code --} ends option parsing so a file named {@code --odd.pdf} can still be given.
 */
public final class Args {

    /** Flags every command understands; they never take a value. */
    public static final Set<String> GLOBAL_FLAGS = Set.of("json", "help");

    private final Map<String, List<String>> options;
    private final List<String> positionals;

    private Args(Map<String, List<String>> options, List<String> positionals) {
        this.options = options;
        this.positionals = positionals;
    }

    public static Args parse(List<String> tokens, Set<String> flags) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (optionsEnded || !token.startsWith("--") || token.equals("-")) {
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = token.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (flags.contains(name) || GLOBAL_FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < tokens.size()) {
                value = tokens.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Args(options, Collections.unmodifiableList(positionals));
    }

    public Optional<String> option(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Every value of an option that may be repeated ({@code --condition a --condition b}), in order. */
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public String require(String name) {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    public boolean flag(String name) {
        return option(name).map(v -> !v.equalsIgnoreCase("false")).orElse(false);
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The one positional argument a command takes (an id), refusing none or several. */
    public String onlyPositional(String what) {
        if (positionals.size() != 1) {
            throw new UsageException(positionals.isEmpty() ? what + " is required"
                    : "one " + what + " expected, got " + positionals.size());
        }
        return positionals.get(0);
    }

    /** A whole-number option within {@code [min, max]}, or {@code fallback} when absent. */
    public long wholeNumber(String name, long fallback, long min, long max) {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value < min || value > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a whole number, got \"" + text.get() + "\"");
        }
    }

    /** A decimal option strictly above zero (seconds, speed factors), or {@code fallback} when absent. */
    public double positiveNumber(String name, double fallback) {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.get().strip());
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new UsageException("--" + name + " must be a number above 0");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a number, got \"" + text.get() + "\"");
        }
    }

    /** Refuses options the command does not know, so a typo is not silently ignored. */
    public Args allowOnly(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name) && !GLOBAL_FLAGS.contains(name) && !CliContext.CONNECTION_OPTIONS.contains(name)
                    && !name.equals(TraceOption.NAME)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        return this;
    }
}
