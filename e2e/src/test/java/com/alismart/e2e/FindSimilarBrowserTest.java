package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Find similar" from a shop's listing page (a fixture under www.ebay.com): the hover button over product photos
 * (a plain {@code <img>} with srcset, a lazy image whose URL waits in data-src, a CSS background tile under a link
 * overlay), not over an icon, an invisible image or a banner; the page's own clicks and styles untouched; and the
 * screen capture used when the image's host refuses the extension's fetch (hot-link protection answering 403 to
 * anything but the shop's pages).
 */
class FindSimilarBrowserTest {
    private static final String PAGE = "https://www.ebay.com/sch/i.html";
    private static final String GUARDED = "https://i.ebayimg.com/guarded/catalog-421.png";
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

    @AfterEach
    void no_worker_errors() {
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void the_button_shows_over_product_photos_only_and_finds_each_product_first() throws Exception {
        browser.openShopPage(PAGE);
        WebElement photo = browser.driver.findElement(By.id("photo"));
        Object layoutBefore = layout();

        for (String notAPhoto : new String[] {"icon", "ghost", "banner"}) {
            hover(notAPhoto);
            Thread.sleep(400);
            assertThat(buttonShown()).as("no button over the " + notAPhoto).isFalse();
        }

        hover("photo");
        Map<String, Object> button = awaitButton();
        Map<?, ?> box = rectOf("photo");
        // Over the photo's top right corner, inside it.
        assertThat(num(button, "right")).isLessThanOrEqualTo(num(box, "right")).isGreaterThan(num(box, "right") - 20);
        assertThat(num(button, "top")).isGreaterThanOrEqualTo(num(box, "top")).isLessThan(num(box, "top") + 20);
        // The page's "button { font-size: 30px !important }" does not reach ours, and ours does not reach its.
        assertThat(num(button, "height")).isBetween(16.0, 36.0);
        assertThat(browser.js("return getComputedStyle(document.getElementById('page-button')).backgroundColor;"))
                .isEqualTo("rgb(0, 255, 0)");
        assertThat(layout()).as("the page's layout does not move").isEqualTo(layoutBefore);
        browser.screenshot("hover-button");

        assertThat(searchFromButton(button)).isEqualTo("results");
        assertThat(firstResult()).isEqualTo(catalogId(137));
        browser.screenshot("hover-button-results");

        for (String[] tile : new String[][] {{"lazy", "250"}, {"tile", "305"}}) {
            browser.openShopPage(PAGE);
            hover(tile[0]);
            assertThat(searchFromButton(awaitButton())).as(tile[0]).isEqualTo("results");
            // The worker fetched the real photo, not the placeholder or the tile's link overlay.
            assertThat(browser.fixtures.requests()).as(tile[0]).contains(
                    "i.ebayimg.com /images/g/catalog-" + tile[1] + ".png");
            assertThat(firstResult()).as(tile[0]).isEqualTo(catalogId(Integer.parseInt(tile[1])));
        }
    }

    @Test
    void the_pages_own_clicks_still_work_and_the_button_is_not_one_of_them() throws Exception {
        browser.openShopPage(PAGE);
        hover("photo");
        Map<String, Object> button = awaitButton();
        // A click on the photo, away from the button: the page's handlers run as without the extension.
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("photo")), -100, 100).click()
                .perform();
        assertThat(browser.js("return [window.photoClicks, window.documentClicks];")).isEqualTo(List.of(1L, 1L));
        // A click on our button is ours: it opens the search, and the page's handlers never hear of it.
        hover("photo");
        awaitButton();
        int x = (int) (num(button, "left") + num(button, "width") / 2);
        int y = (int) (num(button, "top") + num(button, "height") / 2);
        new Actions(browser.driver).moveToLocation(x, y).click().perform();
        assertThat(browser.awaitResultsTab()).startsWith(browser.extensionUrl("results.html#job="));
        assertThat(browser.js("return [window.photoClicks, window.documentClicks];")).isEqualTo(List.of(1L, 1L));
        // A page script cannot press it: the closed shadow root leaves it only the host, which opens nothing.
        browser.js("document.querySelector('alismart-find-similar').click();");
        Thread.sleep(500);
        assertThat(openResultsTabs()).isZero();
        assertThat(browser.js("return [window.photoClicks, window.documentClicks];")).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void a_refused_image_from_the_menu_is_taken_from_the_screen() throws Exception {
        browser.openShopPage(PAGE);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.js(
                "const i = document.getElementById('guarded'); return i.complete && i.naturalWidth > 0;")));
        int tabId = browser.inWorker("chrome.tabs.query({url: '" + PAGE + "'}).then(t => t[0].id)").asInt();
        double visibleAspect = ((Number) browser.js("const r = document.getElementById('guarded')"
                + ".getBoundingClientRect(); return r.width / (Math.min(r.bottom, innerHeight) - r.top);"))
                .doubleValue();
        // A click on the context menu grants activeTab for the tab; the toolbar button grants the same.
        browser.pressToolbarButton(PAGE);
        browser.inWorker("alismartFindSimilar('" + GUARDED + "', " + tabId + ", 0); true");

        String results = browser.awaitResultsTab();
        assertThat(browser.fixtures.refused()).contains("i.ebayimg.com /guarded/catalog-421.png");
        browser.driver.get(results);
        assertThat(awaitResults()).isEqualTo("results");
        assertThat(firstResult()).isEqualTo(catalogId(421));
        WebElement notice = browser.driver.findElement(By.id("notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("used what is on your screen");
        assertThat(queryImageAspect()).as("the crop is the photo's visible part")
                .isCloseTo(visibleAspect, within(0.02));
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.js(
                "return [...document.querySelectorAll('#grid .card img')].slice(0, 4)"
                        + ".every(i => i.complete && i.naturalWidth > 0);")));
        browser.screenshot("image-search-from-screen");

        // The image waited in session storage (memory only), never in local storage.
        String local = browser.storageJson();
        assertThat(local).doesNotContain("data:image").doesNotContain("imageJobs");
        String session = (String) browser.async(
                "chrome.storage.session.get(null).then(v => done(JSON.stringify(Object.keys(v))));");
        assertThat(session).isEqualTo("[\"imageJobs\"]");

        // A results page for a search the worker does not hold, or for a made-up id, says so (each a new load: a
        // change of fragment alone would not reload the page).
        browser.driver.get("about:blank");
        browser.driver.get(browser.extensionUrl("results.html#job=0b9b6f5e-3c1d-4e5f-8a7b-9c0d1e2f3a4b"));
        assertThat(awaitResults()).isEqualTo("error");
        assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("data-error")).isEqualTo("job_expired");
        browser.driver.get("about:blank");
        browser.driver.get(browser.extensionUrl("results.html#job=..%2Fsettings"));
        assertThat(awaitResults()).isEqualTo("error");
        assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("data-error")).isEqualTo("bad_field");
    }

    @Test
    void a_refused_image_from_the_button_says_to_use_the_menu() throws Exception {
        browser.openShopPage(PAGE);
        hover("guarded");
        assertThat(searchFromButton(awaitButton())).isEqualTo("error");
        assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("data-error"))
                .isEqualTo("capture_needs_menu");
        assertThat(browser.driver.findElement(By.id("status")).getText()).contains("Right-click");
    }

    @Test
    void the_popup_switch_turns_the_button_off_and_on() throws Exception {
        setHoverButton(false);
        browser.openShopPage(PAGE);
        hover("photo");
        Thread.sleep(500);
        assertThat(buttonShown()).isFalse();

        setHoverButton(true);
        browser.openShopPage(PAGE);
        hover("photo");
        awaitButton();
    }

    @Test
    void the_any_site_permission_moves_the_menu_to_every_page_and_back() throws Exception {
        browser.driver.get(browser.extensionUrl("popup.html"));
        assertThat(browser.driver.findElement(By.id("setting-any-site")).isSelected()).isFalse();
        // The permission prompt cannot be answered headless: call what permissions.onAdded/onRemoved call.
        JsonNode added = browser.inWorker("alismartPermissionsChanged(true, {origins: ['<all_urls>']})");
        assertThat(added.get("documentUrlPatterns")).extracting(JsonNode::asText).containsExactly("<all_urls>");
        JsonNode removed = browser.inWorker("alismartPermissionsChanged(false, {origins: ['<all_urls>']})");
        assertThat(removed.get("documentUrlPatterns")).extracting(JsonNode::asText)
                .contains("*://*.ebay.com/*", "*://*.amazon.co.jp/*", "*://*.temu.com/*").hasSize(41)
                .doesNotContain("<all_urls>");
        assertThat(browser.inWorker("alismartPermissionsChanged(true, {origins: ['https://example.com/*']})")
                .isNull()).isTrue();
    }

    private void setHoverButton(boolean on) {
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.driver.findElement(By.cssSelector("#settings summary")).click();
        WebElement box = browser.driver.findElement(By.id("setting-hover-button"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> "true".equals(
                box.getAttribute("data-loaded")));
        if (box.isSelected() != on) {
            box.click();
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> Boolean.valueOf(on).equals(browser.js(
                "return chrome.storage.local.get('settings').then(s => s.settings.hoverButton);")));
    }

    /** A real pointer move onto the element, left of its centre (away from where the button goes). */
    private void hover(String id) {
        WebElement element = browser.driver.findElement(By.id(id));
        int dx = -element.getSize().getWidth() / 4;
        new Actions(browser.driver).moveToElement(element, dx, 0).perform();
    }

    private boolean buttonShown() {
        return Boolean.TRUE.equals(browser.js("const b = document.querySelector('alismart-find-similar');"
                + " return !!b && b.getAttribute('data-state') === 'shown';"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitButton() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> buttonShown());
        return (Map<String, Object>) browser.js("return document.querySelector('alismart-find-similar')"
                + ".getBoundingClientRect().toJSON();");
    }

    private Map<?, ?> rectOf(String id) {
        return (Map<?, ?>) browser.js("return document.getElementById(arguments[0]).getBoundingClientRect()"
                + ".toJSON();", id);
    }

    private Object layout() {
        return browser.js("const r = document.getElementById('photo').getBoundingClientRect();"
                + " return [r.left, r.top, r.width, r.height, document.documentElement.scrollWidth,"
                + " document.documentElement.scrollHeight, document.body.childElementCount];");
    }

    private static double num(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** A real click in the middle of the button; returns the state the opened results page settles in. */
    private String searchFromButton(Map<String, Object> button) throws Exception {
        int x = (int) (num(button, "left") + num(button, "width") / 2);
        int y = (int) (num(button, "top") + num(button, "height") / 2);
        new Actions(browser.driver).moveToLocation(x, y).click().perform();
        browser.driver.get(browser.awaitResultsTab());
        return awaitResults();
    }

    private String awaitResults() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.tagName("body")).getAttribute("data-state");
            return "loading".equals(s) ? null : s;
        });
    }

    private String firstResult() {
        return browser.driver.findElements(By.cssSelector("#grid .card")).get(0).getAttribute("data-id");
    }

    private double queryImageAspect() {
        return ((Number) browser.js("const i = document.getElementById('query-image');"
                + " return i.naturalWidth / i.naturalHeight;")).doubleValue();
    }

    static String catalogId(int n) {
        return new CatalogGenerator(CatalogLoader.SEED).product(n).id();
    }

    private int openResultsTabs() throws Exception {
        int n = 0;
        for (JsonNode target : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
            if (target.get("url").asText().startsWith(browser.extensionUrl("results.html"))) {
                n++;
            }
        }
        return n;
    }
}
