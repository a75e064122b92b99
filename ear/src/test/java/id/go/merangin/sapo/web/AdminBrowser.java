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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
    private final String base;

    public AdminBrowser() {
        this("http://127.0.0.1:" + SapoDeployment.httpPort());
    }

    /** A browser of the admin screens of the SAPO at {@code server} (a node, or a balancer). */
    public AdminBrowser(String server) {
        base = server + "/admin";
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=id",
                "--accept-lang=id");
        // the screens speak the officer's language: Indonesian, as a browser in Merangin asks for
        try {
            downloads = Files.createTempDirectory("sapo-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "intl.accept_languages",
                        "id",
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
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

    /** Sizes the browser's window as an officer's screen: 1366×768 on a laptop, 390×844 on a phone. */
    public AdminBrowser windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        settle();
        return this;
    }

    public AdminBrowser logIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        return submitPage("login:submit");
    }

    /**
     * Clicks a button or link that posts the whole page ({@code ajax="false"}) and waits for the page that answers
     * it: until the clicked element is gone with the old page, the browser still shows the page it was clicked on,
     * and a look at it would read the old page or find its elements stale.
     */
    public AdminBrowser submitPage(String id) {
        WebElement clicked = driver.findElement(By.id(id));
        clicked.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until((WebDriver d) -> gone(clicked));
        settle();
        return this;
    }

    /**
     * Whether an element's page has been replaced: Chromium answers for an element of a page it is leaving either
     * "stale element" or "node does not belong to the document", both driver errors.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Types a date (dd/MM/yyyy) into a PrimeFaces date picker and closes its calendar, which would cover buttons. */
    public AdminBrowser typeDate(String id, String text) {
        type(id + "_input", text);
        // the calendar opens as the field takes focus; closed as the officer's Escape would close it
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until((WebDriver d) -> Boolean.TRUE.equals(script(
                        "var picker = PrimeFaces.getWidgetById(arguments[0]); if (picker) { picker.hide(); }"
                                + " var panel = document.getElementById(arguments[0] + '_panel');"
                                + " return !panel || panel.offsetParent === null;",
                        id)));
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
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until((WebDriver d) ->
                        d.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
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
        new Actions(driver)
                .moveToElement(found.get(found.size() - 1))
                .clickAndHold()
                .moveByOffset(dx / 2, dy / 2)
                .moveByOffset(dx - dx / 2, dy - dy / 2)
                .release()
                .perform();
        settle();
        return this;
    }

    /** Clicks the element whose id ends with {@code ":" + idSuffix} in the first row of a table that holds text. */
    public AdminBrowser clickInRow(String tableId, String text, String idSuffix) {
        return clickInRowWith(tableId, idSuffix, text);
    }

    /** Clicks the component ending in {@code idSuffix} of the first row of {@code tableId} holding all {@code texts}. */
    public AdminBrowser clickInRowWith(String tableId, String idSuffix, String... texts) {
        inRowWith(tableId, idSuffix, texts).click();
        settle();
        return this;
    }

    /** Whether the image ending in {@code idSuffix} of the first row of {@code tableId} holding all texts loaded. */
    public boolean imageLoadedInRowWith(String tableId, String idSuffix, String... texts) {
        return Boolean.TRUE.equals(script(
                "var i = arguments[0]; return i.complete && i.naturalWidth > 0;", inRowWith(tableId, idSuffix, texts)));
    }

    private WebElement inRowWith(String tableId, String idSuffix, String... texts) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> java.util.Arrays.stream(texts).allMatch(row.getText()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + String.join(", ", texts) + " in " + tableId))
                .findElement(By.cssSelector("[id$=':" + idSuffix + "']"));
    }

    /** Gives the file input inside component {@code id} a file, as choosing it in the dialog would. */
    public AdminBrowser upload(String id, Path file) {
        driver.findElement(By.cssSelector("[id='" + id + "'] input[type=file]")).sendKeys(file.toString());
        return this;
    }

    /** Waits until element {@code id} is on the page (after an upload, which is not a queued AJAX request). */
    public AdminBrowser waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until((WebDriver d) -> !d.findElements(By.id(id)).isEmpty());
        settle();
        return this;
    }

    /** Chooses the option shown as {@code label} in PrimeFaces' drop-down {@code id}, as a click on it would. */
    public AdminBrowser choose(String id, String label) {
        script(
                "var select = document.getElementById(arguments[0] + '_input'), label = arguments[1];"
                        + " var option = Array.from(select.options).find(function (o) { return o.text === label; });"
                        + " PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
                id,
                label);
        settle();
        return this;
    }

    /** What an input holds now (typed, or written by the page's script). */
    public String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /**
     * Answers "Ya" in PrimeFaces' confirm dialog and waits until it is gone and the action's answer is in (a dialog
     * the confirmation was asked from, with its own mask, stays).
     */
    public AdminBrowser confirmYes() {
        clickVisible(".ui-confirmdialog-yes");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until((WebDriver d) -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                        .noneMatch(WebElement::isDisplayed));
        settle();
        return this;
    }

    /** Answers "Tidak" in PrimeFaces' confirm dialog and waits until the dialog is gone. */
    public AdminBrowser confirmNo() {
        clickVisible(".ui-confirmdialog-no");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until((WebDriver d) -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                        .noneMatch(WebElement::isDisplayed));
        return this;
    }

    /** Whether element {@code id} is on the page and shown. */
    public boolean visible(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The visible text of the first element matching a CSS selector, waiting up to {@code seconds} for it. */
    public String textOf(String cssSelector, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until((WebDriver d) ->
                        d.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed));
        return driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .getText();
    }

    /** Types into a field key by key, as an officer would, without closing anything that opens. */
    public AdminBrowser typeKeys(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.click();
        field.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
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

    /**
     * The cells of column {@code header} of table {@code tableId} whose text does not fit (wider than the cell,
     * hence clipped or spilling), and how many cells were measured: {@code {measured: n, clipped: [texts]}}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> clippedCells(String tableId, String header) {
        return (Map<String, Object>) script(
                "var table = document.getElementById(arguments[0]);"
                        + " var wanted = arguments[1]; var headers = Array.from(table.querySelectorAll('thead th'));"
                        + " var index = headers.findIndex(function (th) { return th.textContent.trim() === wanted; });"
                        + " if (index < 0) { return {measured: 0, clipped: []}; }"
                        + " var clipped = []; var measured = 0;"
                        + " table.querySelectorAll('tbody tr').forEach(function (row) { var cell = row.cells[index];"
                        + " if (cell && cell.textContent.trim()) { measured++;"
                        + " if (cell.scrollWidth > cell.clientWidth) { clipped.push(cell.textContent.trim()); } } });"
                        + " return {measured: measured, clipped: clipped};",
                tableId,
                header);
    }

    /** Whether the image {@code id} loaded (a broken or refused image has no natural width). */
    public boolean imageLoaded(String id) {
        return Boolean.TRUE.equals(script(
                "var i = document.getElementById(arguments[0]);"
                        + " return i != null && i.complete && i.naturalWidth > 0;",
                id));
    }

    /** The HTTP status of a GET of {@code page} with the browser's session, as a screen's link would get it. */
    public int statusOf(String page) {
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                                + ".then(function (r) { done(r.status); }, function () { done(-1); });",
                        base + page);
        return ((Number) status).intValue();
    }

    /**
     * The response headers (names in lower case) of a GET of {@code page} (a path of the admin screens, or a whole
     * URL) with the browser's session, plus {@code status} and the final {@code url}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> headersOf(String page) {
        return (Map<String, String>) asyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " var all = {status: String(r.status), url: r.url};"
                        + " r.headers.forEach(function (value, name) { all[name] = value; }); done(all); },"
                        + " function () { done({}); });",
                page.startsWith("/") ? base + page : page);
    }

    /** The browser's cookie of this name for the admin screens, or null. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Puts a cookie into the browser (which must have a page of the admin screens open). */
    public void addCookie(Cookie cookie) {
        driver.manage().addCookie(cookie);
    }

    /**
     * Every file the page loaded that answered an error ({@code 404 /admin/...locale-id.js}), from the browser's
     * Resource Timing entries (which hold each answer's status).
     */
    @SuppressWarnings("unchecked")
    public List<String> failedResources() {
        return (List<String>) script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".filter(function (e) { return e.responseStatus >= 400; })"
                + ".map(function (e) { return e.responseStatus + ' ' + e.name; });");
    }

    /** The bytes that came over the network for the page's scripts and style sheets (compressed, with headers). */
    public long scriptAndStyleTransfer() {
        return ((Number) script("return performance.getEntriesByType('resource')"
                        + ".filter(function (e) { return /[.](js|css)([.]xhtml)?([?]|$)/.test(new URL(e.name).pathname"
                        + " + (new URL(e.name).search ? '?' : '')); })"
                        + ".reduce(function (sum, e) { return sum + e.transferSize; }, 0);"))
                .longValue();
    }

    /** How many CSS pixels the page is wider than the window (0: no sideways scrolling). */
    public int sidewaysOverflow() {
        return ((Number) script("return Math.max(0, document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth);"))
                .intValue();
    }

    /** The elements that reach past the window's right edge, outermost first (what makes a page scroll sideways). */
    @SuppressWarnings("unchecked")
    public List<String> widerThanTheWindow() {
        return (List<String>) script("var width = document.documentElement.clientWidth, found = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + " var box = e.getBoundingClientRect(); var scroller = e.closest('.ui-datatable-tablewrapper');"
                + " if (box.right > width + 1 && box.width > 0 && (!scroller || scroller === e)) {"
                + " found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '')"
                + " + ' ' + Math.round(box.right)); } });"
                + " return found.slice(0, 4);");
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
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until((WebDriver d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * The file the browser downloaded whose name ends with {@code suffix}, once it is complete: Chromium puts an
     * empty file of that name first and writes into a {@code .crdownload} file until the download is done.
     */
    public Path downloaded(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> complete(suffix));
        return find(suffix);
    }

    private boolean complete(String suffix) {
        Path file = find(suffix);
        try (var files = Files.list(downloads)) {
            return file != null
                    && Files.size(file) > 0
                    && files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path find(String suffix) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
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

    @Override
    public void close() {
        driver.quit();
    }
}
