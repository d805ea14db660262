package com.alismart.server.products;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.alismart.server.TestServer;
import com.alismart.server.aliexpress.FakeOpenPlatform;
import com.alismart.server.db.Database;
import com.alismart.server.db.DatabaseUrl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /products/{id} with Open Platform credentials, against the local gateway: today's price from
 * productdetail.get, recorded once a day per product, the history from what was recorded, clean errors when the
 * platform fails or does not know the product.
 */
class OpenPlatformProductsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "1005006789012345";
    private static final AtomicReference<String> PRICE = new AtomicReference<>("12.99");
    private static FakeOpenPlatform platform;
    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        platform = new FakeOpenPlatform();
        platform.on(OpenPlatformProducts.METHOD, p -> {
            if (p.get("product_ids").equals("1005000000000500")) {
                return FakeOpenPlatform.error("isp.remote-service-error", "Remote service error", "isp.timeout");
            }
            if (!p.get("product_ids").equals(ID)) {
                return FakeOpenPlatform.empty(OpenPlatformProducts.METHOD);
            }
            return FakeOpenPlatform.ok(OpenPlatformProducts.METHOD, "{\"current_record_count\": 1, \"products\": "
                    + "{\"product\": [{\"product_id\": " + ID + ", \"product_title\": \"Waterproof Hiking Boots\","
                    + " \"product_main_image_url\": \"https://ae01.alicdn.com/kf/boots.jpg\", \"target_sale_price\":"
                    + " \"" + PRICE.get() + "\", \"target_sale_price_currency\": \"USD\", \"target_original_price\":"
                    + " \"25.98\", \"evaluate_rate\": \"97.5%\", \"lastest_volume\": 1234, \"shop_id\": 912345}]}}");
        });
        server = new TestServer(Config.forTests(dir).withAliExpress(new Config.AliExpress(FakeOpenPlatform.APP_KEY,
                FakeOpenPlatform.APP_SECRET, "alismart_web", platform.gateway())));
    }

    @AfterAll
    static void stop() {
        server.close();
        platform.close();
    }

    @Test
    void todays_price_comes_from_the_platform_and_is_recorded_as_the_days_history() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/products/" + ID + "?currency=EUR");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        JsonNode p = body.get("product");
        assertThat(p.get("title").asText()).isEqualTo("Waterproof Hiking Boots");
        assertThat(p.get("imageUrl").asText()).isEqualTo("https://ae01.alicdn.com/kf/boots.jpg");
        assertThat(p.get("price").get("currency").asText()).isEqualTo("EUR");
        assertThat(p.get("rating").asDouble()).isEqualTo(4.9);
        assertThat(p.get("orders").asInt()).isEqualTo(1234);
        JsonNode history = body.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("date").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(history.get(0).get("price").asDouble()).isEqualTo(p.get("price").get("amount").asDouble());
        assertThat(platform.calls()).anySatisfy(c -> assertThat(c).containsEntry("product_ids", ID)
                .containsEntry("target_currency", "USD").containsEntry("tracking_id", "alismart_web"));
    }

    @Test
    void the_platform_failing_or_not_knowing_the_product_gives_clean_errors() throws Exception {
        assertError(server.get("/api/v1/products/1005000000000500"), 502, "upstream_unavailable");
        assertError(server.get("/api/v1/products/1005000000000404"), 404, "not_found");
        assertError(server.get("/api/v1/products/12ab"), 400, "bad_id");
    }

    @Test
    void the_store_keeps_one_price_a_day_and_reads_them_oldest_first(@TempDir Path dir) {
        try (Database db = Database.open(DatabaseUrl.h2(dir))) {
            PriceHistoryStore store = new PriceHistoryStore(db.dataSource());
            LocalDate day = LocalDate.of(2026, 11, 1);
            store.record(ID, day.plusDays(1), "USD", 10.5);
            store.record(ID, day, "USD", 12);
            store.record(ID, day.plusDays(1), "USD", 9.99);
            store.record("1005000000000001", day, "USD", 3);
            assertThat(store.history(ID, day)).containsExactly(new PriceHistoryStore.Entry(day, "USD", 12),
                    new PriceHistoryStore.Entry(day.plusDays(1), "USD", 9.99));
            assertThat(store.history(ID, day.plusDays(1))).hasSize(1);
            // Days older than the keeping period go when a new day is recorded.
            store.record(ID, day.plusDays(PriceHistoryStore.KEEP_DAYS + 1), "USD", 8);
            assertThat(store.history(ID, day.minusDays(1))).extracting(PriceHistoryStore.Entry::day)
                    .containsExactly(day.plusDays(1), day.plusDays(PriceHistoryStore.KEEP_DAYS + 1));
        }
    }
}
