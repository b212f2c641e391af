package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat's batch pages in a real browser (headless Chromium): the job monitor starts a job whose execution
 * the polled table then shows completed; the archive page verifies the chain (empty in a fresh run) and says so; a
 * delegate is refused both pages and an administrator, whom the services do not admit, is told they are for the
 * secretariat. Only the demonstration accounts are used, and nothing is assumed about other executions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchPagesIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String PURGE = "purge-expired-tokens";
    private static final String ARCHIVE = "archive-meetings";
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Chromium.close(browser, "BatchPagesIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @BrowserTest
    void theSecretariatStartsAJobFromTheMonitorAndSeesItsExecutionComplete() throws Exception {
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        click(By.id("layout:navJobs"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobs:catalogue")));
        assertThat(text(By.id("pageTitle"))).isIn(translations("jobs.title"));

        click(By.cssSelector("#jobs\\:catalogue tr.job-" + PURGE + " button"));
        waitForAjax();

        String started = text(By.cssSelector("#jobs\\:messages .ui-messages-info-summary"));
        assertThat(translations("job.name." + PURGE)).anySatisfy(name -> assertThat(started).startsWith(name));
        Matcher number = LAST_NUMBER.matcher(started);
        assertThat(number.find()).as(started).isTrue();
        String executionId = number.group(1);

        // the page polls every 5 seconds: the execution turns up, then reaches COMPLETED, without a reload
        WebElement completed = new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#jobs\\:executions tr.job-" + PURGE + ".status-COMPLETED")).stream()
                        .filter(row -> row.findElement(By.cssSelector("td")).getText().strip().equals(executionId))
                        .findFirst().orElse(null));
        List<WebElement> cells = completed.findElements(By.cssSelector("td"));
        assertThat(cells.get(1).getText()).isIn(translations("job.name." + PURGE));
        assertThat(cells.get(2).getText()).isIn(translations("job.status.COMPLETED"));
        assertThat(cells.get(3).getText()).as("started, in the reader's zone").contains("(");
        assertThat(cells.get(4).getText()).as("ended, in the reader's zone").contains("(");
        assertThat(completed.findElements(By.cssSelector("button"))).as("a completed execution is not restartable").isEmpty();
        screenshot("jobs");
    }

    @BrowserTest
    void theSecretariatVerifiesTheArchiveChainAndIsToldItHolds() throws Exception {
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        click(By.id("layout:navArchive"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive:packages")));
        assertThat(text(By.id("pageTitle"))).isIn(translations("archive.title"));
        boolean empty = !browser.findElements(By.cssSelector("#archive\\:packages .ui-datatable-empty-message")).isEmpty();

        click(By.id("archive:verifyChain"));
        waitForAjax();

        String verdict = text(By.cssSelector("#archive\\:messages .ui-messages-info-summary"));
        assertThat(browser.findElements(By.cssSelector("#archive\\:messages .ui-messages-error"))).isEmpty();
        if (empty) {
            assertThat(verdict).isIn(translations("archive.verified.empty"));
        } else {
            assertThat(verdict).isNotBlank();
        }
        screenshot("archive");
    }

    @BrowserTest
    void theSecretariatSealsTheHeldMeetingAndVerifyNamesTheFileChangedInItsPackage() throws Exception {
        signIn("secretariat", Deployments.DEMO_PASSWORD);
        click(By.id("layout:navJobs"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobs:catalogue")));
        click(By.cssSelector("#jobs\\:catalogue tr.job-" + ARCHIVE + " button"));
        waitForAjax();
        Matcher number = LAST_NUMBER.matcher(text(By.cssSelector("#jobs\\:messages .ui-messages-info-summary")));
        assertThat(number.find()).isTrue();
        String executionId = number.group(1);
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#jobs\\:executions tr.job-" + ARCHIVE + ".status-COMPLETED"))
                        .stream().anyMatch(row -> row.findElement(By.cssSelector("td")).getText().strip().equals(executionId)));

        click(By.id("layout:navArchive"));
        // the demonstration's Steering Committee sitting (closed, minutes approved) is sealed now if it was not before
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#archive\\:packages tbody tr")));
        assertThat(first.getAttribute("class")).doesNotContain("ui-datatable-empty-message");
        String fileName = first.findElements(By.cssSelector("td")).get(2).getText().strip();
        assertThat(fileName).matches("\\d{6}-meeting-\\d+\\.zip");
        click(By.cssSelector("#archive\\:packages tbody tr:first-child button"));
        waitForAjax();
        assertThat(text(By.cssSelector("#archive\\:messages .ui-messages-info-summary"))).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#archive\\:messages .ui-messages-error"))).isEmpty();

        Path file = Path.of(System.getProperty("it.h2.dir"), "archive", fileName);
        byte[] original = Files.readAllBytes(file);
        try {
            rewriteWithOneByteFlipped(file, "records/meeting.json");
            click(By.cssSelector("#archive\\:packages tbody tr:first-child button"));
            waitForAjax();
            assertThat(text(By.cssSelector("#archive\\:messages .ui-messages-error-summary")))
                    .isIn(translations("archive.problem.HASH_MISMATCH", fileName, "records/meeting.json"));
            screenshot("archive-problem");
        } finally {
            Files.write(file, original);
        }
        click(By.id("archive:verifyChain"));
        waitForAjax();
        assertThat(browser.findElements(By.cssSelector("#archive\\:messages .ui-messages-error"))).as("restored").isEmpty();
    }

    /** Rewrites a package with one byte of one entry changed and its manifest untouched, as a tamperer would. */
    private static void rewriteWithOneByteFlipped(Path file, String entryName) throws java.io.IOException {
        java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(rewritten)) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    content[content.length / 2] ^= 0x01;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, rewritten.toByteArray());
    }

    @BrowserTest
    void aDelegateIsRefusedBothPagesAndAnAdministratorIsToldTheyAreForTheSecretariat() {
        signIn("delegate.ica", Deployments.DEMO_PASSWORD);
        assertThat(browser.findElements(By.id("layout:navJobs"))).isEmpty();
        assertThat(browser.findElements(By.id("layout:navArchive"))).isEmpty();
        for (String page : List.of("admin/jobs.xhtml", "admin/archive.xhtml")) {
            open(page);
            assertThat(text(By.id("pageTitle"))).as(page).isIn(translations("error.403.title"));
            assertThat(browser.findElements(By.cssSelector("#jobs\\:executions, #archive\\:packages"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain("Caused by").doesNotContain(".java:");
        }

        open("index.xhtml"); // the error page has no header to sign out from
        click(By.id("layout:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        signIn("admin", Deployments.ADMIN_PASSWORD);
        assertThat(browser.findElements(By.id("layout:navJobs"))).as("not in an administrator's menu").isEmpty();
        for (String page : List.of("admin/jobs.xhtml", "admin/archive.xhtml")) {
            open(page);
            String form = page.contains("jobs") ? "jobs" : "archive";
            assertThat(text(By.id(form + ":secretariatOnly"))).as(page).isIn(translations("batch.secretariatOnly"));
            assertThat(browser.findElements(By.cssSelector("#jobs\\:executions, #archive\\:packages"))).isEmpty();
        }
    }

    private void open(String page) {
        browser.get(base.toString() + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
    }

    private void signIn(String username, String password) {
        browser.get(base.toString() + "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
    }

    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("BatchPagesIT-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The text of a key in each language of the pages (the secretariat's demonstration account reads French). */
    private static List<String> translations(String key, Object... arguments) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))
                .map(locale -> {
                    String pattern = ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
                })
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
