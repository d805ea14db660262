package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The three parts of the extension and the server, together in a real browser: on an AliExpress product page the
 * content script asks the worker, the worker answers and writes chrome.storage.local, the popup shows the server's
 * health; and a worker restart loses nothing that matters.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonBrowserTest {
    private static final String PRODUCT_ID = "1005006789012345";
    private static final String PRODUCT_URL = "https://www.aliexpress.com/item/" + PRODUCT_ID + ".html";
    private static final String WATCH_KEY = "aliexpress:" + PRODUCT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExtensionBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new ExtensionBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void product_page_worker_storage_and_popup_work_together_and_survive_a_worker_restart() throws Exception {
        String firstWorker = browser.attachToWorker();

        // The worker initialises storage on install: settings with defaults and a random client id.
        browser.driver.get(browser.extensionUrl("popup.html"));
        JsonNode initial = waitForStorage(s -> s.has("clientId") && s.has("settings"));
        String clientId = initial.get("clientId").asText();
        assertThat(clientId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(initial.get("settings").get("serverUrl").asText()).isEqualTo("http://localhost:7070");

        // The user points the extension at this run's server and watches the fixture product (two old prices).
        long day = 24L * 3600 * 1000;
        long now = System.currentTimeMillis();
        browser.async("""
                const [serverUrl, key, t1, t2] = arguments;
                chrome.storage.local.get('settings').then(({settings}) => chrome.storage.local.set({
                  settings: {...settings, serverUrl},
                  watchlist: {[key]: {title: 'Hiking boots', url: 'https://www.aliexpress.com/item/1.html',
                    targetPrice: 20, currency: 'USD', observations: [{t: t1, p: 27.5}, {t: t2, p: 26}]}}
                })).then(() => done(true));
                """, browser.serverUrl(), WATCH_KEY, now - 3 * day, now - 2 * day);

        // Content script → worker → storage → panel.
        browser.driver.get(PRODUCT_URL);
        assertPanelShows("3 prices seen");
        browser.screenshot("walking-skeleton-panel");

        browser.driver.get(browser.extensionUrl("popup.html"));
        JsonNode afterVisit = storage();
        JsonNode observations = afterVisit.get("watchlist").get(WATCH_KEY).get("observations");
        assertThat(observations).hasSize(3);
        assertThat(observations.get(2).get("p").asDouble()).isEqualTo(24.99);
        assertThat(observations.get(2).get("t").asLong()).isGreaterThanOrEqualTo(now);

        // The popup asks the worker, the worker asks the server.
        assertPopupShowsServerOnline();
        browser.screenshot("walking-skeleton-popup");

        // Stop the worker as Chrome does when it is idle; the next message wakes a new one.
        browser.cdp.send("Target.closeTarget", Map.of("targetId", firstWorker));
        browser.cdp.waitFor(Duration.ofSeconds(10),
                () -> !firstWorker.equals(browser.cdp.serviceWorkerTarget(browser.extensionId)));

        browser.driver.get(PRODUCT_URL);
        assertPanelShows("3 prices seen");
        browser.attachToWorker();

        browser.driver.get(browser.extensionUrl("popup.html"));
        JsonNode afterRestart = storage();
        assertThat(afterRestart.get("clientId").asText()).isEqualTo(clientId);
        assertThat(afterRestart.get("settings").get("serverUrl").asText()).isEqualTo(browser.serverUrl());
        JsonNode kept = afterRestart.get("watchlist").get(WATCH_KEY).get("observations");
        assertThat(kept).hasSize(3);
        assertThat(kept.get(0).get("p").asDouble()).isEqualTo(27.5);
        assertThat(kept.get(2).get("t").asLong()).isGreaterThanOrEqualTo(observations.get(2).get("t").asLong());
        assertPopupShowsServerOnline();

        // Nothing but the keys the privacy policy lists was written (the panel on AliExpress fetched the coupons).
        assertThat(afterRestart.fieldNames()).toIterable().allMatch(k -> java.util.Set.of("settings", "clientId",
                "coupons", "watchlist", "analyticsQueue").contains(k));
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void popup_says_so_when_the_server_cannot_be_reached() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        browser.driver.get(browser.extensionUrl("popup.html"));
        setServerUrl("http://localhost:" + closedPort);
        try {
            browser.driver.navigate().refresh();
            String state = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
                String s = d.findElement(By.id("server-status")).getAttribute("data-state");
                return "checking".equals(s) ? null : s;
            });
            assertThat(state).isEqualTo("error");
            assertThat(browser.driver.findElement(By.id("server-status")).getAttribute("data-error"))
                    .isEqualTo("unreachable");
            assertThat(browser.driver.findElement(By.id("server-status-text")).getText())
                    .contains("cannot be reached");
        } finally {
            setServerUrl(browser.serverUrl());
        }
    }

    private static void setServerUrl(String url) {
        browser.async("chrome.storage.local.get('settings').then(({settings}) => chrome.storage.local.set("
                + "{settings: {...settings, serverUrl: arguments[0]}})).then(() => done(true));", url);
    }

    @Test
    @Order(3)
    void pages_that_are_not_product_pages_get_no_panel() {
        browser.driver.get("https://www.aliexpress.com/w/wholesale-hiking-boots.html");
        // The content script runs at document_idle; give it the time it would need to (wrongly) add a panel.
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> "complete".equals(
                browser.js("return document.readyState")));
        sleep(1500);
        assertThat(browser.driver.findElements(By.id("alismart-root"))).isEmpty();
    }

    private static void assertPanelShows(String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> "watched".equals(browser.js(
                "const host = document.getElementById('alismart-root');"
                        + " return host && host.getAttribute('data-alismart-state');")));
        // The panel's shadow root is closed: read through DevTools, as no page script could.
        String shadowText;
        try {
            shadowText = browser.inPanel("return this.textContent;").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(shadowText).contains("AliSmart").contains("On your watch list").contains(text);
    }

    private static void assertPopupShowsServerOnline() {
        browser.driver.get(browser.extensionUrl("popup.html"));
        String state = new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            String s = d.findElement(By.id("server-status")).getAttribute("data-state");
            return "checking".equals(s) ? null : s;
        });
        assertThat(state).isEqualTo("ok");
        assertThat(browser.driver.findElement(By.id("server-status-text")).getText())
                .contains("Server online").contains("v0.1.0").contains("600 products");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("AliSmart");
    }

    private static JsonNode storage() throws Exception {
        return JSON.readTree(browser.storageJson());
    }

    private static JsonNode waitForStorage(java.util.function.Predicate<JsonNode> ready) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode s = storage();
        while (!ready.test(s)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("storage never became ready: " + s);
            }
            sleep(100);
            s = storage();
        }
        return s;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
