package id.go.merangin.sapo.web;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never a downloaded one) on the admin screens: opens pages, waits for
 * PrimeFaces' AJAX to settle, and keeps screenshots under {@code ear/target/screenshots}.
 */
public final class AdminBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path downloads;
    private final String base = "http://127.0.0.1:" + SapoDeployment.httpPort() + "/admin";

    public AdminBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--lang=id", "--accept-lang=id");
        // the screens speak the officer's language: Indonesian, as a browser in Merangin asks for
        try {
            downloads = Files.createTempDirectory("sapo-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
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
        // the login posts the whole page: wait for its answer (a new page, or the refusal), lest the next page
        // opened be replaced by the login's late redirect
        new WebDriverWait(driver, Duration.ofSeconds(15)).until((WebDriver d) -> !d.getCurrentUrl().contains(
                "/login.xhtml") || d.findElements(By.cssSelector("[id='login:messages'] .ui-messages-error")).stream()
                .anyMatch(WebElement::isDisplayed));
        settle();
        return this;
    }

    /** Types a date (dd/MM/yyyy) into a PrimeFaces date picker and closes its calendar, which would cover buttons. */
    public AdminBrowser typeDate(String id, String text) {
        type(id + "_input", text);
        // the calendar opens as the field takes focus; closed as the officer's Escape would close it
        new WebDriverWait(driver, Duration.ofSeconds(5)).until((WebDriver d) -> Boolean.TRUE.equals(script(
                "var picker = PrimeFaces.getWidgetById(arguments[0]); if (picker) { picker.hide(); }"
                        + " var panel = document.getElementById(arguments[0] + '_panel');"
                        + " return !panel || panel.offsetParent === null;", id)));
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

    /** Clicks inside element {@code id}, {@code dx}, {@code dy} pixels off its centre (a spot on the map). */
    public AdminBrowser clickAt(String id, int dx, int dy) {
        WebElement element = driver.findElement(By.id(id));
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver).moveToElement(element, dx, dy).click().perform();
        settle();
        return this;
    }

    /** Drags the last element matching {@code cssSelector} by {@code dx}, {@code dy} pixels. */
    public AdminBrowser dragLast(String cssSelector, int dx, int dy) {
        List<WebElement> found = driver.findElements(By.cssSelector(cssSelector));
        script("arguments[0].scrollIntoView({block: 'center'});", found.get(found.size() - 1));
        new Actions(driver).moveToElement(found.get(found.size() - 1)).clickAndHold().moveByOffset(dx / 2, dy / 2)
                .moveByOffset(dx - dx / 2, dy - dy / 2).release().perform();
        settle();
        return this;
    }

    /** Clicks the element whose id ends with {@code ":" + idSuffix} in the first row of a table that holds text. */
    public AdminBrowser clickInRow(String tableId, String text, String idSuffix) {
        driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + tableId))
                .findElement(By.cssSelector("[id$=':" + idSuffix + "']"))
                .click();
        settle();
        return this;
    }

    /** Gives the file input inside component {@code id} a file, as choosing it in the dialog would. */
    public AdminBrowser upload(String id, Path file) {
        driver.findElement(By.cssSelector("[id='" + id + "'] input[type=file]")).sendKeys(file.toString());
        return this;
    }

    /** Waits until element {@code id} is on the page (after an upload, which is not a queued AJAX request). */
    public AdminBrowser waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until((WebDriver d) -> !d.findElements(By.id(id)).isEmpty());
        settle();
        return this;
    }

    /** What an input holds now (typed, or written by the page's script). */
    public String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Answers "Ya" in PrimeFaces' confirm dialog and waits until the dialog and its mask are gone. */
    public AdminBrowser confirmYes() {
        clickVisible(".ui-confirmdialog-yes");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until((WebDriver d) -> d.findElements(
                By.cssSelector(".ui-confirm-dialog, .ui-widget-overlay")).stream().noneMatch(WebElement::isDisplayed));
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

    /** The visible text of the first row of table {@code tableId} that contains every one of {@code texts}. */
    public String rowContaining(String tableId, String... texts) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(row -> java.util.Arrays.stream(texts).allMatch(row::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + String.join(", ", texts) + " in " + tableId));
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

    /**
     * The response headers (names in lower case) of a GET of {@code page} (a path of the admin screens, or a whole
     * URL) with the browser's session, plus {@code status} and the final {@code url}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> headersOf(String page) {
        return (Map<String, String>) asyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + " var all = {status: String(r.status), url: r.url};"
                + " r.headers.forEach(function (value, name) { all[name] = value; }); done(all); },"
                + " function () { done({}); });", page.startsWith("/") ? base + page : page);
    }

    /** The browser's cookie of this name for the admin screens, or null. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Puts a cookie into the browser (which must have a page of the admin screens open). */
    public void addCookie(Cookie cookie) {
        driver.manage().addCookie(cookie);
    }

    /** Runs an asynchronous script: it answers by calling its last argument. */
    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
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

    /** The file the browser downloaded whose name ends with {@code suffix}, once it is complete. */
    public Path downloaded(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> find(suffix) != null);
        return find(suffix);
    }

    private Path find(String suffix) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Resizes the window, e.g. to a phone's 390×844. */
    public AdminBrowser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
