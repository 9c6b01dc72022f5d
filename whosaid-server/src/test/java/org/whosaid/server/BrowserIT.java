package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;

/**
 * The web UI in Debian's Chromium, headless, driven by Selenium: the founding example's article view
 * shows exactly its six statements with their speakers, a search narrowed by a facet, a speaker page
 * with its timeline. Screenshots go to target/screenshots. Fails (does not skip) without Chromium.
 */
class BrowserIT {
    static final Path SHARED = Path.of("../../shared/examples");
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static QuoteBank bank;
    static Server server;
    static ChromeDriver driver;
    static String minskRef;

    @BeforeAll
    static void start() throws Exception {
        String text = Files.readString(SHARED.resolve("minsk-visit.txt"), StandardCharsets.UTF_8);
        Article minsk = new Article("minsk-visit", "minsk-visit.txt", text, Article.Metadata.EMPTY.withLanguage("en"));
        bank = Fixture.bank(dir);
        bank.add(new Extractor().extract(minsk));
        bank.commit();
        minskRef = Refs.of(QuoteBank.articleKey(minsk));
        server = Server.start(bank, ServerOptions.onPort(0));
        Files.createDirectories(SHOTS);

        File chromedriver = new File("/usr/bin/chromedriver");
        File chromium = new File("/usr/bin/chromium");
        assertTrue(chromedriver.canExecute() && chromium.canExecute(),
                "Chromium is needed: apt-get install -y chromium chromium-driver");
        // the driver is named explicitly, so Selenium Manager never looks for one to download
        System.setProperty("webdriver.chrome.driver", chromedriver.getPath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (bank != null) {
            bank.close();
        }
    }

    private static void open(String path) {
        driver.get("http://127.0.0.1:" + server.port() + path);
    }

    /**
     * Clicks a link or button that loads another page, and returns once the page it left is gone: reading right after
     * a click may otherwise find the old page's elements, stale a moment later.
     */
    private static void navigate(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    private static void shot(String name) throws Exception {
        // the whole page, not just the window: resize to the document's height first
        Number h = (Number) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1366, Math.min(4000, Math.max(900, h.intValue()))));
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void articleViewShowsTheSixGoldStatementsAndSpeakers() throws Exception {
        JsonNode gold = JsonViews.JSON.readTree(SHARED.resolve("minsk-visit.gold.json").toFile());
        Map<String, String> want = new LinkedHashMap<>();
        for (JsonNode s : gold.get("statements")) {
            want.put(s.get("text").asText().strip(), s.get("speaker").asText());
        }
        open("/articles/" + minskRef);
        // one statement may be split in pieces by a crossing span; its pieces share a number
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        Map<String, String> speaker = new LinkedHashMap<>();
        for (WebElement m : driver.findElements(By.cssSelector(".article-text mark.st"))) {
            String n = m.getAttribute("data-statement");
            text.computeIfAbsent(n, k -> new StringBuilder()).append(m.getText());
            speaker.put(n, m.getAttribute("data-speaker"));
        }
        Map<String, String> got = new LinkedHashMap<>();
        text.forEach((n, t) -> got.put(t.toString().replaceAll("\\s+", " ").strip(), speaker.get(n)));
        Map<String, String> wantNorm = new LinkedHashMap<>();
        want.forEach((t, s) -> wantNorm.put(t.replaceAll("\\s+", " ").strip(), s));
        assertEquals(6, got.size());
        assertEquals(List.copyOf(wantNorm.values()), List.copyOf(got.values()));
        assertEquals(List.copyOf(wantNorm.keySet()), List.copyOf(got.keySet()));

        // the side panel lists the same speakers in the same order
        List<String> panel = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("ol.said > li .speaker"))) {
            panel.add(li.getText());
        }
        assertEquals(List.copyOf(wantNorm.values()), panel);
        // the three gold non-statements are marked as set aside
        List<String> rejected = new ArrayList<>();
        for (WebElement r : driver.findElements(By.cssSelector(".article-text .rejected"))) {
            rejected.add(r.getText());
        }
        List<String> goldRejected = new ArrayList<>();
        gold.get("not_statements").forEach(n -> goldRejected.add(n.get("text").asText()));
        assertEquals(goldRejected, rejected);
        // speakers' colours: Danilov's two statements share one, Nayev's differs
        List<WebElement> marks = driver.findElements(By.cssSelector(".article-text mark.st[id]"));
        String c1 = marks.get(0).getCssValue("background-color");
        assertEquals(c1, marks.get(1).getCssValue("background-color"));
        assertTrue(!c1.equals(marks.get(2).getCssValue("background-color")));
        assertEquals(6, driver.findElements(By.cssSelector(".article-text .mention")).stream()
                .map(e -> e.getAttribute("data-statement")).distinct().count());
        shot("article-minsk-visit");

        // keyboard: the first Tab reaches the skip link, which moves focus to the main content
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void searchNarrowedByAFacet() throws Exception {
        open("/");
        driver.findElement(By.id("f-q")).sendKeys("\"another winter of cancelled sailings\"");
        navigate(driver.findElement(By.cssSelector("form.search button[type=submit]")));
        assertEquals("2 statements", driver.findElement(By.id("results-title")).getText());
        WebElement outlet = driver.findElement(By.cssSelector(".facet[data-facet=outlet]"));
        List<String> outlets = new ArrayList<>();
        outlet.findElements(By.tagName("li")).forEach(li -> outlets.add(li.getText().replaceAll("\\s+", " ")));
        assertEquals(List.of("Coast Herald 1", "Island Post 1"), outlets);
        navigate(outlet.findElement(By.linkText("Island Post")));
        assertEquals("1 statement", driver.findElement(By.id("results-title")).getText());
        assertEquals("Island Post", driver.findElement(By.id("f-outlet")).getAttribute("value"));
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits > li"));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).getText().contains("via Coast Herald"), hits.get(0).getText());
        shot("search-facet");
        navigate(hits.get(0).findElement(By.partialLinkText("statement")));
        List<String> chains = new ArrayList<>();
        for (WebElement chain : driver.findElements(By.cssSelector("ol.appearances > li ol.chain"))) {
            List<String> links = new ArrayList<>();
            chain.findElements(By.tagName("li")).forEach(li -> links.add(li.getText()));
            chains.add(String.join(" > ", links));
        }
        assertEquals(List.of("Mara Vell > Coast Herald", "Mara Vell > Coast Herald > Island Post"), chains);
        assertTrue(driver.findElement(By.cssSelector("p.first")).getText().startsWith("2024-03-02 in Coast Herald"));
        shot("statement-relay");
    }

    @Test
    void speakerPageWithRolesAndTimeline() throws Exception {
        open("/speakers");
        navigate(driver.findElement(By.linkText("Mara Vell")));
        assertEquals("Mara Vell", driver.findElement(By.tagName("h1")).getText());
        assertEquals("harbour commissioner", driver.findElement(By.cssSelector("table.roles tbody td")).getText());
        List<String> bars = new ArrayList<>();
        for (WebElement g : driver.findElements(By.cssSelector("svg.timeline g.bar"))) {
            bars.add(g.getAttribute("data-month") + "=" + g.getAttribute("data-count"));
        }
        assertEquals(List.of("2024-03=2", "2024-04=0", "2024-05=1"), bars);
        assertEquals(3, driver.findElements(By.cssSelector("ol.timeline-list > li")).size());
        shot("speaker-mara-vell");
        open("/");
        shot("search-home");
    }
}
