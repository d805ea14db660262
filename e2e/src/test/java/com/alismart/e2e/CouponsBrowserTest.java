package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Coupons end to end: the worker syncs them from the server into storage, the popup's Coupons tab lists what the
 * server serves for the shopper's country and currency, copies a code in one click, revalidates with the ETag, and
 * keeps showing the stored list when the server is gone.
 */
class CouponsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** What the server itself serves for these parameters, straight from it. */
    private static List<String> serverCodes(String country, String currency) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + browser.server.port() + "/api/v1/coupons?country=" + country + "&currency="
                        + currency + "&lang=en")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> codes = new ArrayList<>();
        for (JsonNode item : JSON.readTree(r.body()).get("items")) {
            if (Instant.parse(item.get("expiresAt").asText()).isAfter(Instant.now())) {
                codes.add(item.get("code").asText());
            }
        }
        return codes;
    }

    private static List<WebElement> openCouponsTab() {
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.driver.findElement(By.id("tab-coupons")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            String state = d.findElement(By.id("coupons-list")).getAttribute("data-state");
            return "items".equals(state) || "empty".equals(state);
        });
        return browser.driver.findElements(By.cssSelector("#coupons-list li.coupon"));
    }

    private static JsonNode askWorker(boolean refresh) throws Exception {
        return JSON.readTree((String) browser.async("chrome.runtime.sendMessage({type: 'coupons.get', refresh:"
                + " arguments[0]}).then(a => done(JSON.stringify(a)));", refresh));
    }

    @Test
    void the_popup_lists_todays_coupons_copies_a_code_and_works_offline() throws Exception {
        JsonNode settings = JSON.readTree(browser.storageJson()).get("settings");
        assertThat(settings).isNotNull();
        List<WebElement> rows = openCouponsTab();
        // Headless Chromium speaks en-US: the coupons for the United States, in dollars.
        List<String> expected = serverCodes("US", "USD");
        assertThat(expected).isNotEmpty();
        assertThat(rows).extracting(r -> r.getAttribute("data-code")).containsExactlyElementsOf(expected);
        WebElement first = rows.get(0);
        assertThat(first.findElement(By.cssSelector(".coupon-off")).getText()).containsPattern("\\d");
        assertThat(first.findElement(By.cssSelector(".coupon-ends")).getText()).startsWith("ends in");
        assertThat(browser.driver.findElement(By.id("coupons-updated")).getText()).startsWith("updated");

        JsonNode stored = JSON.readTree(browser.storageJson()).get("coupons");
        assertThat(stored.get("etag").asText()).startsWith("\"");
        // What the worker stored is what the server served (the popup showed the live ones of it).
        assertThat(stored.get("items")).extracting(i -> i.get("code").asText()).containsAll(expected);
        browser.screenshot("popup-coupons");

        // One click copies the code, and says so.
        browser.cdp.send("Browser.grantPermissions", Map.of("origin", "chrome-extension://" + browser.extensionId,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement copy = first.findElement(By.cssSelector(".coupon-code button"));
        copy.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> copy.getText().startsWith("Copied"));
        Object pasted = browser.async("navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
        assertThat(pasted).isEqualTo(first.getAttribute("data-code"));

        // A filter narrows the list to one kind of coupon.
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("coupons-filter")))
                .selectByValue("new_users");
        assertThat(browser.driver.findElements(By.cssSelector("#coupons-list li.coupon")))
                .allSatisfy(r -> assertThat(r.getAttribute("data-scope")).isEqualTo("new_users"));

        // Revalidation sends the ETag and gets a 304; the stored list stays.
        int before = browser.proxy.requests().size();
        JsonNode refreshed = askWorker(true);
        assertThat(refreshed.get("ok").asBoolean()).isTrue();
        assertThat(refreshed.has("offline")).isFalse();
        List<String> sent = browser.proxy.requests().subList(before, browser.proxy.requests().size());
        assertThat(sent).anySatisfy(r -> assertThat(r).startsWith("GET /api/v1/coupons?country=US&currency=USD")
                .containsIgnoringCase("if-none-match: " + stored.get("etag").asText()));

        // The server goes away: the popup still shows the stored coupons, and the worker says it is offline.
        browser.proxy.setDown(true);
        try {
            JsonNode offline = askWorker(true);
            assertThat(offline.get("offline").asBoolean()).isTrue();
            assertThat(offline.get("items")).hasSize(expected.size());
            assertThat(openCouponsTab()).extracting(r -> r.getAttribute("data-code"))
                    .containsExactlyElementsOf(expected);
        } finally {
            browser.proxy.setDown(false);
        }
        assertThat(browser.workerErrors()).isEmpty();
    }
}
