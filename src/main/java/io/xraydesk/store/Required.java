package io.xraydesk.store;

import java.util.Objects;

/**
 * The values a stored record cannot be without, checked as the record is made. One line names them
 * all, so a record with many such values does not repeat a check per value; a missing one fails as
 * {@link Objects#requireNonNull} would, with its name as the message.
 */
final class Required {

    private Required() {
    }

    /** {@code names} lists the values' names in their order, separated by ", ". */
    static void nonNull(String names, Object... values) {
        String[] split = names.split(", ");
        if (split.length != values.length) {
            throw new IllegalArgumentException(split.length + " names for " + values.length + " values: " + names);
        }
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], split[i]);
        }
    }
}
