package id.go.merangin.sapo.web;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never a downloaded one) on the admin screens: opens pages, waits for
 * PrimeFaces' AJAX to settle, and keeps screenshots under {@code ear/target/screenshots}.
 */
public final class AdminBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base = "http://127.0.0.1:" + SapoDeployment.httpPort() + "/admin";

    public AdminBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--lang=id", "--accept-lang=id");
        // the screens speak the officer's language: Indonesian, as a browser in Merangin asks for
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public AdminBrowser open(String page) {
        driver.get(base + page);
        settle();
        return this;
    }

    public AdminBrowser logIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        return this;
    }

    public AdminBrowser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public AdminBrowser click(String id) {
        driver.findElement(By.id(id)).click();
        settle();
        return this;
    }

    /** Clicks the first visible element that matches a CSS selector (a dialog's button, a row's link). */
    public AdminBrowser clickVisible(String cssSelector) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until((WebDriver d) -> d.findElements(
                By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
        settle();
        return this;
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The visible text of the first row of table {@code tableId} that contains {@code text}. */
    public String rowContaining(String tableId, String text) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(row -> row.contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + tableId));
    }

    /** Whether the image {@code id} loaded (a broken or refused image has no natural width). */
    public boolean imageLoaded(String id) {
        return Boolean.TRUE.equals(script("var i = document.getElementById(arguments[0]);"
                + " return i != null && i.complete && i.naturalWidth > 0;", id));
    }

    /** The HTTP status of a GET of {@code page} with the browser's session, as a screen's link would get it. */
    public int statusOf(String page) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(function (r) { done(r.status); }, function () { done(-1); });", base + page);
        return ((Number) status).intValue();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until the page is loaded and PrimeFaces has no AJAX request in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until((WebDriver d) -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("sapo.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
