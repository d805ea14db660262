package com.alismart.e2e;

import com.alismart.ext.shop.ShopUrls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the extension costs a shop's page, cold, as a shopper meets it: every page is a fresh load, so the scripts
 * run for the first time in that page. Over every fixture page of the six shops (products, listings, captchas,
 * errors), each loaded {@value #LOADS} times under its real URL. Reported, not asserted: run by
 * {@code scripts/bench page}, not by the tests (surefire runs *Test classes only).
 * <ul>
 * <li>at load: the evaluation of content.js (content-start.js measures it), on every page;</li>
 * <li>in idle time, on every page: content.js's main (the hover button's listeners, the URL check);</li>
 * <li>in idle time, on product and cart pages only: page.js injected by the worker (its evaluation, then in a task of
 * its own its first look), recognition alone, and the first drawing of the panel.</li>
 * </ul>
 */
class PageCostBench {
    private static final Path PAGES = Path.of(System.getProperty("alismart.pages.dir",
            "../recognize/src/test/resources/pages"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOADS = Integer.getInteger("alismart.bench.loads", 5);

    @Test
    void cost_of_the_content_scripts_per_page_load() throws Exception {
        Map<String, List<Double>> byKind = new TreeMap<>();
        try (ExtensionBrowser browser = new ExtensionBrowser()) {
            browser.attachToWorker();
            browser.pointExtensionAtServer();
            List<Path> pages;
            try (Stream<Path> s = Files.walk(PAGES)) {
                pages = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path json : pages) {
                JsonNode fixture = JSON.readTree(json.toFile());
                String url = fixture.get("url").asText();
                String kind = fixture.get("expect").get("kind").asText();
                if (!fixture.get("expect").path("shop").isTextual()) {
                    continue; // a page of no shop of ours: the content script does not run there
                }
                browser.fixtures.route(url, Files.readAllBytes(Path.of(json.toString().replace(".json", ".html"))));
                for (int i = 0; i < LOADS; i++) {
                    browser.driver.get("about:blank");
                    browser.driver.get(url);
                    measure(browser, url, kind, byKind);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "page cost, ms, cold (each a fresh page"
                + " load), %d loads of each fixture page:%n", LOADS));
        for (Map.Entry<String, List<Double>> e : byKind.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            v.sort(null);
            out.append(String.format(Locale.ROOT, "  %-34s n=%3d  median %6.2f  p90 %6.2f  max %6.2f%n", e.getKey(),
                    v.size(), v.get(v.size() / 2), v.get((int) Math.min(v.size() - 1, Math.round(v.size() * 0.9))),
                    v.get(v.size() - 1)));
        }
        System.out.print(out);
    }

    private static void measure(ExtensionBrowser browser, String url, String kind, Map<String, List<Double>> into)
            throws Exception {
        // A product known by its page alone (a canonical URL elsewhere) gets no page script: content.js goes by URL.
        boolean product = kind.equals("product") && ShopUrls.product(url) != null;
        // content.js runs when the page is idle; on a product page, wait for the panel (page.js and the worker).
        JsonNode times = browser.inContentScript(url, "(async () => { const until = Date.now() + 15000;"
                + " const ready = () => typeof self.alismartMainMillis === 'number' && (!" + product
                + " || (typeof self.alismartPageMillis === 'number' && (self.alismartDrawMillis || []).length > 0));"
                + " while (!ready() && Date.now() < until) { await new Promise(r => setTimeout(r, 20)); }"
                + " return {load: self.alismartLoadMillis, main: self.alismartMainMillis,"
                + " page: self.alismartPageMillis, draw: (self.alismartDrawMillis || [])[0]}; })()");
        add(into, "at load: content.js (" + kind + ")", times.path("load"));
        add(into, "at load: content.js (all pages)", times.path("load"));
        add(into, "idle: content.js main (all pages)", times.path("main"));
        if (product) {
            add(into, "idle: page.js evaluation", times.path("page"));
            add(into, "idle: first drawing of the panel", times.path("draw"));
            browser.cdp.waitFor(Duration.ofSeconds(15), () -> browser.js(
                    "return document.getElementById('alismart-root');") != null);
            for (String[] attribute : new String[][] {{"data-alismart-look-ms", "idle: page.js first look"},
                {"data-alismart-recognize-ms", "idle: recognition alone"}}) {
                Object value = browser.js("return document.getElementById('alismart-root').getAttribute(arguments[0]);",
                        attribute[0]);
                if (value != null) {
                    into.computeIfAbsent(attribute[1], k -> new ArrayList<>())
                            .add(Double.parseDouble(value.toString()));
                }
            }
        }
    }

    private static void add(Map<String, List<Double>> into, String key, JsonNode value) {
        if (value.isNumber()) {
            into.computeIfAbsent(key, k -> new ArrayList<>()).add(value.asDouble());
        }
    }
}
