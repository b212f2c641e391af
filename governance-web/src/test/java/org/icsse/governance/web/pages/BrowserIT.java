package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless Chromium): login and its session cookie, the network dialog with
 * its field messages, the language switch, the 403 page and a refused login. Each test has a browser of
 * its own, signs in as a demonstration account and creates only networks with random acronyms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString())).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-GB", "--window-size=1400,1000", "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Keeps a picture of the last page of each test under target/screenshots, then closes the browser. */
    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            try {
                Path shots = Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(shots.resolve(test.getTestMethod().map(m -> m.getName()).orElse("test") + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void signingInChangesTheSessionIdAndTheCookieIsHttpOnlyAndSameSiteLax() {
        open("login.xhtml");
        Cookie before = browser.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(before).as("a session exists before login").isNotNull();

        signIn("secretariat", Deployments.DEMO_PASSWORD);

        Cookie after = browser.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(text(By.id("username"))).isEqualTo("secretariat");
    }

    @Test
    void aNetworkWithInvalidValuesShowsFieldMessagesThenIsCreatedOnceCorrected() {
        String acronym = "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("register/networks.xhtml");

        String name = "Browser Test Network <b>" + acronym + "</b>";
        fillNetworkDialog(name, "", "0");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:acronymError")));
        assertThat(text(By.id("editor:acronymError"))).isNotBlank();
        assertThat(text(By.id("editor:weightError"))).isNotBlank();
        assertThat(browser.findElement(By.id("dialog")).isDisplayed()).as("the dialog stays open").isTrue();
        click(By.id("editor:cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        filterNetworks(acronym);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#networks\\:table_data > tr.ui-datatable-empty-message")));
        assertThat(networkRows()).as("nothing created").isZero();

        fillNetworkDialog(name, acronym, "2");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        filterNetworks(acronym);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("networks:table_data"), acronym));
        assertThat(networkRows()).isEqualTo(1);
        assertThat(text(By.id("networks:table"))).contains(acronym).contains(name);
    }

    @Test
    void theLanguageSwitchShowsThePagesInFrenchAndInSpanish() {
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("register/networks.xhtml");
        try {
            switchLanguage("EN");
            assertThat(text(By.id("pageTitle"))).isEqualTo("Member networks");
            assertThat(text(By.id("layout:navBodies"))).isEqualTo("Bodies");

            switchLanguage("FR");
            assertThat(text(By.id("pageTitle"))).isEqualTo("Réseaux membres");
            assertThat(text(By.id("layout:navBodies"))).isEqualTo("Instances");

            switchLanguage("ES");
            assertThat(text(By.id("pageTitle"))).isEqualTo("Redes miembro");
            assertThat(text(By.id("layout:navBodies"))).isEqualTo("Órganos");
            assertThat(browser.getCurrentUrl()).endsWith("/register/networks.xhtml");
        } finally {
            switchLanguage("FR");
        }
    }

    @Test
    void aDelegateOpeningAnAdministrationPageGetsTheForbiddenPage() {
        signIn("delegate.gsef", Deployments.DEMO_PASSWORD);
        assertThat(text(By.id("network"))).contains("GSEF");

        open("admin/users.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        assertThat(text(By.id("pageTitle"))).isEqualTo("Access denied");
        assertThat(browser.getPageSource()).doesNotContain("users:table").doesNotContain("Caused by").doesNotContain(".java:");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheLoginPage() {
        open("login.xhtml");
        type(By.id("login:username"), "nobody." + UUID.randomUUID().toString().substring(0, 8));
        type(By.id("login:password"), "not-the-password");
        click(By.id("login:signIn"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Wrong username or password."));
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElements(By.id("layout:logout"))).isEmpty();
    }

    private void open(String page) {
        browser.get(base.toString() + page);
    }

    private void signIn(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
    }

    private void switchLanguage(String code) {
        WebElement link = browser.findElement(By.id("layout:lang" + code));
        link.click();
        wait.until(ExpectedConditions.stalenessOf(link));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
    }

    /** Opens the dialog for a new network, fills it and saves it. */
    private void fillNetworkDialog(String name, String acronym, String weight) {
        click(By.id("networks:new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name")));
        type(By.id("editor:name"), name);
        type(By.id("editor:acronym"), acronym);
        choose("editor:region", "EUROPE");
        choose("editor:category", "MEMBER_BASED");
        type(By.id("editor:weight"), weight);
        click(By.id("editor:save"));
        waitForAjax();
    }

    /** Types in the table's search box and waits until the table has been filtered by it. */
    private void filterNetworks(String text) {
        WebElement search = browser.findElement(By.id("networks:table:globalFilter"));
        search.clear();
        search.sendKeys(text);
        waitForAjax();
    }

    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private int networkRows() {
        return browser.findElements(By.cssSelector("#networks\\:table_data > tr:not(.ui-datatable-empty-message)")).size();
    }

    /** Picks an option of a PrimeFaces select-one menu through its widget, as a click on the option does. */
    private void choose(String menuId, String value) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        assertThat(browser.findElement(By.id(menuId + "_input")).getDomProperty("value")).isEqualTo(value);
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
