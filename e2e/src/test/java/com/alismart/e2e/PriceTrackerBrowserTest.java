package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.PriceMoves;
import com.alismart.server.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The price tracker end to end: products are watched through the worker's messages, the daily check (its alarm
 * handler, called directly: a test cannot wait a day) asks the server for today's prices, records them and raises a
 * notification for a fall to the target and for a fall of 10 % or more, and for nothing else.
 */
class PriceTrackerBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExtensionBrowser browser;
    private static String workerSession;

    @BeforeAll
    static void start() throws Exception {
        browser = new ExtensionBrowser();
        browser.attachToWorker();
        browser.pointExtensionAtServer();
        workerSession = browser.cdp.attachAndListen(browser.cdp.serviceWorkerTarget(browser.extensionId));
        browser.workerSessions.add(workerSession);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Each test starts with an empty watch list and no notifications. */
    @BeforeEach
    void clear() throws Exception {
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.async("chrome.storage.local.remove('watchlist').then(() => done(true));");
        inWorker("chrome.notifications.getAll().then(n => Promise.all(Object.keys(n).map(k =>"
                + " chrome.notifications.clear(k)))).then(() => JSON.stringify(true))");
    }

    private static Product product(int n) {
        return new CatalogGenerator(CatalogLoader.SEED).product(n);
    }

    private static double today(Product p) {
        return PriceMoves.priceOn(p, LocalDate.now(ZoneOffset.UTC));
    }

    /** Sends a watch.add from the popup page, as the popup's own code does. */
    private static JsonNode watch(Product p, double seenPrice, Double target) throws Exception {
        String json = (String) browser.async("""
                const [id, price, target] = [arguments[0], arguments[1], arguments[2]];
                const message = {type: 'watch.add', shop: 'aliexpress', id, price, currency: 'USD',
                    url: 'https://www.aliexpress.com/item/' + id + '.html', title: 'Product ' + id};
                if (target !== null) message.targetPrice = target;
                chrome.runtime.sendMessage(message).then(a => done(JSON.stringify(a)));
                """, p.id(), seenPrice, target);
        return JSON.readTree(json);
    }

    private static JsonNode inWorker(String expression) throws Exception {
        JsonNode result = browser.cdp.send(workerSession, "Runtime.evaluate", Map.of("expression", expression,
                "awaitPromise", true, "returnByValue", true));
        assertThat(result.has("exceptionDetails")).as(result.toString()).isFalse();
        return JSON.readTree(result.get("result").get("value").asText());
    }

    @Test
    void the_daily_check_notifies_on_a_fall_to_the_target_or_by_ten_percent_and_on_nothing_else() throws Exception {
        Product fell = product(11);
        Product target = product(12);
        Product steady = product(13);
        assertThat(watch(fell, Math.round(today(fell) * 125) / 100.0, null).get("ok").asBoolean()).isTrue();
        assertThat(watch(target, today(target), today(target) + 1).get("ok").asBoolean()).isTrue();
        assertThat(watch(steady, today(steady), null).get("ok").asBoolean()).isTrue();

        JsonNode checked = inWorker("alismartCheckPrices().then(a => JSON.stringify(a))");
        assertThat(checked.get("ok").asBoolean()).as(checked.toString()).isTrue();
        assertThat(checked.get("checked").asInt()).isEqualTo(3);
        assertThat(checked.get("failed").asInt()).isZero();
        assertThat(checked.get("notified").asInt()).isEqualTo(2);

        JsonNode shown = inWorker("chrome.notifications.getAll().then(n => JSON.stringify(Object.keys(n)))");
        assertThat(shown).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "aliexpress:" + fell.id(), "aliexpress:" + target.id());

        JsonNode list = JSON.readTree(browser.storageJson()).get("watchlist");
        JsonNode observations = list.get("aliexpress:" + fell.id()).get("observations");
        assertThat(observations).hasSize(2);
        assertThat(observations.get(1).get("p").asDouble()).isEqualTo(today(fell));
        assertThat(list.get("aliexpress:" + fell.id()).get("notifiedPrice").asDouble()).isEqualTo(today(fell));

        // The same prices on the next check are no news.
        JsonNode again = inWorker("alismartCheckPrices().then(a => JSON.stringify(a))");
        assertThat(again.get("notified").asInt()).isZero();
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void a_removed_product_is_no_longer_checked() throws Exception {
        Product p = product(21);
        watch(p, today(p) * 2, null);
        String removed = (String) browser.async("chrome.runtime.sendMessage({type: 'watch.remove', key: arguments[0]})"
                + ".then(a => done(JSON.stringify(a)));", "aliexpress:" + p.id());
        assertThat(JSON.readTree(removed).get("removed").asBoolean()).isTrue();
        assertThat(JSON.readTree(browser.storageJson()).get("watchlist").has("aliexpress:" + p.id())).isFalse();
    }

    @Test
    void the_popup_lists_watched_products_with_a_sparkline_and_edits_and_removes_them() throws Exception {
        Product p = product(31);
        watch(p, today(p) * 1.5, null);
        inWorker("alismartCheckPrices().then(a => JSON.stringify(a))");
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.driver.findElement(By.id("tab-watch")).click();
        String key = "aliexpress:" + p.id();
        WebElement row = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#watch-list li[data-key='" + key + "']")).stream().findFirst()
                        .orElse(null));
        assertThat(browser.driver.findElement(By.id("pane-search")).isDisplayed()).isFalse();
        assertThat(row.findElement(By.cssSelector(".watch-body a")).getText()).isEqualTo("Product " + p.id());
        assertThat(row.findElement(By.cssSelector(".watch-now")).getText()).contains(
                String.valueOf(today(p)).replace(".0", ""));
        assertThat(row.findElements(By.cssSelector("svg.spark polyline"))).hasSize(1);
        browser.screenshot("popup-watch-list");

        WebElement target = row.findElement(By.cssSelector("input.watch-target"));
        target.sendKeys("12.5");
        target.sendKeys(Keys.TAB);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                browser.storageJson().contains("\"targetPrice\":12.5"));

        browser.driver.findElement(By.cssSelector("#watch-list li[data-key='" + key + "'] .watch-remove")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#watch-list li[data-key='" + key + "']")).isEmpty());
        assertThat(JSON.readTree(browser.storageJson()).get("watchlist").has(key)).isFalse();
    }

    @Test
    void watch_messages_with_bad_fields_are_refused() throws Exception {
        String answer = (String) browser.async("chrome.runtime.sendMessage({type: 'watch.add', shop: 'aliexpress',"
                + " id: '1005006789012345', url: 'https://www.aliexpress.com/item/1005000000000000.html'})"
                + ".then(a => done(JSON.stringify(a)));");
        JsonNode a = JSON.readTree(answer);
        assertThat(a.get("ok").asBoolean()).isFalse();
        assertThat(a.get("error").get("code").asText()).isEqualTo("bad_field");
    }
}
