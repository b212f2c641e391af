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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The ballot pages in a real browser (headless Chromium): a delegate votes, changes the vote and keeps each
 * receipt; another delegate votes; once closed, the ballot page shows the outcome, the chart, the roll call and
 * the receipts (only the latest receipt of a network is counted), a vote on a closed ballot is refused with a
 * message, and the public register shows the decision to a reader who is not signed in. A closed secret ballot,
 * read by a delegate, the chair, the secretariat and the administrator, never shows a network beside a choice.
 * Each test gets a body, a motion and a ballot of its own from a test-only servlet ({@link BallotPagesFixtureServlet}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BallotPagesIT {

    private static final String BUNDLE = "org.icsse.governance.web.i18n.messages";
    private static final String FIXTURE = "it/ballot-pages-fixture";
    private static final Pattern RECEIPT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}");
    private static final List<String> ELECTORATE = List.of("CAEA", "GSEF", "ICA", "PIMN");
    private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    /** The shipped WAR plus the fixture servlet, whose path the test web.xml opens (the shipped one does not). */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        WebArchive war = Deployments.application().addClass(BallotPagesFixtureServlet.class);
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
        browser = Chromium.start(1600);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Chromium.close(browser, "BallotPagesIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @BrowserTest
    void aDelegateVotesChangesTheVoteAndTheClosedNamedBallotShowsItsResultRollCallReceiptsAndDecision() throws Exception {
        Ballot ballot = fixture("stage=named");
        signIn("delegate.caea", Deployments.DEMO_PASSWORD);

        assertThat(text(By.id("ballotsOpen"))).contains(ballot.number(), ballot.title());
        assertThat(Integer.parseInt(text(By.id("layout:navVoteCount")))).isGreaterThanOrEqualTo(1);
        click(By.id("layout:navVote"));
        WebElement card = card(ballot);
        assertThat(card.getText()).contains(ballot.number(), ballot.title(), "The coalition publishes the results of its ballots.");
        assertThat(translations("ballot.rule.quorum", 2, 50, 4, 4, 50, 8)).anySatisfy(rule -> assertThat(card.getText()).contains(rule));
        assertThat(translations("ballot.rule.named")).anySatisfy(rule -> assertThat(card.getText()).contains(rule));
        assertThat(translations("ballot.vote.byProxy", "PIMN")).anySatisfy(proxy -> assertThat(line(ballot, "PIMN").getText()).contains(proxy));
        assertThat(line(ballot, "CAEA").getText()).doesNotContain(translations("ballot.vote.byProxy", "CAEA").get(0));
        WebElement forButton = button(ballot, "CAEA", "FOR");
        assertThat(forButton.getTagName()).isEqualTo("button");
        assertThat(inEachLanguage(i -> translation("ballot.vote.aria", i, translation("ballot.choice.FOR", i), "CAEA")))
                .contains(forButton.getDomAttribute("aria-label"));

        forButton.click();
        waitForAjax();

        String first = freshReceipt(ballot, "CAEA");
        assertThat(button(ballot, "CAEA", "FOR").getDomAttribute("class")).contains("vote-current");
        assertThat(text(By.cssSelector("#vote\\:messages .ui-messages-info-summary"))).contains("CAEA", ballot.number());
        assertThat(translations("ballot.receipt.keep")).anySatisfy(keep -> assertThat(line(ballot, "CAEA").getText()).contains(keep));
        screenshot("vote-receipt");

        WebElement against = button(ballot, "CAEA", "AGAINST");
        against.sendKeys(Keys.ENTER);
        waitForAjax();

        String second = freshReceipt(ballot, "CAEA");
        assertThat(second).isNotEqualTo(first);
        assertThat(button(ballot, "CAEA", "AGAINST").getDomAttribute("class")).contains("vote-current");
        assertThat(button(ballot, "CAEA", "FOR").getDomAttribute("class")).doesNotContain("vote-current");

        open("ballots/ballot.xhtml?id=" + ballot.id());
        assertThat(text(By.id("ballot:status"))).isIn(translations("ballot.status.OPEN"));
        assertThat(text(By.id("ballot:participationText"))).isIn(translations("ballot.participation.text", 1, 4, 1, 8));
        assertThat(text(By.id("ballot:quorumMissing"))).isIn(translations("ballot.participation.missing", 1, 3));
        assertThat(browser.findElements(By.id("ballot:result"))).as("no result while open").isEmpty();
        assertThat(browser.findElements(By.id("ballot:rollCallPanel"))).isEmpty();
        assertThat(browser.findElements(By.id("ballot:receiptsPanel"))).isEmpty();
        click(By.id("ballot:goVote"));
        card(ballot);

        signOut();
        signIn("delegate.gsef", Deployments.DEMO_PASSWORD);
        open("ballots/vote.xhtml");
        button(ballot, "GSEF", "FOR").click();
        waitForAjax();
        String gsefReceipt = freshReceipt(ballot, "GSEF");

        fixture("close=" + ballot.id());
        button(ballot, "GSEF", "ABSTAIN").click();
        waitForAjax();
        String refusal = text(By.cssSelector("#vote\\:messages .ui-messages-error-summary"));
        assertThat(translations("ballot.vote.refused", "")).anySatisfy(prefix -> assertThat(refusal).startsWith(prefix.strip()));
        assertThat(browser.findElements(By.cssSelector("section.voting-card[data-ballot='" + ballot.id() + "']"))).as("closed: gone").isEmpty();
        assertThat(content()).doesNotContain("Exception").doesNotContain(".java:");

        openBallot(ballot);
        assertThat(text(By.id("ballot:outcome"))).isIn(translations("ballot.outcome.ADOPTED"));
        assertThat(tally()).containsExactly("FOR 1 3", "AGAINST 1 1", "ABSTAIN 0 0");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ballot\\:chart canvas")));
        assertThat(translations("ballot.participation.text", 2, 4, 4, 8)).contains(text(By.id("ballot:participationText")));
        assertThat(text(By.id("ballot:quorumReached"))).isIn(translations("ballot.participation.reached"));
        String decision = text(By.id("ballot:decisionLink"));
        assertThat(decision).matches("ICSSE/\\d{4}/\\d{3,6}");
        assertThat(inEachLanguage(i -> List.of("CAEA 1 " + translation("ballot.choice.AGAINST", i),
                "GSEF 3 " + translation("ballot.choice.FOR", i), "ICA 3 " + translation("ballot.didNotVote", i),
                "PIMN 1 " + translation("ballot.didNotVote", i)))).contains(rows("ballot:rollCall"));
        List<String> receipts = browser.findElements(By.cssSelector("#receipts .receipt-code")).stream().map(WebElement::getText).toList();
        assertThat(receipts).containsExactlyInAnyOrder(second, gsefReceipt);

        checkReceipt(first);
        assertThat(text(By.id("ballot:receiptNotListed"))).isIn(translations("ballot.receipts.notListed"));
        checkReceipt(second.toLowerCase(Locale.ROOT));
        assertThat(text(By.id("ballot:receiptListed"))).isIn(translations("ballot.receipts.listed"));
        checkReceipt(" " + second);
        assertThat(text(By.id("ballot:receiptError"))).isNotBlank();
        assertThat(browser.findElements(By.id("ballot:receiptListed"))).isEmpty();
        assertThat(browser.findElements(By.id("ballot:recount"))).as("the secretariat's").isEmpty();
        screenshot("ballot-named");

        signOut();
        open("decisions.xhtml");
        assertThat(browser.findElements(By.id("layout:logout"))).as("anonymous").isEmpty();
        type(By.id("decisions:text"), ballot.title());
        click(By.id("decisions:searchButton"));
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions:table_data"), decision));
        assertThat(rows("decisions:table")).singleElement().satisfies(row -> assertThat(row).contains(decision, ballot.title(), ballot.code(), "(UTC)"));
        assertThat(browser.findElements(By.cssSelector("#decisions\\:table .ballot-link"))).as("the ballot is for members").isEmpty();
        type(By.id("decisions:year"), "2000");
        click(By.id("decisions:searchButton"));
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decisions\\:table_data > tr.ui-datatable-empty-message")));
        assertThat(rows("decisions:table")).as("no decision of %s in 2000", ballot.title()).isEmpty();
        type(By.id("decisions:year"), decision.substring("ICSSE/".length(), "ICSSE/".length() + 4));
        click(By.id("decisions:searchButton"));
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions:table_data"), decision));
        click(By.cssSelector("#decisions\\:table_data .ui-row-toggler"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions:table_data"), "The coalition publishes the results of its ballots."));
        screenshot("decisions-public");
    }

    @BrowserTest
    void aClosedSecretBallotNeverShowsANetworkBesideAChoice() throws Exception {
        Ballot ballot = fixture("stage=secret");
        for (String[] account : new String[][] {{"delegate.caea", Deployments.DEMO_PASSWORD}, {"chair", Deployments.DEMO_PASSWORD},
                {"secretariat", Deployments.DEMO_PASSWORD}, {"admin", Deployments.ADMIN_PASSWORD}}) {
            signIn(account[0], account[1]);

            openBallot(ballot);
            assertThat(text(By.id("ballot:outcome"))).as(account[0]).isIn(translations("ballot.outcome.REJECTED"));
            assertThat(tally()).containsExactly("FOR 1 1", "AGAINST 1 3", "ABSTAIN 1 3");
            assertThat(translations("ballot.rule.secret")).anySatisfy(rule -> assertThat(content()).contains(rule));
            assertThat(browser.findElements(By.id("ballot:rollCallPanel"))).as("no roll call for %s", account[0]).isEmpty();
            assertThat(browser.findElements(By.cssSelector("#receipts .receipt-code"))).as(account[0]).hasSize(3);
            assertNoNetworkBesideAChoice(account[0] + " on the ballot page", text(By.id("tally")));
            if (account[0].equals("secretariat")) {
                click(By.id("ballot:recount"));
                waitForAjax();
                assertThat(text(By.id("ballot:recountMatches"))).isIn(translations("ballot.recount.matches", 3));
            } else {
                assertThat(browser.findElements(By.id("ballot:recount"))).isEmpty();
            }

            open("decisions.xhtml?text=" + ballot.title().replace(' ', '+'));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions:table")));
            assertThat(text(By.id("decisions:table_data"))).as("rejected: no decision").doesNotContain(ballot.title());
            assertNoNetworkBesideAChoice(account[0] + " on the register", "");

            if (account[0].startsWith("delegate.")) {
                open("ballots/vote.xhtml");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vote")));
                assertThat(browser.findElements(By.cssSelector("section.voting-card[data-ballot='" + ballot.id() + "']"))).isEmpty();
            }
            signOut();
        }
    }

    /**
     * No network of the electorate is named anywhere in the page's content, and the words for the choices appear
     * only in the totals ({@code allowed}): nothing can pair a network with a choice.
     */
    private void assertNoNetworkBesideAChoice(String where, String allowed) {
        String content = content();
        for (String acronym : ELECTORATE) {
            assertThat(Pattern.compile("\\b" + acronym + "\\b").matcher(content).find()).as("%s names %s", where, acronym).isFalse();
        }
        for (String choice : CHOICES) {
            for (String word : translations("ballot.choice." + choice)) {
                assertThat(occurrences(content, word)).as("%s: '%s' outside the totals", where, word).isEqualTo(occurrences(allowed, word));
            }
        }
    }

    private static int occurrences(String text, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The totals, one line per choice: its key, the networks and the weight. */
    private List<String> tally() {
        return CHOICES.stream().map(choice -> {
            WebElement row = browser.findElement(By.cssSelector("#tally tr.tally-" + choice));
            return choice + " " + row.findElement(By.cssSelector(".tally-networks")).getText() + " "
                    + row.findElement(By.cssSelector(".tally-weight")).getText();
        }).toList();
    }

    private void checkReceipt(String code) {
        type(By.id("ballot:receipt"), code);
        click(By.id("ballot:checkReceipt"));
        waitForAjax();
    }

    private WebElement card(Ballot ballot) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.voting-card[data-ballot='" + ballot.id() + "']")));
    }

    private WebElement line(Ballot ballot, String acronym) {
        return card(ballot).findElement(By.cssSelector("div.vote-line[data-network='" + acronym + "']"));
    }

    private WebElement button(Ballot ballot, String acronym, String choice) {
        By selector = By.cssSelector("section.voting-card[data-ballot='" + ballot.id() + "'] div.vote-line[data-network='" + acronym
                + "'] button.vote-" + choice);
        return wait.until(ExpectedConditions.elementToBeClickable(selector));
    }

    /** The receipt just given for the network, shown in its box; in the form of a receipt code. */
    private String freshReceipt(Ballot ballot, String acronym) {
        By fresh = By.cssSelector("section.voting-card[data-ballot='" + ballot.id() + "'] div.vote-line[data-network='" + acronym
                + "'] .receipt-fresh");
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(fresh)).getText();
        assertThat(code).matches(RECEIPT);
        return code;
    }

    private void openBallot(Ballot ballot) {
        open("ballots/ballot.xhtml?id=" + ballot.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballot:outcome")));
    }

    /** A body, a motion and a ballot from the fixture servlet, or a ballot closed by it. */
    private Ballot fixture(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + FIXTURE + "?" + query)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String[] lines = response.body().split("\n");
        return new Ballot(Long.parseLong(lines[0].strip()), lines[2].strip(), lines[3].strip(), lines[4].strip());
    }

    private record Ballot(long id, String number, String title, String code) {
    }

    private String content() {
        return browser.findElement(By.cssSelector("main.content")).getText();
    }

    /** The text of each row of a table (none when it shows its empty message), cells separated by one space. */
    private List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data > tr:not(.ui-datatable-empty-message):not(.ui-expanded-row-content)"))
                .stream().map(row -> String.join(" ", row.findElements(By.tagName("td")).stream().map(WebElement::getText)
                        .filter(cell -> !cell.isBlank()).toList()))
                .toList();
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

    private void signOut() {
        open("index.xhtml");
        click(By.id("layout:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("BallotPagesIT-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    /** The text of a key in each language of the pages (which one is shown depends on the account). */
    private static List<String> translations(String key, Object... arguments) {
        return inEachLanguage(i -> translation(key, i, arguments));
    }

    /** Something made of texts of one language, for each language of the pages. */
    private static <T> List<T> inEachLanguage(java.util.function.IntFunction<T> make) {
        return java.util.stream.IntStream.range(0, LANGUAGES.size()).mapToObj(make).toList();
    }

    /** The text of a key in the language of that index. */
    private static String translation(String key, int language, Object... arguments) {
        Locale locale = LANGUAGES.get(language);
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, exact).getString(key), locale).format(arguments);
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
