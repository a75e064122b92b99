package id.go.merangin.sapo.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every admin screen test shares: a fresh headless Chromium per test, closed afterwards. */
abstract class AdminScreenTest {

    /** The password of every demo login (the test server loads the demo data). */
    static final String DEMO_PASSWORD = "Demo#Sapo2026";

    AdminBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new AdminBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
