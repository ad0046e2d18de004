package io.xraydesk.cli;

import io.xraydesk.api.model.Source;
import java.util.Arrays;
import java.util.Optional;

/** Reads {@code --source}: one of the five X-Ray names, so a typo is refused instead of listing nothing. */
final class SourceOption {

    private SourceOption() {
    }

    static Optional<Source> read(Args args) {
        return args.option("source").map(text -> Source.recognise(text)
                .orElseThrow(() -> new UsageException("--source is one of " + String.join(", ",
                        Arrays.stream(Source.values()).map(Source::wire).toList()) + ", not \"" + text + "\"")));
    }
}
