package com.alismart.server.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alismart.server.Config;
import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with Open Platform credentials, against the local gateway: promo codes imported from the hot products,
 * affiliate links from link.generate (cached), and what happens when the platform fails or throttles.
 */
class OpenPlatformApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOT = "aliexpress.affiliate.hotproduct.query";
    private static final String LINKS = "aliexpress.affiliate.link.generate";
    private static final String TRACKING = "alismart_web";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final AtomicBoolean FAIL_PAGE_2 = new AtomicBoolean();
    private static final AtomicBoolean THROTTLE_LINKS = new AtomicBoolean();
    private static FakeOpenPlatform platform;
    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        platform = new FakeOpenPlatform();
        platform.on(HOT, OpenPlatformApiTest::hotProducts);
        platform.on(LINKS, p -> {
            if (THROTTLE_LINKS.get()) {
                return FakeOpenPlatform.throttled();
            }
            if (!TRACKING.equals(p.get("tracking_id"))) {
                return FakeOpenPlatform.respCode(LINKS, 402, "TrackingId input parameter error");
            }
            StringBuilder links = new StringBuilder();
            for (String url : p.get("source_values").split(",")) {
                links.append(links.length() == 0 ? "" : ",").append("{\"promotion_link\": \"https://s.click.")
                        .append("aliexpress.com/e/_c").append(Integer.toHexString(url.hashCode()))
                        .append("\", \"source_value\": \"").append(url).append("\"}");
            }
            return FakeOpenPlatform.ok(LINKS, "{\"total_result_count\": 1, \"promotion_links\": {\"promotion_link\": ["
                    + links + "]}}");
        });
        server = new TestServer(Config.forTests(dir).withAliExpress(new Config.AliExpress(FakeOpenPlatform.APP_KEY,
                FakeOpenPlatform.APP_SECRET, TRACKING, platform.gateway())));
    }

    @AfterAll
    static void stop() {
        server.close();
        platform.close();
    }

    /** 50 products on page 1 and 7 on page 2; codes shared by several products; one unreadable promo. */
    private static String hotProducts(Map<String, String> p) {
        int page = Integer.parseInt(p.get("page_no"));
        if (page == 2 && FAIL_PAGE_2.get()) {
            return FakeOpenPlatform.error("isp.remote-service-error", "Remote service error", "isp.timeout");
        }
        if (page > 2) {
            return FakeOpenPlatform.empty(HOT);
        }
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        String start = LocalDateTime.now(pacific).minusDays(1).format(TIME);
        String end = LocalDateTime.now(pacific).plusDays(3).format(TIME);
        List<String> products = new ArrayList<>();
        int count = page == 1 ? 50 : 7;
        for (int i = 0; i < count; i++) {
            long id = 1005006000000000L + page * 1000 + i;
            String code = page == 1 ? (i % 2 == 0 ? "AEHOT3" : "AEHOT10PCT") : "AENEW5";
            String value = code.equals("AEHOT10PCT") ? "10%" : code.equals("AEHOT3") ? "US $3.00" : "US $5.00";
            String promo = i == 3 && page == 2 ? "{\"promo_code\": \"BROKEN\", \"code_value\": \"\"}"
                    : "{\"promo_code\": \"" + code + "\", \"code_value\": \"" + value + "\", \"code_mini_spend\":"
                    + " \"US $" + (code.equals("AENEW5") ? "35.00" : "19.00") + "\", \"code_availabletime_start\": \""
                    + start + "\", \"code_availabletime_end\": \"" + end + "\", \"code_quantity\": \"1000\"}";
            products.add("{\"product_id\": " + id + ", \"product_title\": \"Hot product " + i + "\","
                    + " \"promo_code_info\": " + promo + "}");
        }
        return FakeOpenPlatform.ok(HOT, "{\"current_page_no\": " + page + ", \"current_record_count\": " + count
                + ", \"products\": {\"product\": [" + String.join(",", products) + "]}}");
    }

    @Test
    void imports_promo_codes_from_the_hot_products() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/coupons?currency=USD");
        JsonNode items = JSON.readTree(r.body()).get("items");
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asText()));
        assertThat(codes).containsExactlyInAnyOrder("AEHOT10PCT", "AEHOT3", "AENEW5");
        JsonNode hot3 = items.findParents("code").stream().filter(i -> i.get("code").asText().equals("AEHOT3"))
                .findFirst().orElseThrow();
        assertThat(hot3.get("source").asText()).isEqualTo("aliexpress");
        assertThat(hot3.get("scope").get("type").asText()).isEqualTo("products");
        assertThat(hot3.get("scope").get("productIds")).hasSize(25);
        assertThat(hot3.get("minSpend").get("amount").asDouble()).isEqualTo(19.0);
        // 5 off 35 first; 10% of the 30 USD typical basket (above its 19 minimum) ties with 3 off 19 at 3 USD, same
        // minimum and expiry, so the id decides
        assertThat(codes).containsExactly("AENEW5", "AEHOT10PCT", "AEHOT3");
        assertThat(platform.calls().stream().filter(c -> c.get("method").equals(HOT)))
                .allSatisfy(c -> assertThat(c).containsEntry("tracking_id", TRACKING).containsKey("fields"));
    }

    @Test
    void a_platform_failure_on_page_two_leaves_the_previous_set() throws Exception {
        String before = server.get("/api/v1/coupons").body();
        FAIL_PAGE_2.set(true);
        try {
            assertThatThrownBy(() -> server.app().coupons().refresh())
                    .isInstanceOf(AliExpressException.class);
        } finally {
            FAIL_PAGE_2.set(false);
        }
        assertThat(server.get("/api/v1/coupons").body()).isEqualTo(before);
    }

    @Test
    void links_come_from_link_generate_and_are_cached() throws Exception {
        String url = "https://www.aliexpress.com/item/1005006111111111.html?spm=x";
        long before = calls(LINKS);
        JsonNode item = post("{\"urls\": [\"" + url + "\", \"https://www.aliexpress.com/item/1005006111111112.html\","
                + " \"https://www.amazon.com/dp/B08N5WRWNW\"]}").get("items").get(0);
        assertThat(item.get("via").asText()).isEqualTo("api");
        assertThat(item.get("affiliate").asBoolean()).isTrue();
        assertThat(item.get("link").asText()).startsWith("https://s.click.aliexpress.com/e/_c");
        assertThat(calls(LINKS)).isEqualTo(before + 1);
        Map<String, String> call = platform.calls().get(platform.calls().size() - 1);
        assertThat(call.get("source_values")).isEqualTo("https://www.aliexpress.com/item/1005006111111111.html,"
                + "https://www.aliexpress.com/item/1005006111111112.html");
        assertThat(call).containsEntry("promotion_link_type", "0").containsEntry("tracking_id", TRACKING);
        JsonNode again = post("{\"urls\": [\"" + url + "\"]}").get("items").get(0);
        assertThat(again.get("link").asText()).isEqualTo(item.get("link").asText());
        assertThat(calls(LINKS)).as("answered from the cache").isEqualTo(before + 1);
    }

    @Test
    void a_throttled_platform_falls_back_to_tracking_links() throws Exception {
        THROTTLE_LINKS.set(true);
        try {
            JsonNode item = post("{\"urls\": [\"https://m.aliexpress.com/item/1005006222222222.html\"]}")
                    .get("items").get(0);
            assertThat(item.get("via").asText()).isEqualTo("tracking_id");
            assertThat(item.get("link").asText()).startsWith("https://s.click.aliexpress.com/deep_link.htm?"
                    + "aff_short_key=" + TRACKING);
        } finally {
            THROTTLE_LINKS.set(false);
        }
        // not cached: the next call asks the platform again
        assertThat(post("{\"urls\": [\"https://m.aliexpress.com/item/1005006222222222.html\"]}").get("items").get(0)
                .get("via").asText()).isEqualTo("api");
    }

    private static long calls(String method) {
        return platform.calls().stream().filter(c -> method.equals(c.get("method"))).count();
    }

    private static JsonNode post(String body) throws Exception {
        HttpResponse<String> r = server.post("/api/v1/links", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
