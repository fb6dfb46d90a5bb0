package london.loti.hub.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by its chromedriver. Every page a journey arrives at is checked with
 * axe-core against WCAG 2.2 A and AA, and the check fails the test on any violation.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static int pagesChecked;

    /** WCAG 1.4.10: content reflows at 320 CSS pixels wide without scrolling the page sideways. */
    private static final int NARROWEST = 320;

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1024");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    /** Opens a path and checks the page it lands on. */
    public Browser open(String path) {
        driver.get(base + path);
        return checked();
    }

    /**
     * Checks the page the browser is on now: axe-core finds no WCAG 2.2 A or AA violation, and at 320 CSS pixels
     * wide nothing makes the whole page scroll sideways (a wide table scrolls inside its own region instead).
     */
    public Browser checked() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core violations on %s:%n%s", driver.getCurrentUrl(), describe(violations)).isEmpty();
        assertThat(overflowAtNarrowest()).as("at %d px, %s scrolls sideways because of", NARROWEST, driver.getCurrentUrl())
                .isEmpty();
        pagesChecked++;
        return this;
    }

    /** The elements wider than the page at 320 px that are not inside a scrolling region; empty when it reflows. */
    private List<String> overflowAtNarrowest() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", NARROWEST, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            List<String> culprits = (List<String>) driver.executeScript("""
                    const page = document.documentElement;
                    if (page.scrollWidth <= page.clientWidth) return null;
                    const over = e => e.getBoundingClientRect().right + parseFloat(getComputedStyle(e).marginRight) > page.clientWidth + 1;
                    const scrolled = e => { const s = e.closest('.loti-scroll'); return s !== null && !over(s); };
                    return [...document.body.querySelectorAll('*')]
                        .filter(e => over(e) && !(e.parentElement && over(e.parentElement)) && !scrolled(e))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                            + ' "' + (e.textContent || '').trim().slice(0, 60) + '"');
                    """);
            return culprits == null ? List.of() : culprits.isEmpty() ? List.of("text wider than its box (a long unbroken word)") : culprits;
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    public Browser choose(String radioId) {
        driver.findElement(By.id(radioId)).click();
        return this;
    }

    /** Presses a button by its text and checks the page that follows. */
    public Browser press(String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']")).click();
        return checked();
    }

    /** Follows a link by its text and checks the page that follows. */
    public Browser follow(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return checked();
    }

    /** Follows the link to the next page of a paginated list and checks it. */
    public Browser nextPage() {
        driver.findElement(By.cssSelector(".govuk-pagination a[rel=next]")).click();
        return checked();
    }

    /** Clicks what the CSS selector finds and checks the page that follows. */
    public Browser click(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
        return checked();
    }

    /** The driver, for what these methods do not cover. */
    public WebDriver driver() {
        return driver;
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public static int pagesChecked() {
        return pagesChecked;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
