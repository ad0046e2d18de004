package io.xraydesk.api.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Jackson's side of {@link TolerantDates}: every {@link OffsetDateTime} of the wire records goes
 * through it, from a string or a number. A value that is no date fails with Jackson's own
 * "weird string" error, which carries the field's path for the caller's message.
 */
final class TolerantDateDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    TolerantDateDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return TolerantDates.fromEpoch(parser.getDecimalValue());
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            return TolerantDates.parse(text, parser.currentName()).orElseThrow(() -> context.weirdStringException(
                    text, OffsetDateTime.class, "not a date in any form this client reads"));
        }
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
    }
}
