package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The motion pages in a real browser (headless Chromium): a motion drafted, submitted, seconded from the
 * home page's list and admitted; hostile markup in a title and a text that never runs; two versions
 * side by side; the status in French. Each test drafts a motion of its own with a random title, so it
 * depends neither on other tests nor on their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MotionPagesIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String PROPOSER = "delegate.gsef";
    private static final String SECONDER = "delegate.ica";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private String testName;
    private int shots;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        testName = test.getTestMethod().map(m -> m.getName()).orElse("test");
        browser = Chromium.start(1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the workflow buttons redirect: an element read while the page is replaced is simply read again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        Chromium.close(browser, String.format("MotionPagesIT-%s-%02d-last", testName, ++shots));
    }

    @BrowserTest
    void aDraftSubmittedIsNumberedSecondedFromTheHomePageAndAdmitted() {
        String title = "Browser motion " + suffix();
        signIn(PROPOSER);
        long id = draftInGeneralAssembly(title, "The coalition supports *cooperatives*.", false);
        assertThat(text(By.id("motion:status"))).isIn(translations("motion.status.DRAFT"));
        assertThat(browser.findElements(By.id("motion:number"))).as("a draft has no number").isEmpty();

        click(By.id("motion:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:number")));
        String number = text(By.id("motion:number"));
        assertThat(number).matches("GA-" + Year.now(ZoneOffset.UTC).getValue() + "-\\d{3}");
        assertThat(text(By.id("motion:status"))).isIn(translations("motion.status.SUBMITTED"));
        assertThat(text(By.id("motion:secondsCount"))).isEqualTo("0 / 1");
        screenshot("submitted");

        signOut();
        signIn(SECONDER);
        assertThat(text(By.id("awaiting"))).contains(number).contains(title);
        screenshot("home-awaiting");
        click(By.xpath("//div[@id='awaiting']//a[contains(., '" + number + "')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:second")));
        assertThat(text(By.id("motion:number"))).isEqualTo(number);
        assertThat(browser.findElements(By.id("motion:admit"))).as("delegates do not admit").isEmpty();
        click(By.id("motion:second"));
        wait.until(ExpectedConditions.textToBe(By.id("motion:secondsCount"), "1 / 1"));
        assertThat(text(By.id("motion:seconds"))).contains("ICA");
        assertThat(browser.findElements(By.id("motion:second"))).as("seconded once").isEmpty();
        screenshot("seconded");

        signOut();
        signIn("secretariat");
        openMotion(id);
        click(By.id("motion:admit"));
        wait.until(driver -> translations("motion.status.ADMITTED").contains(driver.findElement(By.id("motion:status")).getText()));
        assertThat(text(By.id("motion:history"))).containsAnyOf(translations("audit.action.motion.admitted").toArray(String[]::new));
        screenshot("admitted");

        signOut();
        signIn("delegate.ripess");
        openMotion(id);
        click(By.id("motion:amend"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("amendment:paragraph_input")));
        choose("amendment:paragraph", "1");
        type(By.id("amendment:title"), "Sharper wording");
        type(By.id("amendment:text"), "The coalition supports *all* cooperatives.");
        screenshot("amend");
        click(By.id("amendment:propose"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:amends")));
        assertThat(text(By.id("motion:amends"))).contains(number);
        assertThat(text(By.id("motion:paragraph"))).isIn(translations("amendment.paragraphNumber", 1));
        assertThat(text(By.id("motion:number"))).matches("GA-\\d{4}-\\d{3}").isNotEqualTo(number);
        screenshot("amendment");
        click(By.id("motion:amendsLink"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("motion:amendments"), "Sharper wording"));
    }

    @BrowserTest
    void aTranslationSaysItIsNotAuthoritativeShowsTheOriginalAndBecomesOfficialOnceApproved() {
        String title = "Browser translated " + suffix();
        signIn(PROPOSER);
        long id = draftInGeneralAssembly(title, "Cooperatives first.", true);
        assertThat(browser.findElements(By.id("translation:official"))).as("only the secretariat makes it official").isEmpty();
        choose("translation:language", "FR");
        type(By.id("translation:title"), "Motion traduite " + title);
        type(By.id("translation:text"), "Les coopératives d'abord.");
        click(By.id("translation:add"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("motion:translations"), "Motion traduite"));
        assertThat(text(By.id("motion:translations"))).containsAnyOf(translations("motion.translation.UNOFFICIAL").toArray(String[]::new));
        screenshot("translated");
        signOut();

        signIn("secretariat");
        switchLanguage("FR");
        openMotion(id);
        assertThat(text(By.id("motion:title"))).isEqualTo("Motion traduite " + title);
        assertThat(text(By.id("motion:authority")))
                .isEqualTo("Traduction non officielle - le texte qui fait foi est l'original en anglais.");
        assertThat(text(By.id("motion:text"))).isEqualTo("Les coopératives d'abord.");
        click(By.id("motion:toggleOriginal"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("motion:originalTitle")));
        assertThat(text(By.id("motion:originalTitle"))).isEqualTo(title);
        assertThat(text(By.id("motion:original"))).contains("Cooperatives first.");
        screenshot("original");
        click(By.id("motion:translations:0:approve"));
        wait.until(ExpectedConditions.textToBe(By.id("motion:authority"),
                "Traduction officielle - le texte qui fait foi est l'original en anglais."));
        assertThat(browser.findElements(By.id("motion:translations:0:approve"))).isEmpty();
        screenshot("approved");
    }

    @BrowserTest
    void markupInATitleOrATextIsShownAndNeverRun() {
        String title = "<script>window.__xss=1</script>";
        String text = "Hostile " + suffix() + " <img src=x onerror=alert(1)>\n\n"
                + "<img src=x onerror=\"window.__xss=2\">\n\n"
                + "<script>window.__xss=3</script>\n\n"
                + "[click](javascript:window.__xss=4)";
        signIn(PROPOSER);
        long id = draftInGeneralAssembly(title, text, true);

        openMotion(id);
        assertThat(text(By.id("motion:title"))).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector(".motion-text img, .motion-text script"))).isEmpty();
        assertNothingRan();
        List<WebElement> links = browser.findElements(By.cssSelector(".motion-text a"));
        if (!links.isEmpty()) {
            links.get(0).click();
            assertNothingRan();
        }
        screenshot("motion");

        openGeneralAssemblyList();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("motions:table:globalFilter")));
        search.sendKeys("window.__xss=1");
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions:table_data"), title));
        assertThat(browser.findElements(By.cssSelector("#motions\\:table_data a.motion-link")))
                .extracting(WebElement::getText).contains(title);
        assertNothingRan();
        screenshot("list");

        String steering = browser.findElement(
                By.xpath("//select[@id='motions:body_input']/option[starts-with(normalize-space(.), 'SC - ')]")).getDomProperty("value");
        chooseAndChange("motions:body", steering);
        wait.until(ExpectedConditions.urlContains("body=" + steering));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motions:table_data")));
        assertThat(text(By.id("motions:table_data"))).doesNotContain(title);
        assertNothingRan();
    }

    @BrowserTest
    void aSecondVersionIsComparedWithTheFirstSideBySide() {
        String title = "Browser versions " + suffix();
        signIn(PROPOSER);
        long id = draftInGeneralAssembly(title, "The coalition supports cooperatives.\n\nSecond paragraph stays.", true);

        click(By.id("motion:edit"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:title"))).clear();
        click(By.id("editor:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:titleError")));
        assertThat(text(By.id("editor:titleError"))).isNotBlank();
        assertThat(browser.getCurrentUrl()).as("nothing saved, still editing").contains("edit.xhtml");
        screenshot("refused");
        type(By.id("editor:title"), title);
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:text")));
        field.clear();
        field.sendKeys("The coalition warmly supports cooperatives.\n\nSecond paragraph stays.");
        screenshot("edit");
        click(By.id("editor:save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:compare")));
        assertThat(browser.getCurrentUrl()).contains("id=" + id);
        choose("motion:from", "1");
        choose("motion:to", "2");
        click(By.id("motion:compare"));
        waitForAjax();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.diff ins")));
        ((JavascriptExecutor) browser).executeScript("document.querySelector('table.diff').scrollIntoView();");
        assertThat(browser.findElements(By.cssSelector("table.diff tr.diff-changed td.diff-new ins")))
                .extracting(WebElement::getText).anySatisfy(words -> assertThat(words).contains("warmly"));
        assertThat(browser.findElements(By.cssSelector("table.diff tr.diff-unchanged"))).isNotEmpty();
        screenshot("diff");

        click(By.id("motion:withdraw"));
        click(By.id("motion:confirmYes"));
        wait.until(driver -> translations("motion.status.WITHDRAWN").contains(driver.findElement(By.id("motion:status")).getText()));
        screenshot("withdrawn");
    }

    @BrowserTest
    void theFrenchPagesShowTheStatusInFrench() {
        String title = "Browser French " + suffix();
        signIn(PROPOSER);
        long id = draftInGeneralAssembly(title, "A motion to read in French.", true);
        signOut();

        signIn("secretariat");
        switchLanguage("FR");
        openMotion(id);
        assertThat(text(By.id("motion:status"))).isEqualTo("Déposée");
        assertThat(text(By.id("motion:authority"))).isEqualTo("Texte original : c'est le texte qui fait foi.");
        screenshot("motion-fr");
        openGeneralAssemblyList();
        assertThat(text(By.id("pageTitle"))).isEqualTo("Motions");
        assertThat(text(By.id("layout:navMotions"))).isEqualTo("Motions");
        chooseAndChange("motions:table:statusFilter", "WITHDRAWN");
        waitForAjax();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("motions:table_data"), title)));
        chooseAndChange("motions:table:statusFilter", "SUBMITTED");
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("motions:table_data"), title));
        assertThat(browser.findElements(By.cssSelector("#motions\\:table_data > tr > td:nth-child(4)")))
                .extracting(WebElement::getText).isNotEmpty().containsOnly("Déposée");
        screenshot("list-fr");
    }

    /** The id of the General Assembly, read from the list's body select (other tests add bodies of their own). */
    private String generalAssembly() {
        open("motions/list.xhtml");
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='motions:body_input']/option[starts-with(normalize-space(.), 'GA - ')]")));
        return option.getDomProperty("value");
    }

    /** The motions list of the General Assembly. */
    private void openGeneralAssemblyList() {
        open("motions/list.xhtml?body=" + generalAssembly());
    }

    /** Opens the editor of a new motion in the General Assembly, types it, saves it; returns its id, its page shown. */
    private long draftInGeneralAssembly(String title, String text, boolean submit) {
        String bodyId = generalAssembly();
        screenshot("list");
        open("motions/edit.xhtml?body=" + bodyId);
        type(By.id("editor:title"), title);
        type(By.id("editor:text"), text);
        type(By.id("editor:rationale"), "Because the browser test says so.");
        screenshot("editor");
        click(By.id(submit ? "editor:saveAndSubmit" : "editor:save"));
        wait.until(ExpectedConditions.urlContains("motions/motion.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:status")));
        screenshot(submit ? "submitted" : "drafted");
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private void assertNothingRan() {
        Object xss = ((JavascriptExecutor) browser).executeScript("return typeof window.__xss;");
        assertThat(xss).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private void openMotion(long id) {
        open("motions/motion.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motion:status")));
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

    private void signOut() {
        click(By.id("layout:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    private void switchLanguage(String code) {
        WebElement link = browser.findElement(By.id("layout:lang" + code));
        link.click();
        wait.until(Chromium.gone(link));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
    }

    /** Picks an option of a PrimeFaces select-one menu through its widget, as a click on the option does. */
    private void choose(String menuId, String value) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        assertThat(browser.findElement(By.id(menuId + "_input")).getDomProperty("value")).isEqualTo(value);
    }

    /** Picks an option and fires the menu's change, as a person's click on the option does (selectValue alone is silent). */
    private void chooseAndChange(String menuId, String value) {
        choose(menuId, value);
        ((JavascriptExecutor) browser).executeScript("jQuery(PrimeFaces.escapeClientId(arguments[0] + '_input')).trigger('change');", menuId);
    }

    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Keeps a picture of the page under target/screenshots, named after the test and the step. */
    private void screenshot(String step) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(String.format("MotionPagesIT-%s-%02d-%s.png", testName, ++shots, step)),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing picture never fails a test
        }
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
