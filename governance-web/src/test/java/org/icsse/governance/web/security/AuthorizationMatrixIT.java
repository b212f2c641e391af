package org.icsse.governance.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.web.it.Api.as;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.HttpMethod;
import org.icsse.governance.web.it.Api;
import org.icsse.governance.web.it.Deployments;
import org.icsse.governance.web.security.MatrixTable.Kind;
import org.icsse.governance.web.security.MatrixTable.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix of {@code docs/authorization-matrix.md}, run whole against the shipped WAR and its
 * demonstration coalition: every REST endpoint, every page and the page actions that change state, for the six
 * callers (anonymous, the delegate of the network concerned, the delegate of another network, chair,
 * secretariat, admin). Every cell is tried on fixtures of its own, and every cell that answers otherwise is
 * reported at once. The matrix must also be complete: a resource method of the API or a page without a row fails
 * the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String API_PACKAGE = "org/icsse/governance/web/api";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private MatrixFixtures fixtures;
    private final List<String> tokens = new ArrayList<>();
    private final List<PageSession> sessions = new ArrayList<>();

    @Test
    void everyCellOfTheMatrixAnswersAsWritten() throws IOException, URISyntaxException {
        List<Row> rows = MatrixTable.read(matrixFile());
        List<String> problems = new ArrayList<>(uncovered(rows));
        fixtures = new MatrixFixtures(base);
        tokens.addAll(java.util.Arrays.asList(null, fixtures.gsefDelegate, fixtures.icaDelegate, fixtures.chair,
                fixtures.secretariat, fixtures.admin));
        sessions.add(PageSession.anonymous(base));
        for (String username : List.of("delegate.gsef", "delegate.ica", "chair", "secretariat")) {
            sessions.add(PageSession.signIn(base, username, Deployments.DEMO_PASSWORD));
        }
        sessions.add(PageSession.signIn(base, "admin", Deployments.ADMIN_PASSWORD));

        int cells = 0;
        for (Row row : rows) {
            for (int caller = 0; caller < MatrixTable.CALLERS.size(); caller++) {
                cells++;
                String expected = row.expected().get(caller);
                String where = "line " + row.line() + " " + row.name() + " as " + MatrixTable.CALLERS.get(caller);
                try {
                    String answer = switch (row.kind()) {
                        case ENDPOINT -> endpoint(row, caller);
                        case PAGE -> page(row, caller);
                        case ACTION -> action(row, caller);
                    };
                    if (!answer.equals(expected)) {
                        problems.add(where + ": expected " + expected + ", got " + answer);
                    }
                } catch (RuntimeException e) {
                    problems.add(where + ": could not be tried: " + e.getMessage());
                }
            }
        }
        assertThat(rows).as("rows of the matrix").hasSizeGreaterThan(50);
        assertThat(problems).withFailMessage(() -> problems.size() + " of " + cells(rows) + " cells answer otherwise than "
                + "docs/authorization-matrix.md:\n  " + String.join("\n  ", problems)).isEmpty();
        assertThat(cells).isEqualTo(cells(rows));
    }

    private static int cells(List<Row> rows) {
        return rows.size() * MatrixTable.CALLERS.size();
    }

    // ---------------------------------------------------------------- endpoints

    /** The status of the call; a refusal that is not {@code application/problem+json} says so. */
    private String endpoint(Row row, int caller) {
        MatrixFixtures.Cell cell = fixtures.cell();
        String[] request = cell.resolve(row.parts().get(0)).split(" ", 2);
        RequestSpecification call = tokens.get(caller) == null ? given() : as(tokens.get(caller));
        call.redirects().follow(false);
        if (row.parts().size() > 1) {
            String body = cell.resolve(row.parts().get(1));
            if (body.startsWith("{")) {
                call.contentType(Api.JSON).body(body);
            } else {
                call.contentType("text/csv; charset=UTF-8").body(body.replace("\\n", "\n"));
            }
        }
        Response response = call.request(request[0], fixtures.url(request[1].substring(1)));
        String answer = String.valueOf(response.statusCode());
        if (response.statusCode() >= 400 && !String.valueOf(response.contentType()).startsWith(Api.PROBLEM)) {
            answer += " (not problem+json: " + response.contentType() + ")";
        }
        return answer;
    }

    // ---------------------------------------------------------------- pages

    /**
     * {@code login}, the status, or, when the row names a text ({@code [account:]GET /path expression}, read
     * through the API), {@code 200} if the page shows it and {@code hidden} if it does not.
     */
    private String page(Row row, int caller) {
        MatrixFixtures.Cell cell = fixtures.cell();
        String path = cell.resolve(row.parts().get(0)).replaceFirst("^GET ", "");
        Response response = sessions.get(caller).get(path);
        String answer = PageSession.outcome(response);
        String body = response.asString();
        if (answer.equals("200") && body.contains("<title>") && !body.contains("</html>")) {
            return "200 (incomplete page)";
        }
        if (answer.equals("200") && !row.last().isEmpty()) {
            String text = new Effect(cell.resolve(row.last()) + "=").read().replaceAll("<[^>]+>", "").trim();
            if (text.isEmpty()) {
                throw new IllegalStateException("no text to look for: " + row.last());
            }
            return body.contains(text) ? "200" : "hidden";
        }
        return answer;
    }

    /**
     * Opens the page as the caller, looks for the control, presses it (or posts its id anyway when it is not
     * there), and reads the effect before and after: {@code offered}, {@code absent}, {@code inert}, {@code login}
     * or the page's refusal status.
     */
    private String action(Row row, int caller) {
        MatrixFixtures.Cell cell = fixtures.cell();
        String path = cell.resolve(row.parts().get(0));
        List<String> anchors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        String control = null;
        String until = null;
        for (String part : row.parts().subList(1, row.parts().size())) {
            String resolved = cell.resolve(part);
            if (resolved.startsWith("until:")) {
                until = resolved.substring("until:".length());
            } else if (resolved.contains("=\"")) {
                anchors.add(resolved);
            } else if (resolved.contains("=")) {
                values.put(resolved.substring(0, resolved.indexOf('=')), resolved.substring(resolved.indexOf('=') + 1));
            } else {
                control = resolved;
            }
        }
        if (control == null) {
            throw new IllegalArgumentException("no control named");
        }
        Effect effect = row.last().isEmpty() ? null : new Effect(cell.resolve(row.last()));
        if (effect != null && effect.holds()) {
            throw new IllegalStateException("the effect holds before anything is pressed: " + row.last());
        }
        PageSession session = sessions.get(caller);
        Response page = session.get(path);
        String outcome = PageSession.outcome(page);
        String html = page.asString();
        String found = outcome.equals("200") ? find(html, anchors, until, control) : null;
        String pressed = found != null ? found : control.startsWith(":") ? null : control;
        if (pressed != null) {
            Response press = session.press(path, outcome.equals("200") ? html : "", pressed, values);
            String reply = press.asString();
            if (outcome.equals("200") && (press.statusCode() != 200 || !reply.contains("<partial-response")
                    || reply.contains("<error>"))) {
                // a press that never reached the page's components would make "absent" and "inert" prove nothing
                return "the press of " + pressed + " was not processed: " + press.statusCode() + " "
                        + reply.substring(0, Math.min(300, reply.length()));
            }
        }
        boolean done = effect != null && effect.holds();
        if (!outcome.equals("200")) {
            return done ? outcome + " (but the effect took place)" : outcome;
        }
        if (found == null) {
            return done ? "absent (but pressing it anyway took effect)" : "absent";
        }
        if (effect == null) {
            return "offered";
        }
        return done ? "offered" : "inert";
    }

    /**
     * The client id of the control on the page: the exact id; or, after anchors (texts found in turn), the first
     * id ending with the control's suffix, looked for from the first anchor up to the boundary ({@code until}, by
     * default the next occurrence of the first anchor's attribute). Null when it is not there.
     */
    private static String find(String html, List<String> anchors, String until, String control) {
        if (anchors.isEmpty()) {
            return html.contains("id=\"" + control + "\"") ? control : null;
        }
        int start = html.indexOf(anchors.get(0));
        if (start < 0) {
            return null;
        }
        String boundary = until != null ? until : " " + anchors.get(0).substring(0, anchors.get(0).indexOf('=') + 1);
        int end = html.indexOf(boundary, start + 1);
        String scope = html.substring(start, end < 0 ? html.length() : end);
        int at = 0;
        for (String anchor : anchors.subList(1, anchors.size())) {
            at = scope.indexOf(anchor, at);
            if (at < 0) {
                return null;
            }
        }
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("id=\"([^\"]*" + java.util.regex.Pattern.quote(control)
                + ")\"").matcher(scope);
        return id.find(at) ? id.group(1) : null;
    }

    /** What a page action does, read through the API: {@code [account:]GET /path expression=value}. */
    private final class Effect {

        private final String token;
        private final String path;
        private final String expression;
        private final String value;

        Effect(String text) {
            String spec = text;
            String reader = fixtures.gsefDelegate;
            if (spec.startsWith("secretariat:")) {
                reader = fixtures.secretariat;
                spec = spec.substring("secretariat:".length());
            }
            String[] words = spec.split(" ", 3);
            if (!words[0].equals("GET") || words.length != 3) {
                throw new IllegalArgumentException("an effect reads: GET /path expression=value, not " + text);
            }
            token = reader;
            path = words[1].substring(1);
            expression = words[2].substring(0, words[2].lastIndexOf('='));
            value = words[2].substring(words[2].lastIndexOf('=') + 1);
        }

        boolean holds() {
            Response read = as(token).get(fixtures.url(path));
            if (read.statusCode() != 200) {
                return false;
            }
            JsonPath json = read.jsonPath();
            return value.equals(String.valueOf((Object) json.get(expression)));
        }

        /** The value of the expression, which must be readable. */
        String read() {
            Response read = MatrixFixtures.expect(as(token).get(fixtures.url(path)), 200);
            return String.valueOf((Object) read.jsonPath().get(expression));
        }
    }

    // ---------------------------------------------------------------- completeness

    /** The resource methods and pages that have no row. */
    private static List<String> uncovered(List<Row> rows) throws IOException, URISyntaxException {
        List<String> missing = new ArrayList<>();
        Set<String> templates = resourceMethods();
        Set<String> covered = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.kind() == Kind.ENDPOINT) {
                String request = row.parts().get(0).replaceAll("\\?.*$", "");
                String best = null;
                int literal = -1;
                for (String template : templates) {
                    int score = match(template, request);
                    if (score > literal) {
                        best = template;
                        literal = score;
                    }
                }
                if (best == null) {
                    missing.add("line " + row.line() + ": " + row.name() + " is no endpoint of the API");
                } else {
                    covered.add(best);
                }
            }
        }
        templates.stream().filter(t -> !covered.contains(t)).forEach(t -> missing.add("endpoint without a row: " + t));

        Set<String> pages = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.kind() == Kind.PAGE) {
                pages.add(row.parts().get(0).replaceFirst("^GET ", "").replaceAll("\\?.*$", ""));
            }
        }
        for (String servlet : servlets()) {
            if (!pages.contains(servlet)) {
                missing.add("servlet without a row: " + servlet);
            }
        }
        Path webapp = Path.of("src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.map(webapp::relativize).map(p -> "/" + p.toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/") && !pages.contains(p))
                    .forEach(p -> missing.add("page without a row: " + p));
        }
        return missing;
    }

    /** The addresses of the application's own servlets (downloads), read from the compiled main classes. */
    private static Set<String> servlets() throws IOException, URISyntaxException {
        Set<String> patterns = new java.util.TreeSet<>();
        String web = "org/icsse/governance/web";
        for (URL root : java.util.Collections.list(AuthorizationMatrixIT.class.getClassLoader().getResources(web))) {
            Path directory = Path.of(root.toURI());
            if (directory.toString().contains("test-classes")) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                    String name = web.replace('/', '.') + "." + directory.relativize(file).toString()
                            .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                    jakarta.servlet.annotation.WebServlet servlet = load(name).getAnnotation(jakarta.servlet.annotation.WebServlet.class);
                    if (servlet != null) {
                        patterns.addAll(List.of(servlet.value()));
                        patterns.addAll(List.of(servlet.urlPatterns()));
                    }
                }
            }
        }
        assertThat(patterns).as("the application's servlets").isNotEmpty();
        return patterns;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuthorizationMatrixIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of literal segments the request shares with the template, or -1 when it does not fit it. */
    private static int match(String template, String request) {
        String[] t = template.split("[ /]+");
        String[] r = request.split("[ /]+");
        if (t.length != r.length) {
            return -1;
        }
        int literal = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i].startsWith("{")) {
                continue;
            }
            if (!t[i].equals(r[i])) {
                return -1;
            }
            literal++;
        }
        return literal;
    }

    /** Every resource method of the API as {@code METHOD /path/{param}}, read from the compiled classes. */
    private static Set<String> resourceMethods() throws IOException, URISyntaxException {
        Set<String> methods = new java.util.TreeSet<>();
        // the package is in the main classes and in the test classes: read every copy of it on the class path
        for (URL root : java.util.Collections.list(AuthorizationMatrixIT.class.getClassLoader().getResources(API_PACKAGE))) {
            resourceMethods(Path.of(root.toURI()), methods);
        }
        assertThat(methods).as("the API's resource methods on the test class path").hasSizeGreaterThan(50);
        return methods;
    }

    private static void resourceMethods(Path directory, Set<String> methods) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = API_PACKAGE.replace('/', '.') + "." + directory.relativize(file).toString()
                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                jakarta.ws.rs.Path typePath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (typePath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null) {
                            jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                            methods.add(http.value() + " /" + typePath.value().replaceAll("^/|/$", "")
                                    + (methodPath == null ? "" : "/" + methodPath.value().replaceAll("^/|/$", "")));
                        }
                    }
                }
            }
        }
    }

    private static Path matrixFile() {
        Path file = Path.of("..", "docs", "authorization-matrix.md");
        return Files.exists(file) ? file : Path.of("docs", "authorization-matrix.md");
    }
}
