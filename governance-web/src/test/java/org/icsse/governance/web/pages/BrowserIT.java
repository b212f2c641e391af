package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.icsse.governance.web.it.BrowserTest;
import org.icsse.governance.web.it.Chromium;
import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless Chromium): login and its session cookie, the network dialog with
 * its field messages, the language switch, the 403 page and a refused login; the accounts page (a new
 * delegate who then signs in), the CSV import, the bodies editor and the audit log with its chain check.
 * Each test has a browser of its own, signs in as a demonstration account and creates only networks,
 * accounts and bodies with random names, so it depends neither on counts nor on other tests' data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String CSV_HEADER = "name,acronym,region,category,weight\n";

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
        browser = Chromium.start(1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Keeps a picture of the last page of each test under target/screenshots, then closes the browser. */
    @AfterEach
    void closeBrowser(TestInfo test) {
        Chromium.close(browser, "BrowserIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @BrowserTest
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

    @BrowserTest
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

    @BrowserTest
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

    @BrowserTest
    void aDelegateOpeningAnAdministrationPageGetsTheForbiddenPage() {
        signIn("delegate.gsef", Deployments.DEMO_PASSWORD);
        assertThat(text(By.id("network"))).contains("GSEF");

        open("admin/users.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        assertThat(text(By.id("pageTitle"))).isEqualTo("Access denied");
        assertThat(browser.getPageSource()).doesNotContain("users:table").doesNotContain("Caused by").doesNotContain(".java:");
    }

    @BrowserTest
    void aWrongPasswordIsExplainedOnTheLoginPage() {
        open("login.xhtml");
        type(By.id("login:username"), "nobody." + UUID.randomUUID().toString().substring(0, 8));
        type(By.id("login:password"), "not-the-password");
        click(By.id("login:signIn"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Wrong username or password."));
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElements(By.id("layout:logout"))).isEmpty();
    }

    @BrowserTest
    void aDelegateNeedsANetworkAndOnceCreatedSignsInAndSeesItOnTheHomePage() {
        String username = "it.browser." + suffix().toLowerCase(Locale.ROOT);
        String password = "Browser-" + suffix();
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("admin/users.xhtml");
        // other test classes add accounts to the shared database: the accounts sought are found by the table's filter
        for (String account : List.of("chair", "secretariat", "delegate.gsef")) {
            filterUsers(account);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table_data"), account));
        }
        filterUsers("");

        click(By.id("users:new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:username")));
        type(By.id("editor:username"), username);
        type(By.id("editor:password"), password);
        type(By.id("editor:displayName"), "Browser Test Delegate " + username);
        type(By.id("editor:email"), username + "@example.org");
        click(By.id("editor:save"));
        waitForAjax();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:networkError")));
        assertThat(text(By.id("editor:networkError"))).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#editor .field-error"))).as("only the network is refused").hasSize(1);
        assertThat(browser.findElement(By.id("dialog")).isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(text(By.id("users:table_data"))).as("nothing created").doesNotContain(username);

        pickSuggestion("editor:network", "GSEF");
        click(By.id("editor:save"));
        waitForAjax();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        assertThat(text(By.cssSelector("#users\\:messages .ui-messages-info-summary"))).isIn(translations("users.created", username));
        filterUsers(username);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table_data"), username));
        assertThat(rowsOf("users:table")).singleElement().satisfies(row -> assertThat(row).contains("GSEF"));

        click(By.id("layout:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        signIn(username, password);
        assertThat(text(By.id("username"))).isEqualTo(username);
        assertThat(text(By.id("network"))).contains("GSEF");
    }

    @BrowserTest
    void aCsvImportWithBadRowsListsThemAndImportsNothingThenACorrectFileImportsEveryRow() throws Exception {
        String good = "IT" + suffix();
        Path refused = csv(CSV_HEADER
                + "Browser Import Good " + good + "," + good + ",EUROPE,MEMBER_BASED,1\n"
                + "Browser Import Bad Acronym,9-LIVES,EUROPE,MEMBER_BASED,1\n"
                + "Browser Import Bad Region,IT" + suffix() + ",NOWHERE,MEMBER_BASED,0\n");
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("admin/import.xhtml");

        upload(refused);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
        assertThat(browser.findElements(By.cssSelector("#import\\:messages .ui-messages-error"))).hasSize(1);
        List<String> lines = browser.findElements(By.cssSelector("#import\\:problems_data > tr > td:first-child")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(lines).containsExactly("3", "4");
        open("register/networks.xhtml");
        filterNetworks(good);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#networks\\:table_data > tr.ui-datatable-empty-message")));
        assertThat(networkRows()).as("nothing imported").isZero();

        String first = "IT" + suffix();
        String second = "IT" + suffix();
        Path correct = csv(CSV_HEADER
                + "Browser Import First " + first + "," + first + ",AFRICA,ACTION_ADVOCACY,2\n"
                + "\"Browser Import Second, " + second + "\"," + second + ",GLOBAL,INTERNATIONAL_NETWORK,\n");
        open("admin/import.xhtml");

        upload(correct);

        assertThat(text(By.cssSelector("#import\\:messages .ui-messages-info-summary"))).isIn(translations("import.done", 2));
        assertThat(browser.findElements(By.id("import:problems"))).isEmpty();
        open("register/networks.xhtml");
        for (String acronym : List.of(first, second)) {
            filterNetworks(acronym);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("networks:table_data"), acronym));
            assertThat(networkRows()).isEqualTo(1);
        }
    }

    @BrowserTest
    void aBodyWithABadCodeShowsAFieldMessageThenIsCreatedWithItsMembersAndRules() {
        String code = "IT" + letters(6);
        String name = "Browser Test Body " + code;
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("register/bodies.xhtml");

        click(By.id("bodies:new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name")));
        type(By.id("editor:name"), name);
        pickSuggestion("editor:members", "GSEF");
        pickSuggestion("editor:members", "ICA");
        type(By.id("editor:quorumNetworks"), "60");
        type(By.id("editor:quorumWeight"), "40");
        choose("editor:majority", "TWO_THIRDS");
        for (String bad : List.of(code.toLowerCase(Locale.ROOT), code + "TOOLONG")) {
            type(By.id("editor:code"), bad);
            click(By.id("editor:save"));
            waitForAjax();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:codeError")));
            assertThat(text(By.id("editor:codeError"))).as("message for %s", bad).isNotBlank();
            assertThat(browser.findElement(By.id("dialog")).isDisplayed()).as("the dialog stays open").isTrue();
            assertThat(text(By.id("bodies:table"))).as("nothing created").doesNotContain(name);
        }

        type(By.id("editor:code"), code);
        click(By.id("editor:save"));
        waitForAjax();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bodies:table_data"), code));
        WebElement row = browser.findElements(By.cssSelector("#bodies\\:table_data > tr")).stream()
                .filter(candidate -> candidate.findElement(By.cssSelector("td:first-child")).getText().equals(code))
                .findFirst().orElseThrow();
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.subList(0, 5)).containsExactly(code, name, "GSEF, ICA", "60", "40");
        assertThat(cells.get(5)).isIn(translations("majority.TWO_THIRDS"));
    }

    @BrowserTest
    void theAuditLogShowsTheNewestChangeFirstAndItsChainIsIntact() {
        String acronym = "IT" + suffix();
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        open("register/networks.xhtml");
        fillNetworkDialog("Browser Audit Network " + acronym, acronym, "1");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));

        open("admin/audit.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit:table_data")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#audit\\:table_data > tr"));
        assertThat(rows).hasSizeGreaterThan(1);
        List<String> newest = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(newest.get(2)).isEqualTo("secretariat");
        assertThat(newest.get(3)).isIn(translations("audit.action.network.registered"));
        assertThat(translations("audit.subject.network"))
                .anySatisfy(kind -> assertThat(newest.get(4)).matches(java.util.regex.Pattern.quote(kind) + "[\\s\u00a0]\\d+"));
        assertThat(newest.get(6)).contains(acronym);
        assertThat(newest.get(1)).as("the instant, in the reader's zone").matches(".*\\d.*\\(.+\\)");
        long top = Long.parseLong(newest.get(0));
        long next = Long.parseLong(rows.get(1).findElement(By.tagName("td")).getText());
        assertThat(top).as("newest first").isGreaterThan(next);

        click(By.id("audit:verify"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:intact")));
        assertThat(text(By.id("audit:intact"))).isNotBlank();
        assertThat(browser.findElements(By.id("audit:broken"))).isEmpty();
    }

    @BrowserTest
    void aDelegateOpeningTheAuditLogGetsTheForbiddenPage() {
        signIn("delegate.ica", Deployments.DEMO_PASSWORD);

        open("admin/audit.xhtml");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        assertThat(text(By.id("pageTitle"))).isIn(translations("error.403.title"));
        assertThat(browser.findElements(By.id("audit:table"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Caused by").doesNotContain(".java:");
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
        wait.until(Chromium.gone(link));
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

    /** Types in the accounts table's search box and waits until the table has been filtered by it. */
    private void filterUsers(String text) {
        WebElement search = browser.findElement(By.id("users:table:globalFilter"));
        search.clear();
        search.sendKeys(text);
        waitForAjax();
    }

    /** The text of each row of a table (none when it shows its empty message). */
    private List<String> rowsOf(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data > tr:not(.ui-datatable-empty-message)"))
                .stream().map(WebElement::getText).toList();
    }

    /** Types an acronym in an auto-complete field and picks its suggestion, as a person would. */
    private void pickSuggestion(String fieldId, String acronym) {
        type(By.id(fieldId + "_input"), acronym);
        click(By.cssSelector("#" + fieldId.replace(":", "\\:") + "_panel li[data-item-value='" + acronym + "']"));
        waitForAjax();
    }

    /** Chooses the file in the upload field and sends the form (a full page request). */
    private void upload(Path file) {
        browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(file.toString());
        WebElement button = browser.findElement(By.id("import:upload"));
        button.click();
        wait.until(Chromium.gone(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:upload")));
    }

    private static Path csv(String content) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "browser-it"));
        return Files.writeString(folder.resolve("networks-" + UUID.randomUUID() + ".csv"), content, StandardCharsets.UTF_8)
                .toAbsolutePath();
    }

    /** The text of a key in each language of the pages (which one is shown depends on the account). */
    private static List<String> translations(String key, Object... arguments) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))
                .map(locale -> new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key), locale).format(arguments))
                .toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
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
