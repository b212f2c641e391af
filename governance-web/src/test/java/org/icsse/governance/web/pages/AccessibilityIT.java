package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.restassured.path.json.JsonPath;

import org.icsse.governance.web.it.Api;
import org.icsse.governance.web.it.BrowserTest;
import org.icsse.governance.web.it.Chromium;
import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7: every page, as every role that can open it, has no serious or critical WCAG 2.1 AA violation found by
 * axe-core. axe-core is the npm package's {@code axe.min.js} as bundled in Deque's {@code com.deque.html.axe-core:selenium}
 * jar (a test dependency), injected into the page by {@link AxeBuilder}: no npm step in the build. Each role has one
 * browser (anonymous, a delegate, the chair, the secretariat, the administrator) that signs in and walks its pages
 * with real ids (a body, a motion and an open named ballot in a sitting from {@link BallotPagesFixtureServlet}; a
 * closed ballot and a meeting with minutes from the demonstration data through the public decisions register, the minutes of every
 * meeting a decision names, the secretariat's editor included when they are a draft);
 * every violation found on every page is gathered, and the test fails once with the whole list: page, role, rule
 * and the selectors of the elements at fault. And voting works with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final String FIXTURE = "it/ballot-pages-fixture";
    /** A meeting held and closed, without minutes yet ({@link MinutesFixtureServlet}): the secretariat starts them. */
    private static final String MINUTES_FIXTURE = "it/minutes-fixture";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    /**
     * Findings inside PrimeFaces widgets whose markup our pages have no say in, each passed over only for its rule and
     * only inside that widget (an element matching the selector, or within one); everywhere else every rule counts.
     * <ul>
     * <li>{@code list} in {@code .ui-messages}: PrimeFaces 15's {@code MessagesRenderer} (our g:messages is a plain
     * {@code p:messages}) writes each message as {@code <li role="alert" aria-atomic="true">} in a {@code ul}, so that
     * each is announced as it appears; the role replaces the list item's.</li>
     * <li>{@code aria-input-field-name}, {@code aria-required-children} and {@code listitem} in
     * {@code .ui-autocomplete-multiple-container}: the body editor's member field, a {@code p:autoComplete
     * multiple="true"} whose {@code AutoCompleteRenderer} writes a {@code <ul role="listbox">} with neither a name nor an
     * attribute to give it one (our p:outputLabel names its input, the combobox), holding the chosen networks as
     * {@code <li role="option">} and the input in an {@code <li>} without a role.</li>
     * </ul>
     */
    private static final Map<String, String> INSIDE_PRIMEFACES = Map.of(
            "list", ".ui-messages",
            "aria-input-field-name", ".ui-autocomplete-multiple-container",
            "aria-required-children", ".ui-autocomplete-multiple-container",
            "listitem", ".ui-autocomplete-multiple-container");
    /** In a page's address: open the dialog of the button of that id (from here to the end) before the scan. */
    private static final String DIALOG = " with the dialog of ";
    /** In a page's address: press the button of that id (a full page request) before the scan. */
    private static final String PRESSING = " after pressing ";

    /** The shipped WAR plus the ballot pages' fixture servlet, whose path the test web.xml opens. */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        WebArchive war = Deployments.application().addClasses(BallotPagesFixtureServlet.class, MinutesFixtureServlet.class);
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String publicPath = "<url-pattern>/login.xhtml</url-pattern>";
        assertThat(webXml).contains(publicPath);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace(publicPath, publicPath + "<url-pattern>/" + FIXTURE + "</url-pattern>"
                + "<url-pattern>/" + MINUTES_FIXTURE + "</url-pattern>")));
        return war;
    }

    @ArquillianResource
    URL base;

    @BrowserTest
    void noPageHasASeriousOrCriticalWcag21AaViolationForAnyRole() throws Exception {
        Fixture fixture = fixture();
        List<String> found = new ArrayList<>();

        scan("anonymous", null, found, List.of("login.xhtml", "decisions.xhtml"));
        List<String> members = List.of("index.xhtml", "register/networks.xhtml", "register/bodies.xhtml",
                "motions/list.xhtml", "motions/list.xhtml?body=" + fixture.bodyId(), "motions/motion.xhtml?id=" + fixture.motionId(),
                "motions/edit.xhtml?body=" + fixture.bodyId(), "motions/amend.xhtml?motion=" + fixture.motionId(),
                "meetings/list.xhtml", "meetings/meeting.xhtml?id=" + fixture.meetingId(),
                "minutes/register.xhtml",
                "ballots/ballot.xhtml?id=" + fixture.openBallotId(), "ballots/ballot.xhtml?id=" + fixture.closedBallotId(),
                "decisions.xhtml", "no-such-page.xhtml");
        members = concat(members, fixture.minutesMeetingIds().stream().map(id -> "minutes/minutes.xhtml?meeting=" + id).toList());
        scan("delegate.gsef", Deployments.DEMO_PASSWORD, found,
                concat(members, List.of("ballots/vote.xhtml", "admin/users.xhtml")));
        scan("chair", Deployments.DEMO_PASSWORD, found,
                concat(members, List.of("meetings/console.xhtml?id=" + fixture.meetingId())));
        List<String> admin = List.of("admin/users.xhtml", "admin/import.xhtml", "admin/audit.xhtml", "admin/jobs.xhtml",
                "admin/archive.xhtml");
        List<String> dialogs = List.of("register/networks.xhtml" + DIALOG + "networks:new", "register/bodies.xhtml" + DIALOG + "bodies:new",
                "admin/users.xhtml" + DIALOG + "users:new", "meetings/list.xhtml" + DIALOG + "meetings:plan",
                "minutes/minutes.xhtml?meeting=" + post(MINUTES_FIXTURE)[0].strip() + PRESSING + "minutes:start");
        scan("secretariat", Deployments.DEMO_PASSWORD, found,
                concat(members, admin, List.of("meetings/console.xhtml?id=" + fixture.meetingId()), dialogs));
        scan("admin", Deployments.ADMIN_PASSWORD, found, concat(List.of("index.xhtml", "register/networks.xhtml",
                "register/bodies.xhtml", "motions/list.xhtml", "meetings/list.xhtml", "minutes/register.xhtml",
                "ballots/ballot.xhtml?id=" + fixture.closedBallotId()), admin));

        assertThat(found).as("serious or critical WCAG 2.1 AA violations (page · role · rule · elements)").isEmpty();
    }

    /**
     * A delegate signs in, reaches the voting page, votes FOR and then changes the vote to AGAINST with the keyboard
     * alone: keys sent to the focused element (TAB, SHIFT+TAB, ENTER, SPACE), never a click. Every control reached is
     * seen to show its focus, the focus stays on the button just pressed after the page redraws the ballot, and the API
     * then answers the network's vote as AGAINST with the receipt the page showed last.
     */
    @BrowserTest
    void aDelegateVotesAndChangesTheVoteWithTheKeyboardAlone() throws Exception {
        String[] ballot = post(FIXTURE + "?stage=named");
        String ballotId = ballot[0].strip();
        WebDriver browser = Chromium.start(1200);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:signIn")));

            tabTo(browser, "the user name field", "#login\\:username").sendKeys("delegate.caea");
            press(browser, Keys.TAB);
            assertFocusVisible(browser, "the password field", "#login\\:password").sendKeys(Deployments.DEMO_PASSWORD);
            press(browser, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));

            tabTo(browser, "the Vote link", "#layout\\:navVote");
            press(browser, Keys.ENTER);
            String card = "section.voting-card[data-ballot='" + ballotId + "'] div.vote-line[data-network='CAEA'] ";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card + "button.vote-FOR")));
            waitForAjax(wait);

            tabTo(browser, "the FOR button", card + "button.vote-AGAINST");
            press(browser, Keys.chord(Keys.SHIFT, Keys.TAB));
            assertFocusVisible(browser, "the FOR button after SHIFT+TAB", card + "button.vote-FOR");
            press(browser, Keys.SPACE);
            waitForAjax(wait);
            String first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(card + ".receipt-fresh"))).getText();
            assertFocusVisible(browser, "the FOR button, still focused once the ballot is redrawn", card + "button.vote-FOR.vote-current");

            press(browser, Keys.TAB);
            assertFocusVisible(browser, "the AGAINST button", card + "button.vote-AGAINST");
            press(browser, Keys.ENTER);
            waitForAjax(wait);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card + "button.vote-AGAINST.vote-current")));
            String second = browser.findElement(By.cssSelector(card + ".receipt-fresh")).getText();
            assertThat(second).as("a new receipt").isNotEqualTo(first);
            assertFocusVisible(browser, "the AGAINST button, still focused once the ballot is redrawn", card + "button.vote-AGAINST.vote-current");
            assertThat(browser.findElements(By.cssSelector(card + "button.vote-FOR.vote-current"))).isEmpty();

            String token = Api.token(base, "delegate.caea", Deployments.DEMO_PASSWORD);
            List<Map<String, Object>> networks = Api.as(token).get(Api.url(base, "networks?q=CAEA")).then().statusCode(200)
                    .extract().jsonPath().getList("$");
            Object caea = networks.stream().filter(n -> "CAEA".equals(n.get("acronym"))).findFirst().orElseThrow().get("id");
            JsonPath vote = Api.as(token).get(Api.url(base, "ballots/" + ballotId + "/votes/" + caea)).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(vote.getString("choice")).isEqualTo("AGAINST");
            assertThat(vote.getString("receipt")).isEqualTo(second);
        } finally {
            Chromium.close(browser, "AccessibilityIT-keyboard");
        }
    }

    /** Sends a key to the element that has the focus, as a person at the keyboard does. */
    private static void press(WebDriver browser, CharSequence key) {
        browser.switchTo().activeElement().sendKeys(key);
    }

    /** Presses TAB until the focus is on the element the selector names (at most 300 times); that element. */
    private static WebElement tabTo(WebDriver browser, String what, String selector) {
        WebElement target = browser.findElement(By.cssSelector(selector));
        for (int presses = 0; presses < 300; presses++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return assertFocusVisible(browser, what, selector);
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError(what + " (" + selector + ") is never reached with TAB");
    }

    /**
     * The focus is on the element the selector names and it shows: an outline of some width, or a box shadow. The
     * focused element.
     */
    private static WebElement assertFocusVisible(WebDriver browser, String what, String selector) {
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused).as("the focus is on %s (%s) but on %s", what, selector, focused.getDomAttribute("id"))
                .isEqualTo(browser.findElement(By.cssSelector(selector)));
        String outline = focused.getCssValue("outline-style");
        double width = Double.parseDouble(focused.getCssValue("outline-width").replace("px", ""));
        String shadow = focused.getCssValue("box-shadow");
        assertThat(!"none".equals(outline) && width > 0 || !"none".equals(shadow))
                .as("%s shows its focus (outline %s %s, box-shadow %s)", what, outline, width, shadow).isTrue();
        return focused;
    }

    private String[] post(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().split("\n");
    }

    /** One browser for one role: signs in (unless anonymous) and runs axe on each page in turn. */
    private void scan(String username, String password, List<String> found, List<String> pages) {
        WebDriver browser = Chromium.start(1200);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
            long start = System.nanoTime();
            if (password != null) {
                signIn(browser, wait, username, password);
            }
            String role = password == null ? "anonymous" : username;
            for (String page : pages) {
                String[] pressing = page.split(PRESSING);
                String[] address = pressing[0].split(DIALOG);
                browser.get(base + address[0]);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
                waitForAjax(wait);
                if (pressing.length > 1) {
                    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(pressing[1])));
                    button.click();
                    wait.until(Chromium.gone(button));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
                    waitForAjax(wait);
                }
                if (address.length > 1) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(address[1]))).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog")));
                    waitForAjax(wait);
                    // the dialog's mask and the pressed button fade (CSS transitions): axe measured a colour half-way
                    // through once (a contrast of 2.63 on the button under the mask), so the scan waits for the end
                    wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                            "return document.getAnimations().every(function (a) { return a.playState !== 'running'; })"
                                    + " && (!window.jQuery || jQuery(':animated').length === 0);")));
                }
                collect(browser, page, role, new AxeBuilder().withOptions(wcag21Aa()).disableIframeTesting().analyze(browser), found);
            }
            System.out.printf("AccessibilityIT: %d pages as %s in %d ms%n", pages.size(), role, (System.nanoTime() - start) / 1_000_000);
        } finally {
            Chromium.close(browser, "AccessibilityIT-" + username);
        }
    }

    private static void collect(WebDriver browser, String page, String role, Results results, List<String> found) {
        assertThat(results.getErrorMessage()).as("axe on %s", page).isNull();
        for (Rule rule : results.getViolations()) {
            if (SERIOUS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    if (INSIDE_PRIMEFACES.containsKey(rule.getId()) && within(browser, node, INSIDE_PRIMEFACES.get(rule.getId()))) {
                        continue;
                    }
                    found.add(page + " · " + role + " · " + rule.getId() + " (" + rule.getImpact() + ") · " + node.getTarget()
                            + " · " + node.getFailureSummary().replace('\n', ' '));
                }
            }
        }
    }

    /**
     * axe's run: the WCAG 2.0 and 2.1 rules of levels A and AA, and only the violations in full (the passes would each
     * list every element checked, a large answer to send back for every page).
     */
    private static AxeRunOptions wcag21Aa() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** The element at fault matches the selector or is within such an element (axe's target is unique in the page). */
    private static boolean within(WebDriver browser, CheckedNode node, String container) {
        Object target = node.getTarget();
        String selector = target instanceof List<?> path && path.size() == 1 ? String.valueOf(path.get(0)) : null;
        return selector != null && Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "var e = document.querySelector(arguments[0]); return !!e && !!e.closest(arguments[1]);", selector, container));
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
    }

    private static void waitForAjax(WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * The ids the pages need: a new body with an admitted motion and an open named ballot in a sitting
     * ({@link BallotPagesFixtureServlet}, {@code stage=named}), and from the demonstration data a closed ballot and a
     * meeting with minutes: every meeting the register's decisions name.
     */
    private Fixture fixture() throws Exception {
        String[] lines = post(FIXTURE + "?stage=named");
        String token = Api.token(base, "chair", Deployments.DEMO_PASSWORD);
        JsonPath ballot = Api.as(token).get(Api.url(base, "ballots/" + lines[0].strip())).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> decisions = Api.as(token).get(Api.url(base, "decisions")).then().statusCode(200).extract()
                .jsonPath().getList("$");
        List<String> meetings = decisions.stream().map(d -> d.get("meetingId")).filter(java.util.Objects::nonNull)
                .map(String::valueOf).distinct().toList();
        assertThat(meetings).as("the demonstration's decisions taken in meetings").isNotEmpty();
        return new Fixture(ballot.getString("bodyId"), lines[1].strip(), ballot.getString("meetingId"), lines[0].strip(),
                String.valueOf(decisions.get(0).get("ballotId")), meetings);
    }

    private record Fixture(String bodyId, String motionId, String meetingId, String openBallotId, String closedBallotId,
            List<String> minutesMeetingIds) {
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
