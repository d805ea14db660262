package com.alismart.server.coupons;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /coupons} over real HTTP, from the shipped feed in the embedded database. */
class CouponsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode items(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/coupons" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("items");
    }

    private static List<String> codes(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    @Test
    void serves_todays_coupons_from_the_shipped_feed() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/coupons");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        Instant updated = Instant.parse(body.get("updatedAt").asText());
        assertThat(updated).isBetween(Instant.now().minusSeconds(300), Instant.now());
        assertThat(body.get("currency").asText()).isEqualTo("USD");
        List<String> codes = codes(body.get("items"));
        assertThat(codes).contains("ALISAVE3", "NEWAE4", "TECH12", "FLASH5")
                // ended yesterday, starts tomorrow, limited to countries the request did not name
                .doesNotContain("LASTWEEK5", "WEEKEND10", "USFAST6", "ESAHORRA3");
        for (JsonNode item : body.get("items")) {
            assertThat(Instant.parse(item.get("expiresAt").asText())).isAfter(Instant.now());
            assertThat(Instant.parse(item.get("startsAt").asText())).isBeforeOrEqualTo(Instant.now());
        }
        JsonNode save3 = find(body.get("items"), "ALISAVE3");
        assertThat(save3.get("discount").get("type").asText()).isEqualTo("amount");
        assertThat(save3.get("discount").get("amount").asDouble()).isEqualTo(3.0);
        assertThat(save3.get("minSpend").get("amount").asDouble()).isEqualTo(29.0);
        assertThat(save3.get("scope").get("type").asText()).isEqualTo("store");
        JsonNode flash = find(body.get("items"), "FLASH5");
        assertThat(flash.get("scope").get("productIds")).hasSize(3);
    }

    @Test
    void ranks_by_saving_to_the_shopper() throws Exception {
        JsonNode items = items("?country=ES&currency=EUR");
        double previous = Double.MAX_VALUE;
        for (JsonNode item : items) {
            double saving = item.get("value").get("saving").asDouble();
            assertThat(saving).as(item.get("code").asText()).isLessThanOrEqualTo(previous);
            assertThat(item.get("value").get("currency").asText()).isEqualTo("EUR");
            previous = saving;
        }
        // $20 off $159 saves the most; 15% of 60 EUR is 9 EUR, below its 12 EUR cap
        assertThat(items.get(0).get("code").asText()).isEqualTo("ALISAVE20");
        assertThat(find(items, "EUROPA15").get("value").get("saving").asDouble()).isEqualTo(9.0);
        // converted at the embedded rate: 3 USD * 0.92
        assertThat(find(items, "ALISAVE3").get("value").get("saving").asDouble()).isEqualTo(2.76);
        assertThat(find(items, "ALISAVE3").get("value").get("minSpend").asDouble()).isEqualTo(26.68);
        // 5% with no minimum is valued on a typical 30 USD basket
        assertThat(find(items, "CHOICE5").get("value").get("saving").asDouble()).isEqualTo(1.38);
    }

    @Test
    void filters_by_country() throws Exception {
        assertThat(codes(items("?country=es"))).contains("ESAHORRA3", "EUROPA15", "ALISAVE3")
                .doesNotContain("FRANCE5", "BRASIL20", "USFAST6");
        assertThat(codes(items("?country=BR&currency=BRL"))).contains("BRASIL20", "BRNOVO15")
                .doesNotContain("ESAHORRA3");
        assertThat(codes(items("?country=US"))).contains("USFAST6").doesNotContain("EUROPA15");
    }

    @Test
    void localises_titles_when_the_feed_has_them() throws Exception {
        assertThat(find(items("?lang=es"), "ALISAVE3").get("title").asText())
                .isEqualTo("3 US$ de descuento en pedidos desde 29 US$");
        assertThat(find(items("?lang=pt-BR"), "ALISAVE3").get("title").asText()).startsWith("US$ 3 de desconto");
        assertThat(find(items("?lang=ru"), "NEWAE4").get("title").asText()).startsWith("Новым покупателям");
        assertThat(find(items("?lang=ja"), "ALISAVE3").get("title").asText()).isEqualTo("US $3 off orders over US $29");
        assertThat(find(items("?lang=es"), "CASE2OFF").get("title").asText())
                .isEqualTo("US $2 off Phone Cases over US $10");
    }

    @Test
    void strong_etag_over_the_bytes_and_304_on_if_none_match() throws Exception {
        HttpResponse<String> first = server.get("/api/v1/coupons?country=FR&currency=EUR&lang=fr");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).doesNotStartWith("W/").startsWith("\"").endsWith("\"");
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(first.body().getBytes(StandardCharsets.UTF_8));
        assertThat(etag).isEqualTo("\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"");
        assertThat(server.get("/api/v1/coupons?country=FR&currency=EUR&lang=fr").headers().firstValue("ETag"))
                .hasValue(etag);

        for (String match : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            HttpResponse<String> again = server.send(HttpRequest.newBuilder(
                    server.uri("/api/v1/coupons?country=FR&currency=EUR&lang=fr")).header("If-None-Match", match)
                    .GET().build());
            assertThat(again.statusCode()).as(match).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Cache-Control")).isEqualTo(first.headers()
                    .firstValue("Cache-Control"));
        }
        HttpResponse<String> stale = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/coupons?country=FR&currency=EUR&lang=fr")).header("If-None-Match", "\"old\"")
                .GET().build());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
        // other parameters, other bytes, another tag
        String other = server.get("/api/v1/coupons?country=FR&currency=EUR&lang=de").headers().firstValue("ETag")
                .orElseThrow();
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void cache_control_fit_for_a_daily_feed() throws Exception {
        String cc = server.get("/api/v1/coupons").headers().firstValue("Cache-Control").orElseThrow();
        Matcher m = Pattern.compile("public, max-age=(\\d+), must-revalidate").matcher(cc);
        assertThat(m.matches()).as(cc).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(0, 3600);
    }

    @Test
    void the_tagged_bytes_are_the_bytes_sent_even_when_gzip_is_accepted() throws Exception {
        HttpResponse<byte[]> r = server.client().send(HttpRequest.newBuilder(server.uri("/api/v1/coupons?lang=fr"))
                .header("Accept-Encoding", "gzip, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(r.body());
        assertThat(r.headers().firstValue("ETag"))
                .hasValue("\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"");
    }

    @Test
    void refuses_bad_parameters_cleanly() throws Exception {
        assertError(server.get("/api/v1/coupons?country=ESP"), 400, "bad_country");
        assertError(server.get("/api/v1/coupons?country=1%3B"), 400, "bad_country");
        assertError(server.get("/api/v1/coupons?currency=XXX"), 400, "unknown_currency");
        assertError(server.get("/api/v1/coupons?lang=%3Cscript%3E"), 400, "bad_lang");
        assertError(server.get("/api/v1/coupons?lang=" + "a".repeat(100)), 400, "bad_lang");
        assertError(server.post("/api/v1/coupons", "application/json", "{}"), 405, "method_not_allowed");
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not in " + codes(items));
    }
}
