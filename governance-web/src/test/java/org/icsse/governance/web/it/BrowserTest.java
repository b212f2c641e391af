package org.icsse.governance.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junitpioneer.jupiter.RetryingTest;
import org.openqa.selenium.NoSuchSessionException;

/**
 * A browser test: run once more, in a new browser, only when Chromium itself went away under it. On the 2-core CI
 * machine the headless renderer has been seen to die in the middle of a click ("invalid session id: session deleted
 * as the browser has closed the connection from disconnected: Unable to receive message from renderer", BatchPagesIT,
 * 1 December 2026); that says nothing about the application. Any other failure, an assertion or a timeout, fails the
 * test at once: {@link RetryingTest} retries only on the exceptions named here and reports the first attempt as
 * aborted.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RetryingTest(maxAttempts = 2, onExceptions = NoSuchSessionException.class)
public @interface BrowserTest {
}
