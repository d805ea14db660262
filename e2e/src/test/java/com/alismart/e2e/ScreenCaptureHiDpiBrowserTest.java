package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screen capture on a high-density display (devicePixelRatio 2): the capture has twice the viewport's pixels a
 * side, and the crop must be scaled to match, or it would cut the wrong part of the screen.
 */
class ScreenCaptureHiDpiBrowserTest {
    private static final String PAGE = "https://www.ebay.com/sch/i.html";
    private static ExtensionBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new ExtensionBrowser("--force-device-scale-factor=2");
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
    void the_crop_follows_the_device_pixel_ratio() throws Exception {
        browser.openShopPage(PAGE);
        assertThat(((Number) browser.js("return devicePixelRatio;")).doubleValue()).isEqualTo(2.0);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.js(
                "const i = document.getElementById('guarded'); return i.complete && i.naturalWidth > 0;")));
        double visibleAspect = ((Number) browser.js("const r = document.getElementById('guarded')"
                + ".getBoundingClientRect(); return r.width / (Math.min(r.bottom, innerHeight) - r.top);"))
                .doubleValue();
        int tabId = browser.inWorker("chrome.tabs.query({url: '" + PAGE + "'}).then(t => t[0].id)").asInt();
        browser.pressToolbarButton(PAGE);
        browser.inWorker("alismartFindSimilar('https://i.ebayimg.com/guarded/catalog-421.png', " + tabId
                + ", 0); true");

        browser.driver.get(browser.awaitResultsTab());
        String state = new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.tagName("body")).getAttribute("data-state");
            return "loading".equals(s) ? null : s;
        });
        assertThat(state).isEqualTo("results");
        assertThat(browser.driver.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("#grid .card")).get(0).getAttribute("data-id"))
                .isEqualTo(FindSimilarBrowserTest.catalogId(421));
        // The searched image has the visible part's shape, at the 512 px the worker shrinks to.
        assertThat(((Number) browser.js("const i = document.getElementById('query-image');"
                + " return Math.max(i.naturalWidth, i.naturalHeight);")).intValue()).isEqualTo(512);
        assertThat(((Number) browser.js("const i = document.getElementById('query-image');"
                + " return i.naturalWidth / i.naturalHeight;")).doubleValue()).isCloseTo(visibleAspect, within(0.02));
        assertThat(browser.workerErrors()).isEmpty();
    }
}
