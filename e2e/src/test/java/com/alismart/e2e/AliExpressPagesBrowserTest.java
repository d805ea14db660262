package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The panel on AliExpress's own pages beyond the product page: the cart, drawn by the page's script after load,
 * shows the coupons for the amount it shows and follows it as items are ticked; a product page drawn late gets its
 * panel all the same; and a product link the shopper clicks while the panel shows a benefit goes through our
 * affiliate link, only for the shopper's own plain click, only when nobody else holds the credit.
 */
class AliExpressPagesBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CART = "https://www.aliexpress.com/p/shoppingcart/index.html";
    private static final double BOOTS = 26.99;
    private static final double SOCKS = 27.50;
    private static final String BOOTS_LINK = "https://www.aliexpress.com/item/1005001000000001.html"
            + "?spm=a2g0o.cart.0.0&pdp_ext_f=cart";
    /** A catalog product, so that the server has its price history to chart. */
    private static final int LATE_PRODUCT = 57;
    private static final String LISTING = "https://www.aliexpress.com/w/wholesale-hiking-boots.html";

    /** With another creator's aeu_cid cookie, as the harness sets it for every test. */
    private static ExtensionBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = open();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** A browser whose server makes affiliate links (a tracking id is set), serving the cart and a late page. */
    private static ExtensionBrowser open() throws Exception {
        ExtensionBrowser b = new ExtensionBrowser(c -> c.withAliExpress(
                new Config.AliExpress(null, null, "alismart_test", Config.AliExpress.GATEWAY)));
        b.attachToWorker();
        b.pointExtensionAtServer();
        b.fixtures.route(CART, resource("cart.html")
                .replace("{{P1}}", String.valueOf(BOOTS)).replace("{{P2}}", String.valueOf(SOCKS))
                .getBytes(StandardCharsets.UTF_8));
        Product p = lateProduct();
        b.fixtures.route(lateUrl(), resource("late-product.html")
                .replace("{{TITLE_JSON}}", JSON.writeValueAsString(p.title()).replace("<", "\\u003c"))
                .replace("{{IMAGE}}", "https://ae01.alicdn.com/kf/late/catalog-" + LATE_PRODUCT + ".png")
                .replace("{{URL}}", lateUrl())
                .replace("{{PRICE}}", String.format(Locale.ROOT, "%.2f", p.price() * 1.3))
                .replace("{{DELAY}}", "3000")
                .getBytes(StandardCharsets.UTF_8));
        b.fixtures.route(LISTING, resource("spa-listing.html")
                .replace("{{TITLE_JSON}}", JSON.writeValueAsString(p.title()).replace("<", "\\u003c"))
                .replace("{{TITLE}}", p.title().replace("&", "&amp;").replace("<", "&lt;"))
                .replace("{{IMAGE}}", "https://ae01.alicdn.com/kf/late/catalog-" + LATE_PRODUCT + ".png")
                .replace("{{URL}}", lateUrl())
                .replace("{{PRICE}}", String.format(Locale.ROOT, "%.2f", p.price() * 1.3))
                .getBytes(StandardCharsets.UTF_8));
        return b;
    }

    private static Product lateProduct() {
        return new CatalogGenerator(CatalogLoader.SEED).product(LATE_PRODUCT);
    }

    private static String lateUrl() {
        return "https://www.aliexpress.com/item/" + lateProduct().id() + ".html";
    }

    private static String resource(String name) {
        try (InputStream in = AliExpressPagesBrowserTest.class.getResourceAsStream("/panel/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The codes the cart panel should list at {@code amount}, and the nearest coupon not reached, from the server. */
    private static List<String> expected(ExtensionBrowser b, double amount, String[] nearest) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + b.server.port() + "/api/v1/coupons?country=US&currency=USD&lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> applicable = new ArrayList<>();
        double nearestSpend = Double.MAX_VALUE;
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            String scope = item.path("scope").path("type").asText("store");
            // A cart's amount says nothing of its category or its products: only coupons for any order count.
            boolean anyOrder = scope.equals("store") || scope.equals("new_users")
                    || scope.equals("category") && !item.path("scope").hasNonNull("category");
            double minSpend = item.get("value").get("minSpend").asDouble();
            if (!anyOrder || !item.get("value").get("currency").asText().equals("USD")) {
                continue;
            }
            if (minSpend <= amount) {
                applicable.add(item.get("code").asText());
            } else if (minSpend < nearestSpend) {
                nearestSpend = minSpend;
                nearest[0] = item.get("code").asText();
                nearest[1] = String.format(Locale.ROOT, "%.2f", minSpend - amount);
            }
        }
        return applicable.subList(0, Math.min(3, applicable.size()));
    }

    /** Waits until the cart panel shows {@code amount} and its coupons; returns {amount, codes, more, credit}. */
    private static JsonNode cartPanel(ExtensionBrowser b, double amount) throws Exception {
        JsonNode[] value = new JsonNode[1];
        String wanted = String.valueOf(amount);
        try {
            awaitCart(b, value, wanted);
        } catch (AssertionError e) {
            throw new AssertionError("the cart panel at " + wanted + " showed " + value[0] + "; host: " + b.js(
                    "const h = document.getElementById('alismart-root'); return h && h.outerHTML;"), e);
        }
        return value[0];
    }

    private static void awaitCart(ExtensionBrowser b, JsonNode[] value, String wanted) throws Exception {
        b.cdp.waitFor(Duration.ofSeconds(20), () -> {
            value[0] = b.inPanel("const a = this.querySelector('.cart-amount'), c = this.querySelector('.coupons p');"
                    + " const credit = this.querySelector('.credit');"
                    + " return a && c && credit && credit.getAttribute('data-credit') && {amount: a.getAttribute("
                    + "'data-amount'), text: a.textContent, heading: c.textContent,"
                    + " codes: [...this.querySelectorAll('.coupons .code')].map(e => e.textContent),"
                    + " more: (this.querySelector('.coupons .more') || {}).textContent || '',"
                    + " credit: credit.getAttribute('data-credit'), creditText: credit.textContent};");
            return value[0] != null && value[0].isObject() && value[0].get("amount").asText().equals(wanted);
        });
    }

    private static List<String> codes(JsonNode panel) {
        List<String> out = new ArrayList<>();
        panel.get("codes").forEach(c -> out.add(c.asText()));
        return out;
    }

    /** A real mouse click at the middle of the page's element {@code #id}: the shopper's own, trusted click. */
    private static void click(ExtensionBrowser b, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) b.js("const e = document.getElementById(arguments[0]);"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2};", id);
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            b.driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type,
                    "x", ((Number) at.get("x")).doubleValue(), "y", ((Number) at.get("y")).doubleValue(),
                    "button", "left", "clickCount", 1));
        }
    }

    private static long linkRequests(ExtensionBrowser b) {
        return b.proxy.requests().stream().filter(r -> r.startsWith("POST /api/v1/links")).count();
    }

    /** The page targets open now, by id. */
    private static Map<String, String> pages(ExtensionBrowser b) throws Exception {
        Map<String, String> out = new java.util.HashMap<>();
        for (JsonNode t : b.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
            if (t.get("type").asText().equals("page")) {
                out.put(t.get("targetId").asText(), t.get("url").asText());
            }
        }
        return out;
    }

    /** Waits for a page that was not open {@code before} and returns its URL. */
    private static String newPage(ExtensionBrowser b, Map<String, String> before) throws Exception {
        String[] url = new String[1];
        b.cdp.waitFor(Duration.ofSeconds(10), () -> {
            for (Map.Entry<String, String> e : pages(b).entrySet()) {
                if (!before.containsKey(e.getKey()) && !e.getValue().isEmpty() && !e.getValue().equals("about:blank")) {
                    url[0] = e.getValue();
                    return true;
                }
            }
            return false;
        });
        return url[0];
    }

    private static String awaitUrl(ExtensionBrowser b, java.util.function.Predicate<String> test) throws Exception {
        String[] url = new String[1];
        b.cdp.waitFor(Duration.ofSeconds(10), () -> test.test(url[0] = b.driver.getCurrentUrl()));
        return url[0];
    }

    @Test
    void the_cart_panel_lists_the_coupons_for_the_carts_amount_and_follows_it_as_items_are_ticked()
            throws Exception {
        browser.driver.get(CART);
        double both = Math.round((BOOTS + SOCKS) * 100) / 100.0;
        JsonNode panel = cartPanel(browser, both);
        String[] nearest = new String[2];
        List<String> expected = expected(browser, both, nearest);
        System.out.println("cart panel at $" + both + ": " + panel);
        assertThat(expected).isNotEmpty();
        assertThat(panel.get("text").asText()).contains("$54.49");
        assertThat(panel.get("heading").asText()).isEqualTo("Coupons for your cart:");
        assertThat(codes(panel)).isEqualTo(expected);
        assertThat(panel.get("more").asText()).contains(nearest[0]).contains("$" + nearest[1]);
        // The harness's cookie: another creator's recent click holds the credit.
        assertThat(panel.get("credit").asText()).isEqualTo("other");
        assertThat(browser.js("return document.getElementById('alismart-root').getAttribute("
                + "'data-alismart-state');")).isEqualTo("cart");
        browser.screenshot("panel-cart");

        // Unticking the socks changes only a text node of the page; the panel follows within the throttle.
        browser.js("document.getElementById('check-1').click(); return true;");
        JsonNode one = cartPanel(browser, BOOTS);
        String[] nearestOne = new String[2];
        List<String> expectedOne = expected(browser, BOOTS, nearestOne);
        assertThat(codes(one)).isEqualTo(expectedOne);
        assertThat(one.get("more").asText()).contains(nearestOne[0]).contains("$" + nearestOne[1]);
        assertThat(expectedOne).isNotEqualTo(expected);

        // A product link clicked while another creator holds the credit is the page's own: the very link, and no
        // request for one of ours.
        long before = linkRequests(browser);
        click(browser, "link-0");
        assertThat(awaitUrl(browser, u -> !u.equals(CART))).isEqualTo(BOOTS_LINK);
        assertThat(linkRequests(browser)).isEqualTo(before);
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void a_product_page_drawn_seconds_after_load_gets_its_panel_once_the_product_shows() throws Exception {
        browser.driver.get(lateUrl());
        long loaded = System.nanoTime();
        // Nothing yet: the page shows no product for 3 s.
        Thread.sleep(1500);
        assertThat(browser.js("return !!document.getElementById('alismart-root');")).isEqualTo(false);
        String[] state = new String[1];
        browser.cdp.waitFor(Duration.ofSeconds(15), () -> (state[0] = (String) browser.js(
                "const h = document.getElementById('alismart-root'); return h && h.getAttribute("
                        + "'data-alismart-state');")) != null);
        long millis = (System.nanoTime() - loaded) / 1_000_000;
        System.out.println("late product page: panel " + state[0] + " " + millis + " ms after load (drawn at 3000)");
        assertThat(state[0]).isEqualTo("ready");
        assertThat(browser.js("return document.getElementById('alismart-root').getAttribute("
                + "'data-alismart-product');")).isEqualTo("aliexpress:" + lateProduct().id());
    }

    @Test
    void the_page_script_is_injected_once_into_a_document_however_often_it_is_asked_for() throws Exception {
        browser.driver.get(lateUrl());
        browser.cdp.waitFor(Duration.ofSeconds(15), () -> browser.js(
                "return document.getElementById('alismart-root');") != null);
        // As content.js would ask again had the worker's first answer been lost in a restart.
        JsonNode again = browser.inContentScript(lateUrl(), "(async () => { const answers = [];"
                + " for (let i = 0; i < 2; i++) {"
                + "  answers.push(await chrome.runtime.sendMessage({type: 'page.inject'})); }"
                + " await new Promise(r => setTimeout(r, 300));"
                + " return {answers, injections: self.alismartPageInjections,"
                + " hosts: document.querySelectorAll('#alismart-root').length}; })()");
        assertThat(again.get("answers").toString()).isEqualTo("[{\"ok\":true},{\"ok\":true}]");
        assertThat(again.get("injections").asInt()).isEqualTo(1);
        assertThat(again.get("hosts").asInt()).isEqualTo(1);
    }

    @Test
    void a_listing_gets_no_page_script_until_a_single_page_navigation_opens_a_product() throws Exception {
        browser.driver.get(LISTING);
        // content.js runs on the listing (its hover button, its URL check), page.js does not.
        assertThat(browser.inContentScript(LISTING, "(async () => { await new Promise(r => setTimeout(r, 1500));"
                + " return [typeof alismartContent, typeof alismartPage]; })()").toString())
                .isEqualTo("[\"function\",\"undefined\"]");
        browser.js("document.getElementById('open').click(); return true;");
        String[] state = new String[1];
        browser.cdp.waitFor(Duration.ofSeconds(15), () -> (state[0] = (String) browser.js(
                "const h = document.getElementById('alismart-root'); return h && h.getAttribute("
                        + "'data-alismart-state');")) != null);
        assertThat(state[0]).isEqualTo("ready");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(lateUrl());
    }

    @Test
    void without_the_navigation_api_the_mutation_observer_follows_a_single_page_navigation() throws Exception {
        // Chromium has the Navigation API; browsers without it see a URL changed by history.pushState through the
        // throttled MutationObserver alone. The API is hidden from the extension's world before page.js arrives.
        browser.driver.get(LISTING);
        assertThat(browser.inContentScript(LISTING, "(async () => { while (typeof self.alismartStarted !== 'number')"
                + " { await new Promise(r => setTimeout(r, 20)); }"
                + " Object.defineProperty(window, 'navigation', {value: undefined, configurable: true});"
                + " return [typeof window.navigation, typeof alismartPage]; })()").toString())
                .isEqualTo("[\"undefined\",\"undefined\"]");
        browser.js("document.getElementById('open').click(); return true;");
        awaitProduct(lateProduct().id());
        // Now from one product to another, as a single-page shop does: the URL, then the page redrawn.
        Product next = stepTo(LATE_PRODUCT + 1, 0);
        String nextUrl = "https://www.aliexpress.com/item/" + next.id() + ".html";
        awaitProduct(next.id());
        assertThat(browser.inContentScript(nextUrl, "typeof window.navigation").asText()).isEqualTo("undefined");
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void a_single_page_step_that_changes_the_url_before_the_page_tells_the_new_products_title() throws Exception {
        browser.driver.get(lateUrl());
        awaitProduct(lateProduct().id());
        browser.inWorker("(() => { if (!self.alismartHeard) { self.alismartHeard = [];"
                + " chrome.runtime.onMessage.addListener(m => { self.alismartHeard.push(m); }); }"
                + " self.alismartHeard.length = 0; return true; })()");
        // As routers do: the URL first, the new product drawn 800 ms later (its data still on the way).
        Product next = stepTo(LATE_PRODUCT + 2, 800);
        awaitProduct(next.id());
        JsonNode heard = JSON.readTree(browser.inWorker("JSON.stringify(self.alismartHeard.filter("
                + "m => m.type === 'page.product'))").asText());
        // Told once, with the new product's own title: never the previous one's under the new id.
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).get("id").asText()).isEqualTo(next.id());
        assertThat(heard.get(0).get("title").asText()).isEqualTo(next.title());
    }

    /**
     * A single-page step on the open product page to catalog product {@code number}, as a shop's router makes it:
     * history.pushState, then (at once, or {@code drawAfterMillis} later) the page redrawn with the new product.
     */
    private static Product stepTo(int number, int drawAfterMillis) {
        Product next = new CatalogGenerator(CatalogLoader.SEED).product(number);
        browser.js("history.pushState({}, '', arguments[0]); const draw = () => {"
                + " for (const m of document.head.querySelectorAll('meta[property]')) { m.remove(); }"
                + " for (const [p, c] of [['og:title', arguments[1]], ['og:image', arguments[2]],"
                + "  ['og:url', arguments[0]], ['product:price:amount', arguments[3]],"
                + "  ['product:price:currency', 'USD']]) {"
                + "  const meta = document.createElement('meta'); meta.setAttribute('property', p);"
                + "  meta.setAttribute('content', c); document.head.appendChild(meta); }"
                + " document.title = arguments[1] + ' - AliExpress';"
                + " document.querySelector('#root h1').textContent = arguments[1]; };"
                + " if (arguments[4] > 0) { setTimeout(draw, arguments[4]); } else { draw(); } return true;",
                "https://www.aliexpress.com/item/" + next.id() + ".html", next.title(),
                "https://ae01.alicdn.com/kf/late/catalog-" + number + ".png",
                String.format(Locale.ROOT, "%.2f", next.price()), drawAfterMillis);
        return next;
    }

    /** Waits until the panel shows the AliExpress product {@code id}, ready. */
    private static void awaitProduct(String id) throws Exception {
        String[] shown = new String[1];
        try {
            browser.cdp.waitFor(Duration.ofSeconds(15), () -> ("aliexpress:" + id + " ready").equals(shown[0] =
                    (String) browser.js("const h = document.getElementById('alismart-root');"
                            + " return h && h.getAttribute('data-alismart-product') + ' '"
                            + " + h.getAttribute('data-alismart-state');")));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("the panel showed " + shown[0] + ", not aliexpress:" + id, e);
        }
    }

    @Test
    void a_product_link_clicked_while_the_panel_shows_a_benefit_goes_through_our_link_on_the_shoppers_own_click()
            throws Exception {
        try (ExtensionBrowser b = open()) {
            b.cdp.send("Storage.clearCookies", Map.of());
            b.driver.get(CART);
            double both = Math.round((BOOTS + SOCKS) * 100) / 100.0;
            JsonNode panel = cartPanel(b, both);
            assertThat(panel.get("credit").asText()).isEqualTo("nobody");
            assertThat(panel.get("creditText").asText()).contains("goes through AliSmart's link");
            assertThat(codes(panel)).isNotEmpty();

            // A script's click is not the shopper's: the page's own link, no request.
            b.js("document.getElementById('link-0').click(); return true;");
            assertThat(awaitUrl(b, u -> !u.equals(CART))).isEqualTo(BOOTS_LINK);
            assertThat(linkRequests(b)).isZero();

            // The shopper's click on a link that opens a new tab: a new tab, through our link.
            b.driver.get(CART);
            cartPanel(b, both);
            Map<String, String> before = pages(b);
            click(b, "link-1");
            assertThat(newPage(b, before)).startsWith("https://s.click.aliexpress.com/");
            assertThat(b.driver.getCurrentUrl()).isEqualTo(CART);
            assertThat(b.proxy.requests()).filteredOn(r -> r.startsWith("POST /api/v1/links")).singleElement()
                    .satisfies(r -> assertThat(r).contains("1005001000000002"));

            // A link that carries another creator's attribution is followed as it is, even on the shopper's click.
            String attributed = (String) b.js("return document.getElementById('link-attributed').href;");
            click(b, "link-attributed");
            assertThat(awaitUrl(b, u -> !u.equals(CART))).isEqualTo(attributed);
            assertThat(linkRequests(b)).isEqualTo(1);

            // The shopper's click on a link in this tab: this tab, through our link.
            b.driver.get(CART);
            cartPanel(b, both);
            click(b, "link-0");
            assertThat(awaitUrl(b, u -> !u.equals(CART))).startsWith("https://s.click.aliexpress.com/");
            assertThat(linkRequests(b)).isEqualTo(2);

            // On a product page the price history is the benefit; a recommendation opens through our link too.
            b.driver.get(lateUrl());
            b.cdp.waitFor(Duration.ofSeconds(20), () -> {
                JsonNode chart = b.inPanel("return !!this.querySelector('svg.chart polyline')"
                        + " && !!this.querySelector('.credit[data-credit]');");
                return chart != null && chart.asBoolean();
            });
            Map<String, String> beforeProduct = pages(b);
            click(b, "recommended");
            assertThat(newPage(b, beforeProduct)).startsWith("https://s.click.aliexpress.com/");
            assertThat(linkRequests(b)).isEqualTo(3);
            assertThat(b.workerErrors()).isEmpty();
        }
    }
}
