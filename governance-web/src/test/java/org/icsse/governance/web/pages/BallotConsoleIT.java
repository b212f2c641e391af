package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.icsse.governance.web.it.BrowserTest;
import org.icsse.governance.web.it.Chromium;
import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Ballots in a real browser (headless Chromium): the chair opens a named ballot on an amendment from the console
 * of a meeting sitting on its motion, two delegates vote and the totals reach the console within two seconds
 * without a reload; a secret ballot on the motion shows participation only while open; closing shows the
 * outcome and the decision number, and the minutes the results. The secretariat opens a remote ballot on an
 * admitted motion with a deadline typed in its own time zone. Each test gets a body, motions and a meeting of its
 * own from a test-only servlet ({@link BallotFixtureServlet}), which also casts the delegates' votes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BallotConsoleIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String FIXTURE = "it/ballot-fixture";
    private static final Duration PUSHED = Duration.ofSeconds(2);

    /** The shipped WAR plus the fixture servlet, whose path the test web.xml opens (the shipped one does not). */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        WebArchive war = Deployments.application().addClass(BallotFixtureServlet.class);
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String publicPath = "<url-pattern>/login.xhtml</url-pattern>";
        assertThat(webXml).contains(publicPath);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace(publicPath, publicPath + "<url-pattern>/" + FIXTURE + "</url-pattern>")));
        return war;
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(2400);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Chromium.close(browser, "BallotConsoleIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @BrowserTest
    void votesReachTheChairConsoleWithoutReloadAndClosedBallotsReachTheMinutes() throws Exception {
        Map<String, String> sitting = fixture("stage=sitting");
        signIn("chair");
        get("meetings/console.xhtml?id=" + sitting.get("meeting"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console:ballotPanel")));
        assertThat(browser.findElements(By.id("console:opener"))).as("no item under discussion yet").isEmpty();

        click(By.id("console:agenda:0:takeUp"));
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console:opener")));
        assertThat(selectedLabel("console:question")).as("the amendment comes first")
                .contains(sitting.get("amendmentNumber"));
        assertThat(value(By.id("console:quorumNetworks"))).as("the body's rule").isEqualTo("50");
        assertThat(value(By.id("console:quorumWeight"))).isEqualTo("50");
        assertThat(browser.findElement(By.id("console:majority_input")).getDomProperty("value")).isEqualTo("SIMPLE");

        type(By.id("console:quorumNetworks"), "150");
        click(By.id("console:openBallot"));
        waitForAjax();
        assertThat(text(By.id("console:quorumNetworksError"))).as("the refusal beside its field").isNotBlank();
        type(By.id("console:quorumNetworks"), "50");

        choose("console:question", sitting.get("motion"));
        click(By.id("console:openBallot"));
        waitForAjax();
        assertThat(text(By.id("console:questionError"))).as("the motion waits for its amendment")
                .contains(sitting.get("amendmentNumber"));

        choose("console:question", sitting.get("amendment"));
        click(By.id("console:openBallot"));
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console:liveBallot")));
        assertThat(text(By.id("console:liveQuestion"))).contains(sitting.get("amendmentNumber"));
        assertThat(number(By.id("console:liveForNetworks"))).isZero();
        assertThat(browser.findElements(By.id("console:opener"))).as("one ballot at a time").isEmpty();
        markPage();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // the remote command is global="false" (no pfAjaxSend event): its function is wrapped to count the redraws
        js.executeScript("window.voteRedraws = 0; window.unwrappedRefresh = window.refreshBallots;"
                + " window.refreshBallots = function () { window.voteRedraws++; return window.unwrappedRefresh.apply(this, arguments); };");

        fixture("stage=vote&motion=" + sitting.get("amendment") + "&network=" + sitting.get("GSEF") + "&choice=FOR");
        WebDriverWait pushed = new WebDriverWait(browser, PUSHED);
        pushed.until(driver -> number(By.id("console:liveForNetworks")) == 1);
        assertThat(browser.findElement(By.id("console:liveQuorumReached")).isDisplayed()).as("1 network of 3 is no quorum").isFalse();
        fixture("stage=vote&motion=" + sitting.get("amendment") + "&network=" + sitting.get("CAEA") + "&choice=AGAINST");

        pushed.until(driver -> number(By.id("console:liveForNetworks")) == 1 && number(By.id("console:liveAgainstNetworks")) == 1);
        assertThat(number(By.id("console:liveForWeight"))).isEqualTo(3);
        assertThat(number(By.id("console:liveAgainstWeight"))).isEqualTo(1);
        assertThat(number(By.id("console:liveAbstainNetworks"))).isZero();
        assertThat(text(By.id("console:liveParticipation"))).isEqualTo(text(Locale.ENGLISH, "chairBallot.participation.value", 2, 3, 4, 7));
        pushed.until(driver -> browser.findElement(By.id("console:liveQuorumReached")).isDisplayed());
        assertThat(text(By.id("console:liveQuorumReached"))).isNotBlank();
        assertThat(pageStillMarked()).as("the totals came without a reload").isTrue();
        waitForAjax();
        assertThat(((Number) js.executeScript("return window.voteRedraws;")).intValue())
                .as("both votes' figures, and the quorum mark the second brought, shown from their messages alone")
                .isZero();
        screenshot("console-named-ballot-live");

        // figures read before those shown (a message overtaken by a redraw) change nothing
        String readAt = browser.findElement(By.id("console:liveBallot")).getDomAttribute("data-read-at");
        js.executeScript("governanceLive.ballot({ballot: Number(arguments[0]), networks: 0, weight: 0, quorum: true,"
                + " totals: [0, 0, 0, 0, 0, 0], at: Number(arguments[1]) - 1});",
                browser.findElement(By.id("console:liveBallot")).getDomAttribute("data-live-ballot"), readAt);
        assertThat(number(By.id("console:liveForNetworks"))).as("older figures ignored").isEqualTo(1);
        js.executeScript("window.refreshBallots = window.unwrappedRefresh;");

        // a burst of push messages: the redraw under way and one more for all the others, not one redraw per message
        js.executeScript("window.burstRedraws = 0; window.unwrappedRefresh = window.refreshBallots;"
                + " window.refreshBallots = function () { window.burstRedraws++; return window.unwrappedRefresh.apply(this, arguments); };"
                + " for (var i = 0; i < 20; i++) { governanceLive.request('refreshBallots'); }");
        wait.until(driver -> ((Number) js.executeScript("return window.burstRedraws;")).intValue() >= 2);
        waitForAjax();
        Thread.sleep(500);
        waitForAjax();
        assertThat(((Number) js.executeScript("return window.burstRedraws;")).intValue()).as("redraws for 20 messages").isEqualTo(2);
        js.executeScript("window.refreshBallots = window.unwrappedRefresh;");
        assertThat(number(By.id("console:liveForNetworks"))).isEqualTo(1);

        closeTheBallot();
        assertThat(text(By.id("console:outcome"))).isEqualTo(text(Locale.ENGLISH, "ballotOutcome.ADOPTED"));
        assertThat(browser.findElements(By.id("console:decisionNumber"))).as("an amendment enters no register").isEmpty();
        assertThat(number(By.id("console:resultForWeight"))).isEqualTo(3);
        assertThat(browser.findElement(By.id("console:resultLink")).getDomAttribute("href")).contains("ballots/ballot.xhtml?id=");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console:opener")));
        assertThat(selectedLabel("console:question")).as("the amendment decided, the motion's turn").contains(sitting.get("motionNumber"));
        click(By.cssSelector("#console\\:secret .ui-chkbox-box"));
        click(By.id("console:openBallot"));
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console:liveSecretNote")));
        markPage();
        // what the socket brings during a secret ballot, kept to look at: participation, never totals
        js.executeScript("window.ballotMessages = []; window.unwrappedBallot = governanceLive.ballot;"
                + " governanceLive.ballot = function (message) { window.ballotMessages.push(JSON.stringify(message));"
                + " return window.unwrappedBallot.call(governanceLive, message); };");

        fixture("stage=vote&motion=" + sitting.get("motion") + "&network=" + sitting.get("GSEF") + "&choice=FOR");
        fixture("stage=vote&motion=" + sitting.get("motion") + "&network=" + sitting.get("ICA") + "&choice=FOR");

        String participation = text(Locale.ENGLISH, "chairBallot.participation.value", 2, 3, 6, 7);
        pushed.until(driver -> participation.equals(shownText(By.id("console:liveParticipation"))));
        assertThat(pageStillMarked()).isTrue();
        assertThat(browser.findElements(By.id("console:liveTotals"))).as("a secret ballot shows no totals while open").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> secretMessages = (List<String>) js.executeScript("return window.ballotMessages;");
        assertThat(secretMessages).as("the socket's messages of the secret ballot").isNotEmpty()
                .allSatisfy(message -> assertThat(message).contains("\"networks\"").doesNotContain("totals"));
        assertThat(browser.findElements(By.id("console:liveForNetworks"))).isEmpty();
        assertThat(text(By.id("console:liveBallot"))).doesNotContain(text(Locale.ENGLISH, "chairBallot.totals.for"))
                .doesNotContain(text(Locale.ENGLISH, "chairBallot.totals.against"));
        screenshot("console-secret-ballot-live");

        closeTheBallot();
        assertThat(text(By.id("console:outcome"))).isEqualTo(text(Locale.ENGLISH, "ballotOutcome.ADOPTED"));
        String decision = text(By.id("console:decisionNumber")).replaceAll(".* ", "");
        assertThat(decision).matches("ICSSE/\\d{4}/\\d{3}");
        assertThat(number(By.id("console:resultForNetworks"))).as("once closed, the totals").isEqualTo(2);
        List<WebElement> rows = browser.findElements(By.cssSelector("#console\\:ballots_data > tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getText()).contains(sitting.get("motionNumber"), text(Locale.ENGLISH, "ballotOutcome.ADOPTED"), decision);
        screenshot("console-result");

        get("minutes/minutes.xhtml?meeting=" + sitting.get("meeting"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minutes:results")));
        List<WebElement> results = browser.findElements(By.cssSelector("#minutes\\:results_data > tr"));
        assertThat(results).hasSize(2);
        assertThat(results.get(0).getText()).contains(sitting.get("amendmentNumber"), text(Locale.ENGLISH, "ballotOutcome.ADOPTED"),
                text(Locale.ENGLISH, "minutesResults.total", 1, 3), text(Locale.ENGLISH, "minutesResults.total", 1, 1));
        assertThat(results.get(1).getText()).contains(sitting.get("motionNumber"), decision,
                text(Locale.ENGLISH, "minutesResults.total", 2, 6), text(Locale.ENGLISH, "ballotKind.SECRET"));
        screenshot("minutes-results");
    }

    @BrowserTest
    void theSecretariatOpensARemoteBallotWithADeadlineInItsOwnTimeZone() throws Exception {
        Map<String, String> sitting = fixture("stage=sitting");
        signIn("secretariat");
        get("motions/motion.xhtml?id=" + sitting.get("remote"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remoteBallot:openRemote")));
        assertThat(text(By.id("remoteBallot:deadlineZone"))).contains("Europe/Paris");
        assertThat(value(By.id("remoteBallot:quorumNetworks"))).isEqualTo("50");

        click(By.id("remoteBallot:openRemote"));
        waitForAjax();
        assertThat(text(By.id("remoteBallot:deadlineError"))).isIn(translations("remoteBallot.deadlineRequired"));

        String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString();
        pickDateTime("remoteBallot:deadline", day, 18);
        click(By.id("remoteBallot:openRemote"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:ballots_data")));

        List<WebElement> rows = browser.findElements(By.cssSelector("#motion\\:ballots_data > tr"));
        assertThat(rows).hasSize(1);
        String row = rows.get(0).getText();
        assertThat(translations("ballotStatus.OPEN")).anySatisfy(open -> assertThat(row).contains(open));
        assertThat(row).as("the deadline in the reader's zone").contains("18:00").contains("Europe/Paris");
        assertThat(browser.findElements(By.id("remoteBallot:openRemote"))).as("the motion is being voted on").isEmpty();
        assertThat(text(By.id("motion:status"))).isIn(translations("motion.status.VOTING"));
        assertThat(rows.get(0).findElement(By.cssSelector("a[id$=':details']")).getDomAttribute("href")).contains("ballots/ballot.xhtml?id=");
    }

    // steps

    private void closeTheBallot() {
        click(By.id("console:closeBallot"));
        click(By.id("console:confirmYes"));
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console:result")));
    }

    /** Leaves a mark in the page's window that a reload would wipe out. */
    private void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.ballotConsoleMark = 'still here';");
    }

    private boolean pageStillMarked() {
        return "still here".equals(((JavascriptExecutor) browser).executeScript("return window.ballotConsoleMark;"));
    }

    /** Calls the fixture servlet; its answer, one {@code key=value} per line. */
    private Map<String, String> fixture(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString() + FIXTURE + "?" + query)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> answer = new HashMap<>();
        response.body().lines().filter(line -> line.contains("=")).forEach(line -> {
            int equals = line.indexOf('=');
            answer.put(line.substring(0, equals), line.substring(equals + 1));
        });
        return answer;
    }

    private void signIn(String username) {
        get("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), Deployments.DEMO_PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
    }

    private void get(String page) {
        browser.get(base.toString() + page);
    }

    /** Picks an option of a select-one menu through its widget, as a click on the option does. */
    private void choose(String menuId, String value) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        assertThat(browser.findElement(By.id(menuId + "_input")).getDomProperty("value")).isEqualTo(value);
    }

    private String selectedLabel(String menuId) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var s = document.getElementById(arguments[0]); return s.options[s.selectedIndex].textContent;", menuId + "_input");
    }

    /** Picks a day and an hour in a date-time picker through its widget, as clicks in its panel do. */
    private void pickDateTime(String pickerId, String isoDay, int hour) {
        LocalDate day = LocalDate.parse(isoDay);
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(pickerId + "_input")));
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate("
                + "new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4], 0));",
                pickerId, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour);
        assertThat(input.getDomProperty("value")).isEqualTo(isoDay + String.format(" %02d:00", hour));
    }

    private void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private String text(By target) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target)).getText();
    }

    /** The text an element shows now, or nothing when it is not there (yet): the page may be being redrawn. */
    private String shownText(By target) {
        try {
            return browser.findElement(target).getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String value(By target) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target)).getDomProperty("value");
    }

    /** The number an element shows, or -1 when it is not there (yet): the page may be being redrawn. */
    private long number(By target) {
        try {
            return Long.parseLong(browser.findElement(target).getText().strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("BallotConsoleIT-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The text of a key in each language of the pages (which one is shown depends on the account). */
    private static List<String> translations(String key, Object... arguments) {
        return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")).map(locale -> text(locale, key, arguments)).toList();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key), locale).format(arguments);
    }
}
