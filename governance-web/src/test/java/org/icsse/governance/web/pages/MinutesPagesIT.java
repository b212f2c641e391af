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
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The minutes pages in a real browser (headless Chromium): the secretariat starts, writes (bold text through
 * the rich-text editor) and circulates minutes; a delegate of the body finds them on the home page and objects;
 * a script hidden in a section never runs; the status reads in French. Each test gets a meeting of its own,
 * held and closed, from a test-only servlet ({@link MinutesFixtureServlet}) added to this deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesPagesIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String FIXTURE = "it/minutes-fixture";
    private static final String FIRST_SECTION = "minutes:sections:0:";

    /** The shipped WAR plus the fixture servlet, whose path the test web.xml opens (the shipped one does not). */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        WebArchive war = Deployments.application().addClass(MinutesFixtureServlet.class);
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
    void openBrowser() throws Exception {
        browser = Chromium.start(1400);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Chromium.close(browser, "MinutesPagesIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @BrowserTest
    void theSecretariatStartsTheMinutesWritesBoldTextThatIsKeptAndCirculatesThem() throws Exception {
        Meeting meeting = heldMeeting("held");
        signIn("secretariat");
        openMinutes(meeting);
        assertThat(text(By.id("minutes:meetingTitle"))).isEqualTo(meeting.title());
        assertThat(text(By.id("minutes:notStarted"))).isIn(translations("minutes.none"));

        submit(By.id("minutes:start"));

        assertThat(text(By.id("minutes:status"))).isIn(translations("minutes.status.DRAFT"));
        assertThat(text(By.id("minutes:attendance"))).contains("GSEF", "ICA");
        assertThat(text(By.id(FIRST_SECTION + "heading"))).isEqualTo("Report of the secretariat");
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(editor(FIRST_SECTION + "text")));
        editor.click();
        editor.sendKeys("The report was ");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys("adopted");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(" without debate.");
        click(By.id(FIRST_SECTION + "save"));
        waitForAjax();
        assertThat(text(By.cssSelector("#minutes\\:messages .ui-messages-info-summary"))).isIn(translations("minutes.sectionSaved"));

        browser.navigate().refresh();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css(FIRST_SECTION + "text") + " .ql-editor strong")));
        assertThat(browser.findElement(By.cssSelector(css(FIRST_SECTION + "text") + " .ql-editor strong")).getText()).isEqualTo("adopted");
        assertThat(text(By.cssSelector(css(FIRST_SECTION + "text") + " .ql-editor"))).isEqualTo("The report was adopted without debate.");
        screenshot("minutes-draft");

        submit(By.id("minutes:circulate"));

        assertThat(text(By.id("minutes:status"))).isIn(translations("minutes.status.CIRCULATED"));
        assertThat(text(By.cssSelector(css(FIRST_SECTION + "html") + " strong"))).isEqualTo("adopted");
        assertThat(browser.findElement(By.id("minutes:approve")).isEnabled()).as("the comment period has just begun").isFalse();
        assertThat(browser.findElement(By.id("minutes:pdf")).getDomAttribute("href")).endsWith("/minutes/pdf?meeting=" + meeting.id());
        screenshot("minutes-circulated");

        click(By.id("minutes:register"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings")));
        WebElement row = browser.findElements(By.cssSelector("#meetings_data > tr")).stream()
                .filter(r -> r.getText().contains(meeting.title())).findFirst().orElseThrow();
        assertThat(translations("minutes.status.CIRCULATED")).anySatisfy(status -> assertThat(row.getText()).contains(status));
    }

    @BrowserTest
    void aDelegateOfTheBodyFindsCirculatedMinutesOnTheHomePageAndObjectsSoTheSecretariatCannotApprove() throws Exception {
        Meeting meeting = heldMeeting("circulated");
        signIn("delegate.gsef");

        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(meeting.title())));
        assertThat(text(By.id("minutesForComment"))).contains(meeting.title());
        screenshot("home-minutes-for-comment");
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment:text")));
        assertThat(text(By.id("minutes:meetingTitle"))).isEqualTo(meeting.title());
        assertThat(browser.findElements(By.id("minutes:approve"))).as("not for delegates").isEmpty();

        type(By.id("comment:text"), "Our intervention on item 1 is missing.");
        click(By.cssSelector("#comment\\:objection .ui-chkbox-box"));
        submit(By.id("comment:send"));

        assertThat(text(By.cssSelector("#minutes\\:messages .ui-messages-info-summary"))).isIn(translations("minutes.commented"));
        String comments = text(By.id("comments"));
        assertThat(comments).contains("GSEF", "Our intervention on item 1 is missing.");
        assertThat(translations("minutes.comment.objection")).anySatisfy(word -> assertThat(text(By.cssSelector("#comments .objection"))).isEqualTo(word));

        click(By.id("layout:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        signIn("secretariat");
        openMinutes(meeting);

        assertThat(browser.findElement(By.id("minutes:approve")).isEnabled()).isFalse();
        assertThat(text(By.id("minutes:objected"))).isIn(translations("minutes.objected"));
        assertThat(text(By.id("minutes:approvableFrom"))).isNotBlank();
        assertThat(browser.findElements(By.id("comment:text"))).as("the secretariat does not comment").isEmpty();
    }

    @BrowserTest
    void aScriptHiddenInASectionNeverRuns() throws Exception {
        Meeting meeting = heldMeeting("held");
        signIn("secretariat");
        openMinutes(meeting);
        submit(By.id("minutes:start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(FIRST_SECTION + "text_input")));
        // what a hand-made request would send, past the editor: the raw HTML in the editor's field
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                FIRST_SECTION + "text_input", "<p>Report <b>read</b> <img src=x onerror=\"window.__xss=1\"></p>");
        click(By.id(FIRST_SECTION + "save"));
        waitForAjax();

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css(FIRST_SECTION + "text") + " .ql-editor")));
        assertThat(text(By.cssSelector(css(FIRST_SECTION + "text") + " .ql-editor"))).contains("Report", "read");
        submit(By.id("minutes:circulate"));

        assertThat(text(By.id(FIRST_SECTION + "html"))).contains("Report", "read");
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss;")).isEqualTo("undefined");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('[onerror]').length;")).isEqualTo(0L);
        assertThat(browser.getPageSource()).doesNotContain("__xss");
    }

    @BrowserTest
    void theFrenchPageShowsTheStatusOfTheMinutesInFrench() throws Exception {
        Meeting meeting = heldMeeting("circulated");
        signIn("delegate.gsef");
        try {
            switchLanguage("FR");
            assertThat(text(By.id("layout:navMinutes"))).isEqualTo("Procès-verbaux");
            openMinutes(meeting);

            assertThat(text(By.id("minutes:status"))).isEqualTo("Diffusé pour commentaires");
            assertThat(text(By.id("minutes:statusMeaning"))).startsWith("Diffusé aux délégués de l’instance pour commentaires jusqu’au");
            assertThat(text(By.id("pageTitle"))).isEqualTo("Procès-verbal");
            screenshot("minutes-fr");
        } finally {
            open("index.xhtml");
            switchLanguage("EN");
        }
    }

    /** A GA meeting held two days ago and closed, from the fixture servlet; at {@code circulated} with its minutes circulated. */
    private Meeting heldMeeting(String stage) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + FIXTURE + "?stage=" + stage)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String[] lines = response.body().split("\n");
        return new Meeting(Long.parseLong(lines[0].strip()), lines[1].strip());
    }

    private record Meeting(long id, String title) {
    }

    private void openMinutes(Meeting meeting) {
        open("minutes/minutes.xhtml?meeting=" + meeting.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minutes:meetingTitle")));
    }

    private void open(String page) {
        browser.get(base.toString() + page);
    }

    private void signIn(String username) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), Deployments.DEMO_PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
    }

    private void switchLanguage(String code) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:lang" + code)));
        link.click();
        wait.until(Chromium.gone(link));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
    }

    /**
     * Clicks a button that sends the whole page and waits for the new one. The page's scripts (the
     * editors starting up) may still replace the button when it is first found: the click is then tried
     * again on the button as it is now.
     */
    private void submit(By button) {
        waitForAjax();
        WebElement element = wait.until(driver -> {
            try {
                WebElement found = driver.findElement(button);
                if (!found.isDisplayed() || !found.isEnabled()) {
                    return null;
                }
                found.click();
                return found;
            } catch (org.openqa.selenium.WebDriverException replacedWhileClicking) {
                return null;
            }
        });
        wait.until(Chromium.gone(element));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
    }

    /** The editable area of a rich-text editor (Quill) of the page. */
    private static By editor(String id) {
        return By.cssSelector(css(id) + " .ql-editor");
    }

    private static String css(String id) {
        return "#" + id.replace(":", "\\:");
    }

    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("MinutesPagesIT-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The text of a key in each language of the pages (which one is shown depends on the account). */
    private static List<String> translations(String key, Object... arguments) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))
                .map(locale -> new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key), locale).format(arguments))
                .toList();
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
}
