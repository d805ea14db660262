package com.alismart.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages built to break the recogniser: each still gives one well-formed JSON object, quickly. */
class HostilePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "https://www.aliexpress.com/item/1005005123456789.html";

    private static JsonNode run(String html, String url) throws IOException {
        return run(html.getBytes(StandardCharsets.UTF_8), url);
    }

    private static JsonNode run(byte[] html, String url) throws IOException {
        String out = Main.recognize(html, url);
        assertThat(out).doesNotContain("\n");
        JsonNode node = JSON.readTree(out);
        assertThat(node.isObject()).isTrue();
        assertThat(node.size()).isEqualTo(7);
        return node;
    }

    @Test
    void deeply_nested_elements() throws IOException {
        String html = "<title>Deep</title>" + "<div>".repeat(100_000) + "<h1 itemprop=name>x</h1>"
                + "</div>".repeat(100_000);
        JsonNode r = run(html, ITEM);
        assertThat(r.get("kind").asText()).isIn("product", "other");
    }

    @Test
    void deeply_nested_json_ld_and_a_huge_script() throws IOException {
        String html = "<title>Boots - AliExpress</title><script type=\"application/ld+json\">"
                + "[".repeat(500_000) + "</script><script>var runParams = {\"skuAmount\":" + "{\"a\":".repeat(100_000)
                + "</script><script>" + "x".repeat(5_000_000) + "</script>";
        JsonNode r = run(html, ITEM);
        assertThat(r.get("kind").asText()).isEqualTo("product");
        assertThat(r.get("title").asText()).isEqualTo("Boots");
        assertThat(r.get("price").isNull()).isTrue();
    }

    @Test
    void random_bytes() throws IOException {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(200_000)];
            random.nextBytes(bytes);
            assertThat(run(bytes, ITEM).get("kind").asText()).isIn("other", "product");
        }
    }

    @Test
    void many_elements_matching_the_selectors() throws IOException {
        StringBuilder sb = new StringBuilder("<title>Many</title>")
                .append("<div itemscope itemtype=\"https://schema.org/Product\">");
        for (int i = 0; i < 50_000; i++) {
            sb.append("<span itemprop=\"price\" class=\"price--current\">US $").append(i).append("</span>");
        }
        for (int i = 0; i < 2_000; i++) {
            sb.append("<script type=\"application/ld+json\">{\"@type\":\"Thing\"}</script>");
        }
        long start = System.nanoTime();
        JsonNode r = run(sb.toString(), ITEM);
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertThat(r.get("price").asDouble()).isEqualTo(0.0);
    }

    @Test
    void markup_and_quotes_in_values_come_out_as_plain_json_strings() throws IOException {
        String html = "<title>x</title><meta property=\"og:title\""
                + " content=\"&lt;img src=x onerror=alert(1)&gt; \\&quot;"
                + " \u2028 \u0001 \ud800 end\"><meta property=\"og:image\" content=\"javascript:alert(1)\">";
        JsonNode r = run(html, ITEM);
        assertThat(r.get("title").asText()).startsWith("<img src=x onerror=alert(1)> \\\"").endsWith("end");
        assertThat(r.get("imageUrl").isNull()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "not a url", "javascript:alert(1)", "https://", "https://www.aliexpress.com:99999/",
        "file:///etc/passwd", "https://www.amazon.com/dp/../../etc"})
    void any_url_at_all(String url) throws IOException {
        JsonNode r = run("<title>Boots</title><meta property=\"og:title\" content=\"Boots\">", url);
        assertThat(r.get("kind").asText()).isIn("other", "product", "listing");
    }

    @Test
    void other_encodings_declared_in_the_page() throws IOException {
        byte[] latin1 = ("<meta charset=\"iso-8859-1\"><title>Kaffeem\u00fchle | eBay</title>")
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonNode r = run(latin1, "https://www.ebay.de/itm/185123456789");
        assertThat(r.get("title").asText()).isEqualTo("Kaffeem\u00fchle");
    }
}
