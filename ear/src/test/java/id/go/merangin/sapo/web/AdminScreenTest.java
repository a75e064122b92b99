package id.go.merangin.sapo.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every admin screen test shares: a fresh headless Chromium per test, closed afterwards. */
abstract class AdminScreenTest {

    /** The password of every demo login (the test server loads the demo data). */
    static final String DEMO_PASSWORD = "Demo#Sapo2026";

    AdminBrowser browser;

    /** A failed test leaves a screenshot of what the browser showed, named after the test. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = new AdminBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
