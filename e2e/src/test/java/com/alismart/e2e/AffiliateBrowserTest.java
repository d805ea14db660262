package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Affiliate links in the real browser, against a server with a tracking id: applied when the shopper opens a
 * product from our pages and nobody holds the credit; never over another creator's aeu_cid cookie (we stand down for
 * the session); never with the switch off. The cookie value never reaches the server (checked by the harness).
 */
class AffiliateBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCT = "https://www.aliexpress.com/item/1005006789012345.html";

    private static ExtensionBrowser browser() throws Exception {
        ExtensionBrowser browser = new ExtensionBrowser(c -> c.withAliExpress(
                new Config.AliExpress(null, null, "alismart_test", Config.AliExpress.GATEWAY)));
        browser.attachToWorker();
        browser.pointExtensionAtServer();
        return browser;
    }

    private static JsonNode open(ExtensionBrowser browser) throws Exception {
        return JSON.readTree((String) browser.async("chrome.runtime.sendMessage({type: 'product.open', url:"
                + " arguments[0]}).then(a => done(JSON.stringify(a)));", PRODUCT));
    }

    /** The URLs of pages opened since {@code before} (ChromeDriver does not see extension-opened tabs). */
    private static List<String> openedPages(ExtensionBrowser browser, List<String> before) throws Exception {
        List<String> out = new ArrayList<>();
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> {
            out.clear();
            for (JsonNode t : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
                if (t.get("type").asText().equals("page") && !before.contains(t.get("targetId").asText())) {
                    out.add(t.get("url").asText());
                }
            }
            return !out.isEmpty();
        });
        return out;
    }

    private static List<String> pageIds(ExtensionBrowser browser) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode t : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
            ids.add(t.get("targetId").asText());
        }
        return ids;
    }

    @Test
    void another_creators_cookie_means_no_link_and_standing_down_for_the_session() throws Exception {
        try (ExtensionBrowser browser = browser()) {
            // The harness set a foreign aeu_cid on .aliexpress.com.
            List<String> before = pageIds(browser);
            JsonNode answer = open(browser);
            assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
            assertThat(answer.get("affiliate").asBoolean()).isFalse();
            assertThat(answer.get("credit").asText()).isEqualTo("other");
            assertThat(openedPages(browser, before)).containsExactly(PRODUCT);
            assertThat(browser.proxy.requests()).noneMatch(r -> r.startsWith("POST /api/v1/links"));

            // Gone or not, we stand down for the rest of the session.
            browser.cdp.send("Storage.clearCookies", Map.of());
            JsonNode again = open(browser);
            assertThat(again.get("affiliate").asBoolean()).isFalse();
            assertThat(browser.proxy.requests()).noneMatch(r -> r.startsWith("POST /api/v1/links"));
        }
    }

    @Test
    void with_nobody_credited_the_shoppers_click_goes_through_our_link_unless_switched_off() throws Exception {
        try (ExtensionBrowser browser = browser()) {
            browser.cdp.send("Storage.clearCookies", Map.of());
            List<String> before = pageIds(browser);
            JsonNode answer = open(browser);
            assertThat(answer.get("affiliate").asBoolean()).as(answer.toString()).isTrue();
            assertThat(answer.get("credit").asText()).isEqualTo("nobody");
            assertThat(openedPages(browser, before)).singleElement().satisfies(url ->
                    assertThat(url).startsWith("https://s.click.aliexpress.com/"));
            assertThat(browser.proxy.requests()).filteredOn(r -> r.startsWith("POST /api/v1/links")).singleElement()
                    .satisfies(r -> assertThat(r).contains("1005006789012345").doesNotContainIgnoringCase("cookie"));

            // The popup's switch off: the plain product page, and no request for a link.
            browser.driver.get(browser.extensionUrl("popup.html"));
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("#settings summary")).click();
            var toggle = browser.driver.findElement(org.openqa.selenium.By.id("setting-affiliate"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> toggle.isSelected());
            toggle.click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> browser.storageJson().contains("\"affiliateLinks\":false"));
            int links = (int) browser.proxy.requests().stream().filter(r -> r.startsWith("POST /api/v1/links"))
                    .count();
            List<String> beforeOff = pageIds(browser);
            JsonNode off = open(browser);
            assertThat(off.get("affiliate").asBoolean()).isFalse();
            assertThat(openedPages(browser, beforeOff)).containsExactly(PRODUCT);
            assertThat(browser.proxy.requests().stream().filter(r -> r.startsWith("POST /api/v1/links")).count())
                    .isEqualTo(links);
        }
    }
}
