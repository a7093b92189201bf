package ca.tremplin.testsupport;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both paths are given explicitly so that
 * Selenium Manager never tries to download a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    /**
     * How often a wait looks again. Selenium's default, half a second, is mostly time spent waiting after the page
     * is ready: an Ajax answer on loopback takes tens of milliseconds.
     */
    private static final Duration POLLING = Duration.ofMillis(50);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Opens a browser pointed at the deployed application; {@code localhost}, where Secure cookies work. */
    public static Browser open(URL deployment) {
        try {
            Path profile = Files.createTempDirectory("tremplin-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            String base = deployment.toString().replace("127.0.0.1", "localhost").replaceAll("/+$", "");
            return new Browser(driver, base, profile);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    /**
     * Chooses in a file field a file of this many bytes, written sparse (nothing but its length), named as given in
     * a folder of its own, and answers what the page then says beside the field ({@code resources/js/file-limits.js}).
     * The file is deleted once chosen: the browser reads its size only.
     */
    public String chooseFileTooLarge(WebElement field, String name, long bytes) {
        try {
            Path file = Files.createTempDirectory("tremplin-upload").resolve(name);
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(bytes);
            }
            field.sendKeys(file.toString());
            String said = text(By.id(field.getAttribute("id") + "-size"));
            Files.delete(file);
            return said;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Replaces what the field holds, the way a person does (select all, type), which masked inputs accept. */
    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
    }

    /**
     * Chooses an item of a PrimeFaces select menu by its label, as a person does: open the menu, click the
     * item once the panel stands still, check that the menu now shows it. A click that lands while the panel
     * is still sliding open is tried again, at most three times.
     */
    public void choose(String menuId, String label) {
        String escaped = menuId.replace(":", "\\:");
        By item = By.cssSelector("#" + escaped + "_items li[data-label=\"" + label + "\"]");
        By panel = By.id(menuId + "_panel");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                find(By.id(menuId)).click();
            }
            waitFor().until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3), POLLING)
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                waitFor().until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (org.openqa.selenium.TimeoutException notChosenYet) {
                if (attempt == 3) {
                    throw new AssertionError("Could not choose " + label + " in " + menuId + ": " + screenshot(),
                            notChosenYet);
                }
            }
        }
    }

    /** Clicks and waits for the next page, identified by an element that only it shows. */
    public void clickAndWaitFor(By button, By onNextPage) {
        find(button).click();
        try {
            waitFor().until(ExpectedConditions.presenceOfElementLocated(onNextPage));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("Not found: " + onNextPage + " on " + driver.getCurrentUrl()
                    + " — screenshot: " + screenshot(), notThere);
        }
    }

    /**
     * Clicks a form's button twice in a row, the sending itself held back so that both clicks meet the same page, and
     * answers how many sendings went (one for a form sent once, {@code resources/js/send-once.js}). The form is left
     * on its way: open the page again to send it for good.
     */
    public long sendingsOfADoubleClick(String formId, String buttonId) {
        Object sent = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var form = document.getElementById(arguments[0]); var sent = 0;"
                        + "form.addEventListener('submit', function (event) {"
                        + " if (!event.defaultPrevented) { sent++; } event.preventDefault(); });"
                        + "var send = document.getElementById(arguments[1]); send.click(); send.click();"
                        + "return sent;", formId, buttonId);
        return ((Number) sent).longValue();
    }

    /**
     * On the public list of events (20 a page, soonest first), opens the event whose link holds these words, turning
     * the pages until it shows: the events other tests made may push it past the first page.
     */
    public void openEventOnTheList(String linkWords) {
        while (driver.findElements(By.partialLinkText(linkWords)).isEmpty()) {
            if (driver.findElements(By.id("next-page")).isEmpty()) {
                throw new AssertionError("No event \"" + linkWords + "\" on the list: " + screenshot());
            }
            String shown = driver.getCurrentUrl();
            find(By.id("next-page")).click();
            waitFor().until(current -> !current.getCurrentUrl().equals(shown));
        }
        clickAndWaitFor(By.partialLinkText(linkWords), By.id("event-title"));
    }

    /** Saves what the browser shows under target/failsafe-reports, for a failing test's report. */
    public Path screenshot() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "failsafe-reports", "screenshots"));
            Path file = folder.resolve("page-" + System.currentTimeMillis() + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(
                    org.openqa.selenium.OutputType.BYTES));
            Files.writeString(folder.resolve(file.getFileName() + ".html"), driver.getPageSource());
            return file.toAbsolutePath();
        } catch (java.io.IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
    }

    /**
     * Drags an element onto another with the mouse, as a person would: a small move first, so that the page's
     * drag-and-drop script sees a drag rather than a click, then over the target and a little inside it.
     */
    public void drag(WebElement element, WebElement target) {
        new org.openqa.selenium.interactions.Actions(driver).clickAndHold(element).moveByOffset(10, 10)
                .moveToElement(target).moveByOffset(0, 5).release().perform();
    }

    /**
     * Waits up to 15 s. A condition that reads an element which an Ajax answer replaces at that moment (a board's
     * column count after a drop, say) is read again rather than failing on the stale element.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15), POLLING);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Waits until an element is gone from the page (an Ajax answer or a new page replaced it). Chromium sometimes
     * answers "node does not belong to the document" instead of "stale element" while the replacement is under way:
     * that too means the element is gone.
     */
    public void waitUntilReplaced(WebElement element) {
        waitFor().until(ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException replacing) {
                if (String.valueOf(replacing.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replacing;
            }
        });
    }

    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void forgetEverything() {
        driver.manage().deleteAllCookies();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Signs in through the real form and waits for the back office. */
    public void signIn(String email, String password) {
        go("/signin.xhtml");
        type(By.id("signin:email"), email);
        type(By.id("signin:password"), password);
        clickAndWaitFor(By.id("signin:submit"), By.id("signed-in-user"));
    }

    public void signOut() {
        clickAndWaitFor(By.id("signout:signout-button"), By.id("signed-out-notice"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (java.io.IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
