package org.icsse.governance.web.api.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.icsse.governance.application.account.AuthenticationFailedException;
import org.icsse.governance.application.register.CsvImportException;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.InvalidValuesException;
import org.icsse.governance.domain.shared.NotAuthenticatedException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.web.api.StrictJson;

/**
 * Turns whatever went wrong into a problem answer: its status, an explanation in the caller's language
 * (English, French or Spanish from {@code Accept-Language}) and the invalid fields, never a stack trace
 * or a class name. Used by the exception mappers and the request filters of the API.
 */
public final class Problems {

    /** The media type of every error answer. */
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String TYPE_PREFIX = "urn:icsse:governance:problem:";
    private static final String BUNDLE = "org.icsse.governance.domain.messages";
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final int DETAILED_ROWS = 10;
    private static final Pattern JSONB_PROPERTY = Pattern.compile("deserialize property '([A-Za-z0-9_]{1,64})'");

    private Problems() {
    }

    /** The answer to a failure, in the first of the caller's languages that the application speaks. */
    public static Response from(Throwable failure, List<Locale> acceptable) {
        Locale locale = locale(acceptable);
        PayloadTooLargeException tooLarge = find(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return response(413, "payload-too-large", "The request body is too large: at most " + tooLarge.limit() + " bytes.", List.of());
        }
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return domain(domain, locale);
        }
        MalformedRequestException unreadable = find(failure, MalformedRequestException.class);
        if (unreadable != null) {
            String text = message(locale, unreadable.messageKey(), unreadable.arguments());
            return response(400, "malformed-request", text,
                    unreadable.field() == null ? List.of() : List.of(new Problem.FieldError(unreadable.field(), text)));
        }
        if (failure instanceof WebApplicationException web && !(web.getCause() instanceof JsonbException)) {
            return web(web);
        }
        if (failure instanceof ProcessingException || find(failure, JsonbException.class) != null
                || find(failure, JsonException.class) != null) {
            return malformed(failure, locale);
        }
        if (DatabaseUnavailable.isCauseOf(failure)) {
            LOG.log(Level.WARNING, "API request refused with 503, the database cannot be reached: {0}", rootCause(failure));
            return databaseUnavailable(locale);
        }
        if (isConstraintViolation(failure)) {
            return response(409, "conflict", "The change conflicts with the current state of the data; reload and try again.", List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, reference " + reference, failure);
        return response(500, "internal-error", "Something went wrong on our side (reference " + reference + ").", List.of());
    }

    /**
     * 503 with {@code Retry-After}: the database cannot be reached just now, so nothing was done; the request can be
     * sent again (a vote cast again replaces the previous one).
     */
    public static Response databaseUnavailable(Locale locale) {
        return Response.fromResponse(response(503, "database-unavailable", message(locale, "database.unavailable"), List.of()))
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    /**
     * The same 503 written straight to a servlet response, for a failure met before JAX-RS runs (the lookup of the
     * bearer token by the authentication mechanism).
     */
    public static void writeDatabaseUnavailable(HttpServletResponse servletResponse, Enumeration<Locale> acceptable)
            throws IOException {
        Response answer = databaseUnavailable(locale(acceptable == null ? List.of() : Collections.list(acceptable)));
        servletResponse.setStatus(answer.getStatus());
        servletResponse.setContentType(PROBLEM_JSON.toString());
        servletResponse.setCharacterEncoding("UTF-8");
        servletResponse.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        servletResponse.getWriter().write(JSON.toJson(answer.getEntity()));
        servletResponse.flushBuffer();
    }

    /** A problem answer made from its parts. */
    public static Response response(int status, String slug, String detail, List<Problem.FieldError> errors) {
        Response.StatusType type = statusType(status);
        String title = type.getReasonPhrase();
        Response.ResponseBuilder builder = Response.status(type)
                .type(PROBLEM_JSON)
                .entity(new Problem(TYPE_PREFIX + slug, title, status, detail, errors));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"icsse-governance\"");
        }
        return builder.build();
    }

    /** The status with its reason phrase, also for those JAX-RS does not name (RFC 9110 phrases). */
    private static Response.StatusType statusType(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null && status != 413) {
            return known;
        }
        String reason = switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> "HTTP " + status;
        };
        return new StatusType(status, reason);
    }

    /** A status code with its reason phrase. */
    private record StatusType(int code, String reason) implements Response.StatusType {

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }

    /** The answer to a request that names nobody where a signed-in caller is needed. */
    public static Response notAuthenticated(List<Locale> acceptable) {
        return domain(new NotAuthenticatedException(), locale(acceptable));
    }

    /** The answer to a signed-in caller whose roles do not allow the request. */
    public static Response accessDenied(List<Locale> acceptable) {
        return domain(new AccessDeniedException("access.denied"), locale(acceptable));
    }

    private static Response domain(DomainException e, Locale locale) {
        if (e instanceof CsvImportException csv) {
            List<Problem.FieldError> errors = csv.errors().stream()
                    .map(row -> new Problem.FieldError(row.field(), row.problem().localizedMessage(locale), row.line()))
                    .toList();
            String rows = errors.stream().limit(DETAILED_ROWS)
                    .map(error -> "line " + error.line() + (error.field() == null ? "" : " (" + error.field() + ")"))
                    .collect(Collectors.joining(", ")) + (errors.size() > DETAILED_ROWS ? ", …" : "");
            return response(422, "invalid-file", message(locale, "values.invalid", rows) + " Nothing was imported.", errors);
        }
        if (e instanceof InvalidValuesException invalid) {
            List<Problem.FieldError> errors = new ArrayList<>();
            invalid.violations().forEach(v -> errors.add(new Problem.FieldError(v.field(), v.localizedMessage(locale))));
            String fields = errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
            return response(422, "invalid-values", message(locale, "values.invalid", fields), errors);
        }
        if (e instanceof InvalidValueException invalid) {
            String text = invalid.localizedMessage(locale);
            return response(422, "invalid-values", message(locale, "values.invalid", invalid.field() + ": " + text),
                    List.of(new Problem.FieldError(invalid.field(), text)));
        }
        if (e instanceof ConflictException conflict) {
            String text = conflict.localizedMessage(locale);
            return response(409, "conflict", text,
                    conflict.field() == null ? List.of() : List.of(new Problem.FieldError(conflict.field(), text)));
        }
        if (e instanceof NotFoundException) {
            return response(404, "not-found", e.localizedMessage(locale), List.of());
        }
        if (e instanceof AccessDeniedException) {
            return response(403, "access-denied", e.localizedMessage(locale), List.of());
        }
        if (e instanceof NotAuthenticatedException || e instanceof AuthenticationFailedException) {
            return response(401, "not-authenticated", e.localizedMessage(locale), List.of());
        }
        return response(422, "refused", e.localizedMessage(locale), List.of());
    }

    private static Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "You must sign in first.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method; see the Allow header.";
            case 406 -> "This address cannot answer in a media type the request accepts; it answers application/json.";
            case 415 -> "This address does not accept the request's media type; send application/json (text/csv for an import).";
            default -> status >= 500 ? "Something went wrong on our side." : "The request cannot be served.";
        };
        String slug = switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "not-authenticated";
            case 403 -> "access-denied";
            case 404 -> "not-found";
            default -> "http-" + status;
        };
        Response response = response(status, slug, detail, List.of());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * A body JSON-B could not read into the request: names the field (its path, {@code quorum.networksPercent})
     * and the type expected there when JSON-B says which; otherwise says what shape the body should have.
     */
    private static Response malformed(Throwable failure, Locale locale) {
        JsonbException outermost = find(failure, JsonbException.class);
        String path = outermost == null ? "" : propertyPath(outermost.getMessage());
        if (path.isEmpty()) {
            return response(400, "malformed-request", message(locale, "json.wrongShape"), List.of());
        }
        StrictJson.WrongType wrongType = find(failure, StrictJson.WrongType.class);
        String expected = message(locale, wrongType != null ? wrongType.expectedKey() : expectedByJsonb(outermost.getMessage()));
        return response(400, "malformed-request", message(locale, "json.wrongType", path, expected),
                List.of(new Problem.FieldError(path, expected)));
    }

    /** The properties JSON-B names as it gives up, outermost first ("Unable to deserialize property 'quorum' because of: ..."). */
    private static String propertyPath(String message) {
        List<String> names = new ArrayList<>();
        Matcher matcher = JSONB_PROPERTY.matcher(message == null ? "" : message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return String.join(".", names);
    }

    /** What JSON-B wanted where it found something else, from its own words; any other case in general terms. */
    private static String expectedByJsonb(String message) {
        String text = message == null ? "" : message;
        if (text.contains("Allowed: [START_ARRAY]")) {
            return "json.expected.list";
        }
        if (text.contains("Allowed: [START_OBJECT]")) {
            return "json.expected.object";
        }
        return "json.expected.other";
    }

    private static boolean isConstraintViolation(Throwable failure) {
        if (find(failure, EntityExistsException.class) != null || find(failure, OptimisticLockException.class) != null) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 30; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Locale locale(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale candidate : acceptable) {
                if (LANGUAGES.contains(candidate.getLanguage())) {
                    return Locale.forLanguageTag(candidate.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** A message of the domain's bundle, for the summaries that no single exception carries. */
    private static String message(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, DomainException.class.getClassLoader()).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return String.valueOf(arguments.length == 0 ? key : arguments[0]);
        }
    }
}
