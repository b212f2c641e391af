package org.icsse.governance.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: the machine's headless Chromium (installed by {@code .ci/run}), named
 * explicitly so that Selenium never looks for one on the network, with a fresh profile under target/.
 */
public final class Chromium {

    private Chromium() {
    }

    /** A new browser window of the given height (pages of different lengths fit their screenshots). */
    public static WebDriver start(int windowHeight) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // --no-sandbox: Chromium refuses to run as root (CI) with its sandbox
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-GB", "--window-size=1400," + windowHeight, "--user-data-dir=" + profile);
        return new ChromeDriver(options);
    }

    /**
     * Ends a test's browser: a screenshot of the last page under {@code target/screenshots/<name>.png} if the browser
     * still answers, then quit. A browser that died under the test (see {@link BrowserTest}) neither hides the
     * test's own failure nor fails the clean-up.
     */
    public static void close(WebDriver browser, String name) {
        if (browser == null) {
            return;
        }
        try {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | WebDriverException noScreenshot) {
            // the screenshot is a help to read a failure, never a failure of its own
        } finally {
            try {
                browser.quit();
            } catch (WebDriverException alreadyGone) {
                // Chromium already exited
            }
        }
    }

    /**
     * The element has left the document (the page it was on was replaced). Chromium reports that as a stale
     * reference, or, while the new page is coming in, as an "unhandled inspector error: Node with given id does not
     * belong to the document"; {@code ExpectedConditions.stalenessOf} knows only the first.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException leftTheDocument) {
                return true;
            }
        };
    }
}
