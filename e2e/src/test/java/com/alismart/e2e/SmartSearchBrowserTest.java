package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Smart Search in the popup: type a query, see results and what was understood as chips, remove a chip. */
class SmartSearchBrowserTest {
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
    void a_query_typed_in_the_popup_shows_results_and_removable_chips() throws Exception {
        browser.driver.get(browser.extensionUrl("popup.html"));
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("red dress for women under 40 dollars", Keys.ENTER);
        waitForResults();
        List<String> chips = chipTexts();
        assertThat(chips).anyMatch(c -> c.startsWith("red")).anyMatch(c -> c.startsWith("dresses"))
                .anyMatch(c -> c.startsWith("women")).anyMatch(c -> c.contains("40"));
        List<WebElement> items = browser.driver.findElements(By.cssSelector("#results .item"));
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).findElement(By.cssSelector(".item-title")).getText()).isNotBlank();
        for (WebElement item : items) {
            String price = item.findElement(By.cssSelector(".price")).getText();
            assertThat(Double.parseDouble(price.replaceAll("[^0-9.]", ""))).as(price).isLessThanOrEqualTo(40);
        }
        assertThat(items.get(0).findElement(By.cssSelector("a")).getAttribute("href"))
                .matches("https://www\\.aliexpress\\.com/item/\\d{16}\\.html");
        browser.screenshot("smart-search-popup");

        // Remove the colour chip: the search runs again without it.
        WebElement red = browser.driver.findElements(By.cssSelector("#chips .chip")).stream()
                .filter(c -> c.getText().startsWith("red")).findFirst().orElseThrow();
        red.findElement(By.tagName("button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> chipTexts().stream()
                .noneMatch(c -> c.startsWith("red")) && "results".equals(
                        d.findElement(By.id("results")).getAttribute("data-state")));
        assertThat(chipTexts()).anyMatch(c -> c.startsWith("dresses"));
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void a_query_nothing_matches_shows_the_empty_state() {
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.driver.findElement(By.id("search-input")).sendKeys("qqqzzzxxyy", Keys.ENTER);
        String state = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            String s = d.findElement(By.id("results")).getAttribute("data-state");
            return "empty".equals(s) || "results".equals(s) || "error".equals(s) ? s : null;
        });
        assertThat(state).isEqualTo("empty");
        assertThat(browser.driver.findElement(By.id("search-message")).getText()).contains("Nothing matches");
    }

    private static void waitForResults() {
        String state = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            String s = d.findElement(By.id("results")).getAttribute("data-state");
            return "results".equals(s) || "empty".equals(s) || "error".equals(s) ? s : null;
        });
        assertThat(state).as(browser.driver.findElement(By.id("search-message")).getText()).isEqualTo("results");
    }

    /** Read in one script: the chips are re-rendered whenever an answer arrives. */
    @SuppressWarnings("unchecked")
    private static List<String> chipTexts() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#chips .chip')]"
                + ".map(c => c.firstChild.textContent);");
    }
}
