package id.go.merangin.sapo.web;

import id.go.merangin.sapo.SapoDeployment;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone for the ASN's app: Debian's headless Chromium at a phone's viewport (390×844) with a phone's user agent, a
 * fake front camera that films a face (Chromium's own {@code --use-file-for-fake-video-capture}), the position set
 * through the DevTools protocol ({@code Emulation.setGeolocationOverride}), and the network cut and restored
 * ({@code Network.emulateNetworkConditions}). Screenshots of whole screens go to {@code ear/target/screenshots}.
 */
public final class PhoneBrowser implements AutoCloseable {

    private static final String ANDROID = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    private final ChromeDriver driver;
    private final String origin = "http://127.0.0.1:" + SapoDeployment.httpPort();

    /** A phone whose language is {@code language} ("id" or "en"). */
    public PhoneBrowser(String language) {
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
                "--window-size=390,844",
                "--lang=" + language,
                "--accept-lang=" + language,
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + fakeCamera());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true),
                        "userAgent",
                        ANDROID));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand(
                "Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
    }

    /** Opens the app at a screen ({@code "masuk"}, {@code "beranda"}, …). */
    public PhoneBrowser open(String screen) {
        driver.get(origin + "/app/#/" + screen);
        waitUntil(
                "the app to start",
                "return document.readyState === 'complete'" + " && !document.querySelector('main > .loading');");
        return this;
    }

    /** Loads the app again, as when it is closed and opened. */
    public PhoneBrowser reload() {
        driver.navigate().refresh();
        waitUntil(
                "the app to start",
                "return document.readyState === 'complete'" + " && !document.querySelector('main > .loading');");
        return this;
    }

    /** Where the phone's GPS says it is, and how sure it is. */
    public PhoneBrowser at(double latitude, double longitude, double accuracyM) {
        driver.executeCdpCommand(
                "Emulation.setGeolocationOverride",
                Map.of("latitude", latitude, "longitude", longitude, "accuracy", accuracyM));
        return this;
    }

    /** Cuts the phone's network ({@code false}) or gives it back ({@code true}). */
    public PhoneBrowser online(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    public PhoneBrowser type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public PhoneBrowser select(String id, String value) {
        script(
                "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                        + " s.dispatchEvent(new Event('change'));",
                id,
                value);
        return this;
    }

    /** Clicks the element once it is there, visible and enabled. */
    public PhoneBrowser click(String id) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> {
            List<WebElement> found = d.findElements(By.id(id));
            return found.isEmpty()
                            || !found.get(0).isDisplayed()
                            || !found.get(0).isEnabled()
                    ? null
                    : found.get(0);
        });
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        return this;
    }

    /** Waits until element {@code id} shows {@code text}; answers its whole text. */
    public String waitForText(String id, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "#" + id + " never showed \"" + text + "\"; the screen showed: " + pageText())
                .until((WebDriver d) -> {
                    List<WebElement> found = d.findElements(By.id(id));
                    return !found.isEmpty() && found.get(0).getText().contains(text)
                            ? found.get(0).getText()
                            : null;
                });
    }

    /** Waits until an element {@code id} is on the screen and visible. */
    public WebElement visible(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "#" + id + " never showed; the" + " screen showed: " + pageText())
                .until((WebDriver d) -> {
                    List<WebElement> found = d.findElements(By.id(id));
                    return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
                });
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return visible(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public void waitUntil(String what, String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "waited for " + what)
                .until((WebDriver d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(condition)));
    }

    /** The whole screen, scrolled or not, as {@code ear/target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, 844);");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", 390, "height", height.intValue(), "scale", 1)));
        try {
            Path folder = Path.of(System.getProperty("sapo.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * The film of the fake camera: a few frames of a drawn face, as a Y4M file (the raw video format that Chromium's
     * fake capture device reads), made once per test run.
     */
    private static synchronized Path fakeCamera() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "sapo-fake-camera.y4m");
        if (Files.exists(file)) {
            return file;
        }
        int width = 480;
        int height = 640;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F5:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 5; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(yuv420(face(width, height, frame)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static BufferedImage face(int width, int height, int frame) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(200, 214, 229));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 60, 90));
        g.fillRoundRect(90, 470, 300, 200, 120, 120);
        g.setColor(new Color(224, 172, 140));
        g.fillOval(140, 160, 200, 260);
        g.setColor(new Color(30, 30, 30));
        g.fillArc(130, 130, 220, 140, 0, 180);
        g.fillOval(190 + frame, 260, 22, 14);
        g.fillOval(270 + frame, 260, 22, 14);
        g.setStroke(new BasicStroke(5));
        g.setColor(new Color(150, 60, 60));
        g.drawArc(200, 320, 80, 40 + frame * 4, 200, 140);
        g.dispose();
        return image;
    }

    private static byte[] yuv420(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height * 3 / 2];
        int u = width * height;
        int v = u + u / 4;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                out[y * width + x] = (byte) clamp(0.299 * r + 0.587 * g + 0.114 * b);
                if (y % 2 == 0 && x % 2 == 0) {
                    int i = (y / 2) * (width / 2) + x / 2;
                    out[u + i] = (byte) clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                    out[v + i] = (byte) clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                }
            }
        }
        return out;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
