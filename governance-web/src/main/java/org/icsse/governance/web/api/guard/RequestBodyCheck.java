package org.icsse.governance.web.api.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.icsse.governance.web.api.problem.MalformedRequestException;

/**
 * Reads every JSON or text request body through before a resource sees it (within the {@link BodyLimitFilter}'s
 * limit): it must be UTF-8, where a lenient decoder would silently put U+FFFD in place of the bad bytes, and a
 * JSON body must be there, be one well-formed JSON object (every request of the API is one; JSON-B would read
 * {@code [{"username": "admin"}]} as the object inside), and nest at most {@value #MAX_DEPTH} arrays and
 * objects deep (the API's deepest request nests two; JSON-B would otherwise recurse as deep as a hostile body
 * goes). Each refusal is a 400 that says where the body went wrong.
 */
@Provider
public class RequestBodyCheck implements ReaderInterceptor {

    /**
     * Made once: {@code Json.createParser} looks the JSON-P provider up (a search of the class path) on every call,
     * which under 64 concurrent requests kept threads waiting on the jar files' lock.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
        boolean text = type != null && "text".equalsIgnoreCase(type.getType());
        if (json || text) {
            byte[] body = context.getInputStream().readAllBytes();
            String decoded = utf8(body);
            if (json) {
                checkJson(decoded);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedRequestException("request.notUtf8", null, in.position());
        }
        return out.flip().toString();
    }

    private static void checkJson(String body) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            if (!parser.hasNext()) {
                throw new MalformedRequestException("request.bodyRequired", null);
            }
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedRequestException("request.bodyRequired", null);
            }
            int depth = 1;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        JsonLocation at = parser.getLocation();
                        throw new MalformedRequestException("json.tooDeep", null, MAX_DEPTH, at.getLineNumber(), at.getColumnNumber());
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedRequestException("json.syntax", null, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        } catch (JsonException e) {
            throw new MalformedRequestException("json.syntax", null, -1, -1);
        }
    }
}
