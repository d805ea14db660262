package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Image Search from a shop page's product photo: the worker fetches and shrinks the image, the server finds the
 * product, the results page shows it first. The context menu cannot be clicked headless, so the test calls the
 * function its click handler calls.
 */
class ImageSearchBrowserTest {
    private static final int PRODUCT = 137;
    private static ExtensionBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new ExtensionBrowser();
        browser.attachToWorker();
        browser.pointExtensionAtServer();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_product_photo_on_a_shop_page_finds_the_catalog_product_first() throws Exception {
        browser.driver.get("https://www.amazon.com/dp/B0CATALOG1");
        String src = (String) browser.js("return document.getElementById('landingImage').src;");
        assertThat(src).endsWith("/catalog-" + PRODUCT + ".png");

        String worker = browser.cdp.serviceWorkerTarget(browser.extensionId);
        String session = browser.cdp.attachAndListen(worker);
        browser.workerSessions.add(session);
        var evaluated = browser.cdp.send(session, "Runtime.evaluate", Map.of("expression", "alismartFindSimilar("
                + "'" + src.replace("'", "") + "'); true"));
        assertThat(evaluated.has("exceptionDetails")).as(evaluated.toString()).isFalse();
        // ChromeDriver does not list tabs an extension opens: find the results page through DevTools, then load
        // the same URL in the driven tab to look at it.
        String[] opened = new String[1];
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> {
            for (var target : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
                if (target.get("type").asText().equals("page")
                        && target.get("url").asText().startsWith(browser.extensionUrl("results.html#src="))) {
                    opened[0] = target.get("url").asText();
                    return true;
                }
            }
            return false;
        });
        assertThat(java.net.URLDecoder.decode(opened[0].substring(opened[0].indexOf("#src=") + 5),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(src);
        browser.driver.get(opened[0]);
        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.extensionUrl("results.html#src="));
        String state = new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.tagName("body")).getAttribute("data-state");
            return "loading".equals(s) ? null : s;
        });
        assertThat(state).as(browser.driver.findElement(By.id("status")).getText()).isEqualTo("results");
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#grid .card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(5);
        String expected = new CatalogGenerator(CatalogLoader.SEED).product(PRODUCT).id();
        assertThat(cards.get(0).getAttribute("data-id")).isEqualTo(expected);
        assertThat(cards.get(0).findElement(By.cssSelector(".meta")).getText()).containsPattern("\\d+%");
        assertThat(browser.driver.findElement(By.id("query-image")).getAttribute("src"))
                .startsWith("data:image/jpeg;base64,");
        // The matches' pictures come from the server's image endpoint.
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.js(
                "return [...document.querySelectorAll('#grid .card img')].slice(0, 4)"
                        + ".every(i => i.complete && i.naturalWidth > 0);")));
        browser.screenshot("image-search-results");

        // Sorting by price reorders the grid, cheapest first.
        browser.js("const s = document.getElementById('sort'); s.value = 'price_asc';"
                + " s.dispatchEvent(new Event('change'));");
        List<Double> prices = browser.driver.findElements(By.cssSelector("#grid .card .price")).stream()
                .map(e -> Double.parseDouble(e.getText().replaceAll("[^0-9.]", ""))).toList();
        assertThat(prices).isSorted();

        // "Search by text instead" opens Smart Search with the best match's title words.
        browser.driver.findElement(By.id("by-text")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> "results".equals(
                d.findElement(By.id("results")).getAttribute("data-state")));
        assertThat((String) browser.js("return document.getElementById('search-input').value;")).isNotBlank();
        assertThat(browser.workerErrors()).isEmpty();
    }
}
