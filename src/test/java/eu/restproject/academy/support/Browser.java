package eu.restproject.academy.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests. On Debian it uses /usr/bin/chromium and
 * /usr/bin/chromedriver; elsewhere Selenium Manager finds a browser and driver.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final WebDriver driver;
    private final Path userData;

    public Browser() {
        try {
            userData = Files.createTempDirectory("academy-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--user-data-dir=" + userData,
                "--window-size=1280,900",
                "--lang=en");
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        if (Files.isExecutable(CHROMEDRIVER)) {
            driver = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .build(),
                    options);
        } else {
            driver = new ChromeDriver(options);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(RunningAcademy.url(path));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the browser has left the current page and loaded the next. */
    public void submit(String id) {
        WebElement button = find(By.id(id));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> left(button));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    /**
     * Whether the element is gone with its page. While Chromium swaps documents it may answer "node
     * does not belong to the document" instead of reporting a stale element; both mean the same.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Waits until PrimeFaces has no ajax request under way (autosave done). */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void signIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        submit("login:submit");
    }

    /** Signs in as someone else, as a new browser would: no cookies of the earlier session. */
    public void signInAfresh(String email, String password) {
        driver.manage().deleteAllCookies();
        signIn(email, password);
    }

    /** Chooses the interface language (EN, DE, ...) with the header's switch; a signed-in account keeps it. */
    public void chooseLanguage(String code) {
        new Select(find(By.id("language:choice"))).selectByValue(code);
        submit("language:apply");
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("academy.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page and fails on any serious or critical WCAG 2.1 A/AA violation. */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertTrue(
                serious.isEmpty(),
                driver.getCurrentUrl() + " has accessibility violations:\n"
                        + serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")));
    }

    /**
     * Whether the page fits the window without sideways scrolling. Waits up to three seconds, because
     * charts redraw for a new window size only after a debounced resize event; a page that still
     * overflows then does not fit.
     */
    public boolean fitsWidth() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;")));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(userData)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it up eventually
        }
    }
}
