package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import java.time.Duration;
import java.util.List;
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

        browser.inWorker("alismartFindSimilar('" + src.replace("'", "") + "'); true");
        String opened = browser.awaitResultsTab();
        browser.driver.get(opened);
        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.extensionUrl("results.html#job="));
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
        // The image came from its site, not from the screen.
        assertThat(browser.driver.findElement(By.id("notice")).isDisplayed()).isFalse();
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
