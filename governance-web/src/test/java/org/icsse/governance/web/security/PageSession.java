package org.icsse.governance.web.security;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person at the pages without a browser: plain HTTP with the session cookie of a form login, and Faces
 * forms posted as PrimeFaces posts them (an ajax request naming the pressed control, with the view state and
 * the form's fields).
 */
final class PageSession {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private final URL base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PageSession(URL base) {
        this.base = base;
    }

    /** Nobody signed in. */
    static PageSession anonymous(URL base) {
        return new PageSession(base);
    }

    /** Signs in through the login form, as a person does; fails when the login page does not let them in. */
    static PageSession signIn(URL base, String username, String password) {
        PageSession session = new PageSession(base);
        Response page = session.get("/login.xhtml");
        String html = page.asString();
        String form = form(html, "login");
        Map<String, String> fields = new LinkedHashMap<>(fields(form));
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        Response login = session.request().formParams(fields).post(session.action(html, "login"));
        session.keep(login);
        Response home = session.get("/index.xhtml");
        if (home.statusCode() != 200 || !home.asString().contains("id=\"userName\"") && !home.asString().contains(":userName\"")) {
            throw new IllegalStateException("form login of " + username + " failed: " + login.statusCode() + " then "
                    + home.statusCode());
        }
        return session;
    }

    /** A page (path under the application, with its query), redirects not followed. */
    Response get(String path) {
        Response response = request().get(address(path));
        keep(response);
        return response;
    }

    /** {@code login} for a redirect to the login page, else the status code. */
    static String outcome(Response response) {
        int status = response.statusCode();
        if ((status == 302 || status == 303) && String.valueOf(response.header("Location")).contains("/login.xhtml")) {
            return "login";
        }
        return String.valueOf(status);
    }

    /**
     * Presses the control of the page as PrimeFaces does: an ajax post of its form with the page's view state,
     * the form's fields as rendered, the given values over them, and the control named as source. The control
     * need not be on the page: posting the id anyway is how a forged request looks.
     */
    Response press(String pagePath, String html, String controlId, Map<String, String> values) {
        String formId = controlId.substring(0, controlId.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        String target = address(pagePath);
        String form = form(html, formId);
        if (form != null) {
            fields.putAll(fields(form));
            target = action(html, formId);
        } else {
            fields.put(formId, formId);
            viewState(html).ifPresent(state -> fields.put(VIEW_STATE, state));
        }
        // PrimeFaces' CSP mode: its script sends the page's nonce with every ajax request, and renders none without it
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.putAll(values);
        StringBuilder execute = new StringBuilder(controlId);
        for (String name : values.keySet()) {
            execute.append(' ').append(name.replaceAll("_input$", ""));
        }
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", controlId);
        fields.put("jakarta.faces.partial.execute", execute.toString());
        fields.put("jakarta.faces.partial.render", formId);
        fields.put(controlId, controlId);
        Response response = request().header("Faces-Request", "partial/ajax").formParams(fields).post(target);
        keep(response);
        return response;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(true);
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }

    private String address(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** The address a form posts to, made absolute on the server. */
    private String action(String html, String formId) {
        Matcher matcher = FORM.matcher(html);
        while (matcher.find()) {
            if (formId.equals(attribute(matcher.group(1), "id"))) {
                String action = unescape(attribute(matcher.group(1), "action"));
                return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + action;
            }
        }
        throw new IllegalStateException("no form " + formId);
    }

    /** The inside of the form of that id, or null. */
    static String form(String html, String formId) {
        Matcher matcher = FORM.matcher(html);
        while (matcher.find()) {
            if (formId.equals(attribute(matcher.group(1), "id"))) {
                return matcher.group(2);
            }
        }
        return null;
    }

    private static java.util.Optional<String> viewState(String html) {
        Matcher matcher = INPUT.matcher(html);
        while (matcher.find()) {
            if (VIEW_STATE.equals(attribute(matcher.group(1), "name"))) {
                return java.util.Optional.of(unescape(attribute(matcher.group(1), "value")));
            }
        }
        return java.util.Optional.empty();
    }

    /** What a browser would send of the form as rendered: inputs, checked boxes, selected options, text areas. */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = String.valueOf(attribute(attributes, "type")).toLowerCase(java.util.Locale.ROOT);
            if (name == null || List.of("submit", "button", "image", "file", "reset").contains(type)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !attributes.contains("checked")) {
                continue;
            }
            String value = attribute(attributes, "value");
            fields.put(name, value == null ? "" : unescape(value));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            if (name == null) {
                continue;
            }
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = value == null ? "" : unescape(value);
                }
                if (option.group(1).contains("selected")) {
                    break;
                }
            }
            fields.put(name, chosen == null ? "" : chosen);
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            String name = attribute(textarea.group(1), "name");
            if (name != null) {
                fields.put(name, unescape(textarea.group(2)));
            }
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
