package org.icsse.governance.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The meetings pages in real browsers (headless Chromium): planning a meeting in its own time zone and
 * ordering its agenda by drag and drop; a check-in in one browser reaching the chair console open in
 * another within two seconds, without a reload; a proxy counting its giver once the holder is present; the
 * status in French. Each test plans its own meeting of the General Assembly and opens its own browsers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingPagesIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String DAKAR = "Africa/Dakar";
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    /** Keeps a picture of the last page of each browser of the test under target/screenshots, then closes them. */
    @AfterEach
    void closeBrowsers(TestInfo test) {
        String name = "MeetingPagesIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
        for (int i = 0; i < browsers.size(); i++) {
            Chromium.close(browsers.get(i), name + (i == 0 ? "" : "-" + (i + 1)));
        }
    }

    @BrowserTest
    void theSecretariatPlansAMeetingInItsOwnZoneAndReordersItsAgendaByDragAndDrop() {
        Browser secretariat = open("secretariat");
        String title = "Assembly " + suffix();
        long id = secretariat.planMeeting(title);

        assertThat(secretariat.text(By.id("meeting:scheduleMeeting"))).contains(DAKAR).contains("09:00").contains("17:00");
        assertThat(secretariat.text(By.id("meeting:scheduleYours"))).contains("Europe/Paris").contains("10:00").contains("18:00");
        assertThat(secretariat.text(By.id("meeting:venue"))).isEqualTo("Dakar, " + title);
        assertThat(secretariat.driver.findElement(By.id("meeting:ics")).getDomAttribute("href")).endsWith("/meetings/ics?id=" + id);

        String[] items = secretariat.addTwoItemsAndDragTheSecondOnTop();

        assertThat(secretariat.agendaTitles()).as("the agenda as the service returns it after the drop")
                .containsExactly(items[1], items[0]);

        secretariat.openGeneralAssemblyList();
        assertThat(secretariat.text(By.id("meetings:table_data"))).contains(title).contains(translations("meeting.status.PLANNED").get(1));
    }

    @BrowserTest
    void theAgendaOrderSetByDragAndDropSurvivesAReload() {
        Browser secretariat = open("secretariat");
        long id = secretariat.planMeeting("Order " + suffix());
        String[] items = secretariat.addTwoItemsAndDragTheSecondOnTop();

        secretariat.get("meetings/meeting.xhtml?id=" + id);

        assertThat(secretariat.agendaTitles()).as("the agenda read again from the database").containsExactly(items[1], items[0]);
    }

    @BrowserTest
    void aCheckInInOneBrowserReachesTheChairConsoleInAnotherWithinTwoSeconds() {
        Browser chair = open("secretariat");
        long id = chair.planMeeting("Sitting " + suffix());
        chair.signOut();
        chair.signIn("chair");
        chair.get("meetings/console.xhtml?id=" + id);
        chair.click(By.id("console:open"));
        chair.waitForAjax();
        chair.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("console:status"), translations("meeting.status.IN_SESSION").get(0)));
        assertThat(chair.presenceOf("console", "GSEF")).isIn(translations("meeting.presence.ABSENT"));
        long networksBefore = chair.firstNumber(By.id("console:networksMeter"));
        long weightBefore = chair.firstNumber(By.id("console:weightMeter"));

        Browser delegate = open("delegate.gsef");
        delegate.get("meetings/meeting.xhtml?id=" + id);
        delegate.click(checkInButton("meeting", "GSEF"));
        delegate.waitForAjax();
        assertThat(delegate.presenceOf("meeting", "GSEF")).isIn(translations("meeting.presence.IN_PERSON"));

        WebDriverWait twoSeconds = new WebDriverWait(chair.driver, Duration.ofSeconds(2));
        twoSeconds.until(driver -> translations("meeting.presence.IN_PERSON").contains(chair.presenceOf("console", "GSEF")));
        twoSeconds.until(driver -> chair.firstNumber(By.id("console:networksMeter")) == networksBefore + 1);
        assertThat(chair.firstNumber(By.id("console:weightMeter"))).isGreaterThan(weightBefore);
    }

    @BrowserTest
    void aProxyCountsItsGiverOnceItsHolderIsPresent() {
        Browser browser = open("secretariat");
        long id = browser.planMeeting("Proxies " + suffix());
        browser.signOut();

        browser.signIn("delegate.ica");
        browser.get("meetings/meeting.xhtml?id=" + id);
        browser.chooseByLabel("meeting:holder", "RIPESS");
        browser.click(By.id("meeting:giveProxy"));
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting:proxies_data"), "RIPESS"));
        assertThat(browser.text(By.id("meeting:proxies_data"))).contains("ICA");
        browser.signOut();

        browser.signIn("secretariat");
        browser.get("meetings/console.xhtml?id=" + id);
        browser.click(By.id("console:open"));
        browser.waitForAjax();
        assertThat(browser.firstNumber(By.id("console:networksMeter"))).isZero();
        browser.click(checkInButton("console", "RIPESS"));
        browser.waitForAjax();

        browser.wait.until(driver -> browser.firstNumber(By.id("console:networksMeter")) == 2);
        assertThat(browser.presenceOf("console", "RIPESS")).isIn(translations("meeting.presence.IN_PERSON"));
        assertThat(browser.presenceOf("console", "ICA")).isIn(translations("meeting.presence.BY_PROXY"));
        assertThat(browser.text(By.id("console:quorumNotMet"))).isNotBlank();
    }

    @BrowserTest
    void theFrenchPagesShowTheMeetingStatusInFrench() {
        Browser browser = open("secretariat");
        long id = browser.planMeeting("Langues " + suffix());
        try {
            browser.switchLanguage("EN");
            browser.get("meetings/meeting.xhtml?id=" + id);
            assertThat(browser.text(By.id("meeting:status"))).isEqualTo(text(Locale.ENGLISH, "meeting.status.PLANNED"));

            browser.switchLanguage("FR");
            browser.get("meetings/meeting.xhtml?id=" + id);
            assertThat(browser.text(By.id("meeting:status"))).isEqualTo(text(Locale.FRENCH, "meeting.status.PLANNED"))
                    .isEqualTo("Prévue");
            assertThat(browser.text(By.id("layout:navMeetings"))).isEqualTo("Réunions");
        } finally {
            browser.switchLanguage("FR");
        }
    }

    /** A new browser, signed in. */
    private Browser open(String username) {
        Browser browser = new Browser(newDriver());
        browsers.add(browser.driver);
        browser.signIn(username);
        return browser;
    }

    private static WebDriver newDriver() {
        return Chromium.start(1600);
    }

    /** The check-in button of a network's row in the attendance table of a form. */
    private static By checkInButton(String form, String acronym) {
        return By.xpath("//tbody[@id='" + form + ":attendance_data']/tr[td[1][normalize-space()='" + acronym
                + "']]//button[contains(@id,':checkIn')]");
    }

    /** The text of a key in each language of the pages (which one is shown depends on the account). */
    private static List<String> translations(String key, Object... arguments) {
        return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")).map(locale -> text(locale, key, arguments)).toList();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key), locale).format(arguments);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** One browser and the steps a person takes in it. */
    private final class Browser {

        final WebDriver driver;
        final WebDriverWait wait;

        Browser(WebDriver driver) {
            this.driver = driver;
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        void get(String page) {
            driver.get(base.toString() + page);
        }

        void signIn(String username) {
            get("login.xhtml");
            type(By.id("login:username"), username);
            type(By.id("login:password"), Deployments.DEMO_PASSWORD);
            click(By.id("login:signIn"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layout:logout")));
        }

        void signOut() {
            click(By.id("layout:logout"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        }

        void switchLanguage(String code) {
            WebElement link = driver.findElement(By.id("layout:lang" + code));
            link.click();
            wait.until(Chromium.gone(link));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        }

        /** Plans a meeting of the General Assembly tomorrow 09:00–17:00 in Dakar; returns its id, its page open. */
        /** The meetings of the General Assembly, chosen by its id: other tests add bodies that sort before it. */
        void openGeneralAssemblyList() {
            get("meetings/list.xhtml");
            String generalAssembly = driver.findElements(By.cssSelector("#meetings\\:body_input option")).stream()
                    .filter(option -> option.getDomProperty("textContent").endsWith("(GA)"))
                    .map(option -> option.getDomProperty("value")).findFirst().orElseThrow();
            get("meetings/list.xhtml?body=" + generalAssembly);
        }

        long planMeeting(String title) {
            openGeneralAssemblyList();
            click(By.id("meetings:plan"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planner:title")));
            type(By.id("planner:title"), title);
            type(By.id("planner:venue"), "Dakar, " + title);
            choose("planner:timeZone", DAKAR);
            String day = LocalDate.now(ZoneId.of(DAKAR)).plusDays(1).toString();
            pickDateTime("planner:start", day, 9);
            pickDateTime("planner:end", day, 17);
            assertThat(driver.findElement(By.id("planner:venue")).getDomProperty("value")).isEqualTo("Dakar, " + title);
            click(By.id("planner:save"));
            wait.until(ExpectedConditions.urlContains("meetings/meeting.xhtml"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:summary")));
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(driver.getCurrentUrl());
            assertThat(id.find()).as("the meeting page names the meeting: %s", driver.getCurrentUrl()).isTrue();
            return Long.parseLong(id.group(1));
        }

        /** Picks a day and an hour in a date-time picker through its widget, as clicks in its panel do. */
        void pickDateTime(String pickerId, String isoDay, int hour) {
            LocalDate day = LocalDate.parse(isoDay);
            WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(pickerId + "_input")));
            ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate("
                    + "new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4], 0));",
                    pickerId, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour);
            assertThat(input.getDomProperty("value")).isEqualTo(isoDay + String.format(" %02d:00", hour));
        }

        /** Adds a report and a discussion, then drags the discussion's handle above the report; returns both titles. */
        String[] addTwoItemsAndDragTheSecondOnTop() {
            String first = "Report of the secretariat " + suffix();
            String second = "Discussion on the charter " + suffix();
            addFreeItem("REPORT", first);
            addFreeItem("DISCUSSION", second);
            assertThat(agendaTitles()).containsExactly(first, second);

            List<WebElement> handles = driver.findElements(By.cssSelector("#meeting\\:agenda_data .drag-handle"));
            new Actions(driver).moveToElement(handles.get(1)).clickAndHold().pause(Duration.ofMillis(200))
                    .moveByOffset(0, -5).pause(Duration.ofMillis(200)).moveByOffset(0, -20).pause(Duration.ofMillis(200))
                    .moveToElement(handles.get(0)).pause(Duration.ofMillis(200)).moveByOffset(0, -15).pause(Duration.ofMillis(200))
                    .release().perform();
            waitForAjax();
            return new String[] {first, second};
        }

        void addFreeItem(String kind, String title) {
            choose("meeting:kind", kind);
            type(By.id("meeting:itemTitle"), title);
            click(By.id("meeting:addItem"));
            waitForAjax();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting:agenda_data"), title));
        }

        List<String> agendaTitles() {
            return driver.findElements(By.cssSelector("#meeting\\:agenda_data .item-title")).stream().map(WebElement::getText).toList();
        }

        /** The presence shown for a network in the attendance table of a form. */
        String presenceOf(String form, String acronym) {
            return driver.findElement(By.xpath("//tbody[@id='" + form + ":attendance_data']/tr[td[1][normalize-space()='" + acronym
                    + "']]//span[contains(@id,':presence')]")).getText();
        }

        long firstNumber(By target) {
            Matcher number = FIRST_NUMBER.matcher(driver.findElement(target).getText());
            return number.find() ? Long.parseLong(number.group(1)) : -1;
        }

        /** Picks an option of a select-one menu through its widget, as a click on the option does. */
        void choose(String menuId, String value) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
            ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
            assertThat(driver.findElement(By.id(menuId + "_input")).getDomProperty("value")).isEqualTo(value);
        }

        /** Picks the option of a select-one menu whose label starts with the text. */
        void chooseByLabel(String menuId, String labelStart) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
            String value = driver.findElements(By.cssSelector("#" + menuId.replace(":", "\\:") + "_input option")).stream()
                    .filter(option -> option.getDomProperty("textContent").startsWith(labelStart + " "))
                    .map(option -> option.getDomProperty("value")).findFirst().orElseThrow();
            choose(menuId, value);
        }

        void waitForAjax() {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
        }

        void type(By field, String text) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
            element.clear();
            element.sendKeys(text);
        }

        void click(By target) {
            wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        }

        String text(By target) {
            return wait.until(ExpectedConditions.presenceOfElementLocated(target)).getText();
        }
    }
}
