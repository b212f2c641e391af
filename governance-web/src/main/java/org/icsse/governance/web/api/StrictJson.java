package org.icsse.governance.web.api;

import java.lang.reflect.Type;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B of the API, strict about the types of the values it reads: left to itself JSON-B reads any
 * text as {@code false} where a boolean is expected ({@code "secret": "yes"}), cuts {@code 1.5} down to 1 and
 * wraps {@code 4294967297} round to 1 where a whole number is expected, and takes a number or a boolean
 * for text. Here a boolean is {@code true}, {@code false} or {@code null}; a whole number is a JSON number
 * with no fraction that fits in 32 bits; a text is a JSON string of well-formed Unicode (no unpaired
 * surrogate, which no database keeps as sent). Anything else is a {@link WrongType}, answered with 400 and
 * the field. Writing is JSON-B's default. The bodies reach JSON-B checked by
 * {@link org.icsse.governance.web.api.guard.RequestBodyCheck} (UTF-8, syntax, depth), so reading a wrong
 * value whole to look at it stays cheap.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictBoolean(), new StrictInteger(), new StrictText()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A JSON value of another type than the field's; names the expected kind as a key of the domain's bundle. */
    public static final class WrongType extends JsonbException {

        private static final long serialVersionUID = 1L;

        private final String expectedKey;

        WrongType(String expectedKey) {
            super("wrong type, expected " + expectedKey);
            this.expectedKey = expectedKey;
        }

        /** {@code json.expected.boolean}, {@code json.expected.integer}, {@code json.expected.text} or {@code json.expected.unicode}. */
        public String expectedKey() {
            return expectedKey;
        }
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new WrongType("json.expected.boolean");
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                try {
                    return number.bigDecimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    throw new WrongType("json.expected.integer");
                }
            }
            throw new WrongType("json.expected.integer");
        }
    }

    static final class StrictText implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonString string)) {
                throw new WrongType("json.expected.text");
            }
            String text = string.getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new WrongType("json.expected.unicode");
                }
            }
            return text;
        }
    }
}
