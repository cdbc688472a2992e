package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Base of the browser tests: headless Debian Chromium driven by Selenium against the app under
 * test. Every page visited through {@link #visit} or {@link #checkAccessibility} is checked with
 * axe-core and the test fails on any serious or critical violation. Screenshots go to
 * target/screenshots; {@link #screenshotForDocs} also copies them to docs/screenshots for the README.
 */
@Tag("browser")
public abstract class BrowserTest {

    protected static final Dimension DESKTOP = new Dimension(1280, 900);
    protected static final Dimension PHONE = new Dimension(375, 812);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DOCS = Path.of("docs", "screenshots");

    @TestHTTPResource("/")
    URL root;

    protected WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-US",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().window().setSize(DESKTOP);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected String url(String path) {
        String base = root.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Opens a page and checks its accessibility. */
    protected void visit(String path) {
        driver.get(url(path));
        checkAccessibility();
    }

    protected void signIn(String username, String password) {
        driver.get(url("/login"));
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        checkAccessibility();
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")));
    }

    protected void signOut() {
        clickAndWaitForNextPage(driver.findElement(By.cssSelector("form[action='/logout'] button")));
    }

    protected WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    protected void submit(String formSelector) {
        clickAndWaitForNextPage(driver.findElement(By.cssSelector(formSelector + " button[type=submit]")));
    }

    /**
     * Clicks a button that submits a form and waits until the answer has replaced the page: a click
     * returns before the navigation ends, and reading or typing meanwhile would hit the old page.
     */
    protected void clickAndWaitForNextPage(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> isGone(page));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    protected String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    protected String path() {
        return URI(driver.getCurrentUrl());
    }

    private static String URI(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // ChromeDriver's answer for a node of a page that was just replaced
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Fails on any serious or critical axe-core violation of the current page. */
    protected void checkAccessibility() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!severe.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + severe.stream()
                    .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Checks that the page does not scroll sideways (phone layouts). */
    protected void assertNoHorizontalScroll() {
        Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        Object clientWidth = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.clientWidth;");
        assertTrue(((Number) scrollWidth).longValue() <= ((Number) clientWidth).longValue(),
                "page scrolls sideways on " + driver.getCurrentUrl() + ": " + scrollWidth + " > " + clientWidth);
    }

    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        byte[] png = fullPage();
        Files.write(file, png);
        return file;
    }

    /** A screenshot that the README shows: also copied to docs/screenshots. */
    protected void screenshotForDocs(String name) throws IOException {
        Path file = screenshot(name);
        Files.createDirectories(DOCS);
        Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page, not only the window: the window grows to the page's height for the shot. */
    private byte[] fullPage() {
        Dimension before = driver.manage().window().getSize();
        Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        int pageHeight = Math.min(((Number) height).intValue() + 140, 6000);
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(before.getHeight(), pageHeight)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(before);
        return png;
    }
}
