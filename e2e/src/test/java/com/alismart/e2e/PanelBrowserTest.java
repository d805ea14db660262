package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.PriceMoves;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AliSmart panel on the six shops' product pages, served under their real host names: it appears (and not on
 * a captcha or an error page under a product URL), costs the page little at load, keeps the page's careless styles
 * out and its own in, collapses and remembers it, follows single-page navigations; on AliExpress it charts the
 * price, watches with a target (and the daily check then notifies on the drop), lists the coupons that apply and
 * says who gets affiliate credit; elsewhere "Find on AliExpress" lists the pictured catalog product first, in the
 * page's currency, with the saving. The panel lives in a closed shadow root: the test reads it through DevTools,
 * which pierces closed roots, as no page script can.
 */
class PanelBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSS = resource("hostile.css");
    private static ExtensionBrowser browser;

    /** One product page of one shop, showing a catalog product's photo and title at a price of its own. */
    record Page(String shop, String url, String template, int catalogNumber, String currency, String symbol,
            double factor) {
        Product product() {
            return new CatalogGenerator(CatalogLoader.SEED).product(catalogNumber);
        }
    }

    /**
     * The catalog product the other shops' photos show: one the server's Image Search is known to find first from
     * a shop's photo (ImageSearchBrowserTest); the generated catalog has many look-alikes and near-identical
     * titles, so not every product is a fair test of the panel rather than of the image index.
     */
    private static final int PICTURED = 137;

    private static final List<Page> OTHER_SHOPS = List.of(
            new Page("amazon", "https://www.amazon.com/dp/B0PANEL137", "amazon.html", PICTURED, "USD", "$", 2.5),
            new Page("ebay", "https://www.ebay.co.uk/itm/Panel-Test-Item/315123456789", "ebay.html", PICTURED, "GBP",
                    "£", 2.5),
            new Page("temu", "https://www.temu.com/de/panel-test-g-601099512345678.html", "temu.html", PICTURED, "EUR",
                    "€", 2.5),
            new Page("shein", "https://us.shein.com/Panel-Test-Dress-p-12345678.html", "shein.html", PICTURED, "USD",
                    "$", 2.5),
            new Page("alibaba", "https://www.alibaba.com/product-detail/Panel-Test-Item_1600123456789.html",
                    "alibaba.html", PICTURED, "USD", "$", 2.5));

    private static final int ALIEXPRESS_PRODUCT = 41;

    @BeforeAll
    static void start() throws Exception {
        browser = new ExtensionBrowser();
        browser.attachToWorker();
        browser.pointExtensionAtServer();
        for (Page page : OTHER_SHOPS) {
            serve(page, page.product(), pagePrice(page));
        }
        serveAliExpress();
        browser.fixtures.route("https://www.amazon.com/dp/B0PANELCAP", resource("captcha.html")
                .getBytes(StandardCharsets.UTF_8));
        browser.fixtures.route("https://www.amazon.co.uk/dp/B000000000", resource("error.html")
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Each test starts with the panel open, an empty watch list and no notifications. */
    @BeforeEach
    void clear() throws Exception {
        browser.driver.get(browser.extensionUrl("popup.html"));
        browser.async("chrome.storage.local.get('settings').then(({settings}) => chrome.storage.local.set("
                + "{settings: {...settings, panelCollapsed: false}})).then(() => chrome.storage.local.remove("
                + "'watchlist')).then(() => done(true));");
        browser.inWorker("chrome.notifications.getAll().then(n => Promise.all(Object.keys(n).map(k =>"
                + " chrome.notifications.clear(k)))).then(() => true)");
    }

    private static double today(Product p) {
        return PriceMoves.priceOn(p, LocalDate.now(ZoneOffset.UTC));
    }

    /** The page's price: the catalog's today, converted by the server, times the page's factor. */
    private static double pagePrice(Page page) throws Exception {
        JsonNode answer = serverGet("/api/v1/products/" + page.product().id() + "?currency=" + page.currency());
        return Math.round(answer.get("product").get("price").get("amount").asDouble() * page.factor() * 100) / 100.0;
    }

    private static JsonNode serverGet(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + browser.server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String aliExpressUrl() {
        return "https://www.aliexpress.com/item/" + aliExpressProduct().id() + ".html";
    }

    private static Product aliExpressProduct() {
        return new CatalogGenerator(CatalogLoader.SEED).product(ALIEXPRESS_PRODUCT);
    }

    /** The AliExpress page shows the product 40 % dearer than today's price: a watch from it sees a fall. */
    private static double aliExpressPagePrice() {
        return Math.round(today(aliExpressProduct()) * 140) / 100.0;
    }

    private static void serveAliExpress() {
        Product p = aliExpressProduct();
        Page page = new Page("aliexpress", aliExpressUrl(), "aliexpress.html", ALIEXPRESS_PRODUCT, "USD", "$", 1.4);
        serve(page, p, aliExpressPagePrice());
    }

    private static void serve(Page page, Product p, double price) {
        String image = switch (page.shop()) {
            case "amazon" -> "https://m.media-amazon.com/images/I/catalog-" + page.catalogNumber() + ".png";
            case "ebay" -> "https://i.ebayimg.com/images/g/panel/catalog-" + page.catalogNumber() + ".png";
            case "temu" -> "https://img.kwcdn.com/product/panel/catalog-" + page.catalogNumber() + ".png";
            case "shein" -> "https://img.ltwebstatic.com/images3/panel/catalog-" + page.catalogNumber() + ".png";
            default -> "https://ae01.alicdn.com/kf/panel/catalog-" + page.catalogNumber() + ".png";
        };
        String id = page.url().replaceAll(".*?(\\d{8,})\\.html$", "$1");
        String html = resource(page.template())
                .replace("{{CSS}}", CSS)
                .replace("{{TITLE_JSON}}", p.title().replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("<", "\\u003c"))
                .replace("{{TITLE}}", escape(p.title()))
                .replace("{{URL}}", page.url())
                .replace("{{IMAGE}}", image)
                .replace("{{ID}}", id)
                .replace("{{PRICE}}", String.format(Locale.ROOT, "%.2f", price))
                .replace("{{CURRENCY}}", page.currency());
        browser.fixtures.route(page.url(), html.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = PanelBrowserTest.class.getResourceAsStream("/panel/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads a page and waits for the panel's host to be drawn; returns its state. */
    private static String open(String url) throws Exception {
        browser.driver.get(url);
        String[] state = new String[1];
        browser.cdp.waitFor(Duration.ofSeconds(15), () -> (state[0] = hostAttribute("data-alismart-state")) != null);
        return state[0];
    }

    private static String hostAttribute(String name) {
        return (String) browser.js("const h = document.getElementById('alismart-root');"
                + " return h ? h.getAttribute(arguments[0]) : null;", name);
    }

    private static JsonNode inPanel(String body) throws Exception {
        JsonNode value = browser.inPanel(body);
        if (value != null) {
            assertThat(browser.panelShadowType()).isEqualTo("closed");
        }
        return value;
    }

    /** Waits until {@code body}, run in the panel, returns something other than null or false. */
    private static JsonNode awaitPanel(String body) throws Exception {
        JsonNode[] value = new JsonNode[1];
        browser.cdp.waitFor(Duration.ofSeconds(30), () -> {
            value[0] = inPanel(body);
            return value[0] != null && !value[0].isNull() && !(value[0].isBoolean() && !value[0].asBoolean());
        });
        return value[0];
    }

    private static JsonNode storage(String key) throws Exception {
        return JSON.readTree(browser.inWorker("chrome.storage.local.get('" + key + "').then(v => JSON.stringify(v))")
                .asText()).get(key);
    }

    @Test
    void the_panel_appears_on_every_shops_product_page_at_little_cost_and_not_on_captcha_or_error_pages()
            throws Exception {
        List<String> pages = new ArrayList<>();
        pages.add(aliExpressUrl());
        OTHER_SHOPS.forEach(p -> pages.add(p.url()));
        List<Double> loads = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> draws = new ArrayList<>();
        StringBuilder report = new StringBuilder("panel: content script work on the shop pages, ms. At load: the"
                + " evaluation of content.js. Then, in idle time, cold (the first run of the code in this page):"
                + " page.js injected by the worker (its evaluation; in a task of its own its first look, of which"
                + " recognition alone), and the first drawing of the panel when the worker answers. Then the median"
                + " of 31 runs of recognition and of drawing:");
        for (String url : pages) {
            assertThat(open(url)).as(url).isEqualTo("ready");
            double atLoad = Double.parseDouble(hostAttribute("data-alismart-load-ms"));
            double pageScript = Double.parseDouble(hostAttribute("data-alismart-page-ms"));
            double firstIdle = Double.parseDouble(hostAttribute("data-alismart-look-ms"));
            double firstLook = Double.parseDouble(hostAttribute("data-alismart-recognize-ms"));
            double firstDraw = Double.parseDouble(hostAttribute("data-alismart-render-ms"));
            loads.add(atLoad);
            // The host sits outside the layout: fixed, whatever the page's "* {position: relative}" says.
            assertThat(browser.js("return getComputedStyle(document.getElementById('alismart-root')).position;"))
                    .isEqualTo("fixed");
            // As RecognitionBrowserTest measures it: main() again and again in the content script's world (called
            // again, it looks at the page at once), here each time after the panel was drawn for the run before;
            // then the median drawing time of those runs.
            JsonNode medians = browser.inPageScript(url, """
                    (async () => {
                      const times = [], drawn = () => (self.alismartDrawMillis || []).length;
                      for (let i = 0; i < 31; i++) {
                        const before = drawn(), t = performance.now();
                        alismartPage();
                        times.push(performance.now() - t);
                        while (drawn() === before) { await new Promise(r => setTimeout(r, 5)); }
                      }
                      const draws = self.alismartDrawMillis.slice(-31);
                      times.sort((a, b) => a - b);
                      draws.sort((a, b) => a - b);
                      return [times[15], draws[15]];
                    })()""");
            double median = medians.get(0).asDouble();
            double draw = medians.get(1).asDouble();
            warm.add(median);
            draws.add(draw);
            report.append(String.format(Locale.ROOT, "%n  %-74s at load %4.2f | idle: page.js %5.1f, look %4.1f"
                    + " (recognition %4.1f), draw %4.1f | median %4.2f + draw %4.2f", url, atLoad, pageScript,
                    firstIdle, firstLook, firstDraw, median, draw));
        }
        Collections.sort(loads);
        Collections.sort(warm);
        double atLoad = (loads.get(loads.size() / 2 - 1) + loads.get(loads.size() / 2)) / 2;
        double median = (warm.get(warm.size() / 2 - 1) + warm.get(warm.size() / 2)) / 2;
        report.append(String.format(Locale.ROOT, "%n  median over the six shops: at load %.2f ms (max %.2f);"
                + " recognition %.2f ms (max %.2f)", atLoad, loads.get(loads.size() - 1), median,
                warm.get(warm.size() - 1)));
        System.out.println(report);
        // The cold costs are reported here and measured over many page loads in scripts/bench page; what is asserted
        // is the repeatable: the page script's look at a page, and its drawing.
        assertThat(median).as("median recognition").isLessThan(5.0);
        Collections.sort(draws);
        assertThat((draws.get(2) + draws.get(3)) / 2).as("median drawing time").isLessThan(5.0);

        for (String url : List.of("https://www.amazon.com/dp/B0PANELCAP", "https://www.amazon.co.uk/dp/B000000000")) {
            browser.driver.get(url);
            Thread.sleep(1500);
            assertThat(hostAttribute("data-alismart-state")).as(url).isNull();
            assertThat(inPanel("return true;")).as(url).isNull();
        }
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void the_pages_styles_stay_out_of_the_panel_and_ours_out_of_the_page() throws Exception {
        open(OTHER_SHOPS.get(0).url());
        JsonNode inside = inPanel("""
                const title = getComputedStyle(this.querySelector('.title'));
                const panel = getComputedStyle(this.querySelector('.panel'));
                const button = getComputedStyle(this.querySelector('button.find'));
                return {color: title.color, size: title.fontSize, family: title.fontFamily,
                    background: panel.backgroundColor, width: panel.width, buttonMargin: button.marginTop,
                    buttonBackground: button.backgroundColor};
                """);
        assertThat(inside.get("color").asText()).isEqualTo("rgb(194, 65, 12)");
        assertThat(inside.get("size").asText()).isEqualTo("13px");
        assertThat(inside.get("family").asText()).doesNotStartWith("serif");
        assertThat(inside.get("background").asText()).isEqualTo("rgb(255, 255, 255)");
        assertThat(inside.get("width").asText()).isEqualTo("300px");
        assertThat(inside.get("buttonMargin").asText()).isEqualTo("0px");
        assertThat(inside.get("buttonBackground").asText()).isEqualTo("rgb(194, 65, 12)");
        @SuppressWarnings("unchecked")
        Map<String, Object> outside = (Map<String, Object>) browser.js("""
                const title = getComputedStyle(document.getElementById('page-title-marker'));
                const panel = getComputedStyle(document.getElementById('page-panel-marker'));
                return {weight: title.fontWeight, color: title.color, shadow: panel.boxShadow,
                    border: panel.borderTopWidth, width: panel.width};
                """);
        assertThat(outside.get("weight")).isEqualTo("400");
        assertThat(outside.get("color")).isEqualTo("rgb(0, 128, 0)");
        assertThat(outside.get("shadow")).isEqualTo("none");
        assertThat(outside.get("border")).isEqualTo("0px");
        assertThat(outside.get("width")).isNotEqualTo("300px");
        // No script of the page can reach into the panel.
        assertThat(browser.js("return document.getElementById('alismart-root').shadowRoot;")).isNull();
        // The page is laid out as it would be without the panel.
        String layout = "const r = document.getElementById('page-panel-marker').getBoundingClientRect();"
                + " return [r.x, r.y, r.width, r.height, document.documentElement.scrollWidth,"
                + " document.documentElement.scrollHeight].join(',');";
        Object withPanel = browser.js(layout);
        browser.js("window.__alismartHost = document.getElementById('alismart-root'); window.__alismartHost.remove();");
        assertThat(browser.js(layout)).isEqualTo(withPanel);
        browser.js("document.documentElement.appendChild(window.__alismartHost);");
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void on_aliexpress_the_panel_charts_the_price_lists_coupons_says_who_gets_credit_and_watches_with_a_target()
            throws Exception {
        Product p = aliExpressProduct();
        assertThat(open(aliExpressUrl())).isEqualTo("ready");
        JsonNode chart = awaitPanel("""
                const line = this.querySelector('svg.chart polyline');
                return line && {points: line.getAttribute('points').split(' ').length,
                    low: this.querySelector('.range .low').textContent,
                    high: this.querySelector('.range .high').textContent};
                """);
        // 90 days of the server's history as a step line: two points a change, at most.
        assertThat(chart.get("points").asInt()).isGreaterThan(10);
        assertThat(chart.get("low").asText()).startsWith("low $");
        assertThat(chart.get("high").asText()).startsWith("high $");

        JsonNode credit = awaitPanel("const c = this.querySelector('.credit');"
                + " return c && c.getAttribute('data-credit') && {credit: c.getAttribute('data-credit'),"
                + " text: c.textContent};");
        // Every browser test runs with another creator's aeu_cid cookie set: the credit is theirs.
        assertThat(credit.get("credit").asText()).isEqualTo("other");
        assertThat(credit.get("text").asText()).contains("another creator");

        JsonNode coupons = awaitPanel("const c = this.querySelector('.coupons p');"
                + " return c && {text: c.textContent, codes: [...this.querySelectorAll('.coupons .code')]"
                + ".map(e => e.textContent)};");
        Set<String> applicable = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (JsonNode item : serverGet("/api/v1/coupons?country=US&currency=USD&lang=en").get("items")) {
            all.add(item.get("code").asText());
            String scope = item.path("scope").path("type").asText("store");
            boolean scoped = scope.equals("products") || scope.equals("category") && item.path("scope")
                    .hasNonNull("category");
            if (!scoped && item.get("value").get("currency").asText().equals("USD")
                    && item.get("value").get("minSpend").asDouble() <= aliExpressPagePrice()) {
                applicable.add(item.get("code").asText());
            }
        }
        List<String> shown = new ArrayList<>();
        coupons.get("codes").forEach(c -> shown.add(c.asText()));
        System.out.println("panel: coupons shown " + shown + " of applicable " + applicable + " at $"
                + aliExpressPagePrice());
        assertThat(all).containsAll(shown);
        assertThat(applicable).containsAll(shown);
        assertThat(shown.size()).isEqualTo(Math.min(3, applicable.size()));

        // Watch with a target, from the panel.
        inPanel("const input = this.querySelector('input.target'); input.value = '9,5';"
                + " this.querySelector('button.watch-button').click(); return true;");
        String key = "aliexpress:" + p.id();
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> {
            JsonNode list = storage("watchlist");
            return list != null && list.has(key);
        });
        JsonNode item = storage("watchlist").get(key);
        assertThat(item.get("targetPrice").asDouble()).isEqualTo(9.5);
        assertThat(item.get("observations").get(0).get("p").asDouble()).isEqualTo(aliExpressPagePrice());
        assertThat(awaitPanel("const s = this.querySelector('.watch-status');"
                + " return s.textContent.includes('9.50') && s.textContent;").asText()).contains("Watching");
        browser.screenshot("panel-aliexpress");

        // The daily check sees today's price, 40 % under the one seen: a notification.
        JsonNode checked = browser.inWorker("alismartCheckPrices().then(a => JSON.stringify(a))");
        JsonNode result = JSON.readTree(checked.asText());
        assertThat(result.get("checked").asInt()).as(result.toString()).isEqualTo(1);
        assertThat(result.get("notified").asInt()).as(result.toString()).isEqualTo(1);
        JsonNode shownNotes = JSON.readTree(browser.inWorker(
                "chrome.notifications.getAll().then(n => JSON.stringify(Object.keys(n)))").asText());
        assertThat(shownNotes).extracting(JsonNode::asText).containsExactly(key);

        // "Find similar" opens the Image Search results for the page's main photo.
        inPanel("this.querySelector('button.similar').click(); return true;");
        String results = browser.awaitResultsTab();
        assertThat(results).startsWith(browser.extensionUrl("results.html#job="));
        // Also with the photo out of the page (a gallery that swapped it out): the worker fetches it by its URL.
        browser.js("document.querySelector('.magnifier--image').remove();");
        inPanel("this.querySelector('button.similar').click(); return true;");
        assertThat(browser.awaitResultsTab()).startsWith(browser.extensionUrl("results.html#job="))
                .isNotEqualTo(results);

        // Back on the page, the panel knows the product is watched and changes the target.
        assertThat(open(aliExpressUrl())).isEqualTo("watched");
        JsonNode watched = awaitPanel("const i = this.querySelector('input.target');"
                + " return {value: i.value, button: this.querySelector('button.watch-button').textContent};");
        assertThat(watched.get("value").asText()).isEqualTo("9.5");
        assertThat(watched.get("button").asText()).isEqualTo("Set target");
        inPanel("const input = this.querySelector('input.target'); input.value = '8';"
                + " this.querySelector('button.watch-button').click(); return true;");
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> storage("watchlist").get(key).path("targetPrice")
                .asDouble() == 8.0);
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void elsewhere_find_on_aliexpress_lists_the_pictured_product_first_in_the_pages_currency_with_a_saving()
            throws Exception {
        Map<Page, JsonNode> found = new java.util.LinkedHashMap<>();
        for (Page page : OTHER_SHOPS) {
            int before = browser.proxy.requests().size();
            assertThat(open(page.url())).as(page.url()).isEqualTo("ready");
            Thread.sleep(300);
            // Until the click, neither the photo nor the title leaves the page.
            assertThat(browser.proxy.requests().subList(before, browser.proxy.requests().size()))
                    .noneMatch(r -> r.contains("/api/v1/image-search") || r.contains("/api/v1/search"));
            inPanel("this.querySelector('button.find').click(); return true;");
            JsonNode results = awaitPanel("""
                    const r = this.querySelector('.results');
                    if (r.getAttribute('data-state') === 'loading') return null;
                    return {state: r.getAttribute('data-state'), byImage: r.getAttribute('data-by-image'),
                      headings: [...r.querySelectorAll('.match-heading')].map(h => h.textContent),
                      items: [...r.querySelectorAll('a.result')].map(a =>
                        ({id: a.getAttribute('data-id'), price: a.querySelector('.price').textContent,
                          match: a.getAttribute('data-match'),
                          save: (a.querySelector('.save') || {}).textContent || null}))};
                    """);
            System.out.println("panel: " + page.shop() + " finds " + results);
            found.put(page, results);
            if (page.shop().equals("amazon")) {
                // The thumbnails come from the server: the screenshot waits for them.
                awaitPanel("return [...this.querySelectorAll('a.result img')].every(i => i.complete"
                        + " && i.naturalWidth > 0) || null;");
                browser.screenshot("panel-amazon");
            }
        }
        for (Map.Entry<Page, JsonNode> entry : found.entrySet()) {
            Page page = entry.getKey();
            JsonNode results = entry.getValue();
            assertThat(results.get("state").asText()).as(page.shop()).isEqualTo("done");
            JsonNode first = results.get("items").get(0);
            assertThat(first.get("id").asText()).as(page.shop()).isEqualTo(page.product().id());
            assertThat(first.get("price").asText()).as(page.shop()).contains(page.symbol());
            assertThat(first.get("save").asText()).as(page.shop()).startsWith("save ").contains(page.symbol());
            assertThat(first.get("match").asText()).as(page.shop()).isEqualTo("same");
            assertThat(results.get("items").size()).isBetween(1, 6);
            // A saving is shown only against a likely-same product, never against a cheaper other thing; one page
            // shows one product, so one result at most is called the same, under its own heading.
            long same = 0;
            for (JsonNode item : results.get("items")) {
                same += item.get("match").asText().equals("same") ? 1 : 0;
                if (!item.get("save").isNull()) {
                    assertThat(item.get("match").asText()).as(page.shop() + " " + item).isEqualTo("same");
                }
            }
            assertThat(same).as(page.shop()).isEqualTo(1);
            List<String> headings = new ArrayList<>();
            results.get("headings").forEach(h -> headings.add(h.asText()));
            assertThat(headings).as(page.shop()).containsExactly("Same product", "Similar items");
        }
        // A result opens the AliExpress product in a new tab (as a plain link: another creator holds the credit).
        open(OTHER_SHOPS.get(0).url());
        inPanel("this.querySelector('button.find').click(); return true;");
        awaitPanel("return this.querySelector('.results').getAttribute('data-state') === 'done';");
        // A script's click opens nothing: only the shopper's own may (and may apply our link).
        inPanel("this.querySelector('a.result').click(); return true;");
        Thread.sleep(500);
        String expected = "https://www.aliexpress.com/item/" + OTHER_SHOPS.get(0).product().id() + ".html";
        for (JsonNode t : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
            assertThat(t.get("url").asText()).isNotEqualTo(expected);
        }
        JsonNode at = inPanel("const r = this.querySelector('a.result').getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2};");
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            browser.driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type,
                    "x", at.get("x").asDouble(), "y", at.get("y").asDouble(), "button", "left", "clickCount", 1));
        }
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> {
            for (JsonNode t : browser.cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
                if (t.get("type").asText().equals("page") && t.get("url").asText().equals(expected)) {
                    browser.cdp.send("Target.closeTarget", Map.of("targetId", t.get("targetId").asText()));
                    return true;
                }
            }
            return false;
        });
        // The page's photo and title went to our server on the click only; nothing else from the page.
        assertThat(browser.proxy.requests()).noneMatch(r -> r.contains("B0PANEL137"));
        assertThat(browser.workerErrors()).isEmpty();
    }

    @Test
    void the_panel_collapses_remembers_it_and_follows_single_page_navigations() throws Exception {
        String url = OTHER_SHOPS.get(0).url();
        open(url);
        assertThat(hostAttribute("data-alismart-collapsed")).isEqualTo("false");
        inPanel("this.querySelector('button.toggle').click(); return true;");
        assertThat(hostAttribute("data-alismart-collapsed")).isEqualTo("true");
        assertThat(inPanel("return this.querySelector('.body').hidden;").asBoolean()).isTrue();
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> storage("settings").path("panelCollapsed").asBoolean());
        open(url);
        assertThat(hostAttribute("data-alismart-collapsed")).isEqualTo("true");
        inPanel("this.querySelector('button.toggle').click(); return true;");
        browser.cdp.waitFor(Duration.ofSeconds(10), () -> !storage("settings").path("panelCollapsed").asBoolean());

        // To a page that is no product, through the history API: the panel goes; back: it returns.
        browser.js("history.pushState({}, '', '/gp/help/customer/display.html');");
        browser.cdp.waitFor(Duration.ofSeconds(5), () -> hostAttribute("data-alismart-state") == null);
        browser.js("history.back();");
        browser.cdp.waitFor(Duration.ofSeconds(5), () -> "ready".equals(hostAttribute("data-alismart-state")));

        // A new fragment (a gallery's "#image-2") is the same page: the panel is not drawn again.
        browser.js("document.getElementById('alismart-root').dataset.testMark = 'kept'; location.hash = 'image-2';");
        Thread.sleep(700);
        assertThat(hostAttribute("data-test-mark")).isEqualTo("kept");

        // From one AliExpress product to another, as the shop's own script does: the panel is redrawn for it.
        Product next = new CatalogGenerator(CatalogLoader.SEED).product(ALIEXPRESS_PRODUCT + 1);
        String nextUrl = "https://www.aliexpress.com/item/" + next.id() + ".html";
        open(aliExpressUrl());
        assertThat(hostAttribute("data-alismart-product")).isEqualTo("aliexpress:" + aliExpressProduct().id());
        browser.js("""
                const [url, title] = arguments;
                history.pushState({}, '', url);
                document.querySelector('link[rel=canonical]').href = url;
                document.querySelector('meta[property="og:url"]').content = url;
                document.querySelector('meta[property="og:title"]').content = title;
                document.querySelector('h1').textContent = title;
                document.title = title + ' - AliExpress';
                """, nextUrl, next.title());
        browser.cdp.waitFor(Duration.ofSeconds(5), () -> ("aliexpress:" + next.id()).equals(
                hostAttribute("data-alismart-product")));
        assertThat(hostAttribute("data-alismart-state")).as(hostAttribute("data-alismart-error")).isEqualTo("ready");
        assertThat(awaitPanel("return !!this.querySelector('svg.chart polyline');").asBoolean()).isTrue();
        assertThat(browser.workerErrors()).isEmpty();
    }
}
