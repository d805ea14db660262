package com.alismart.server.products;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.alismart.server.catalog.PriceMoves;
import com.alismart.server.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /products/{id} over real HTTP, on the generated test catalog. */
class ProductsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static Product product;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = new TestServer(dir);
        product = server.app().catalog().index().productAt(7);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/products/" + product.id() + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        return JSON.readTree(r.body());
    }

    @Test
    void answers_with_todays_price_and_the_daily_history() throws Exception {
        JsonNode body = get("?days=30");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode p = body.get("product");
        assertThat(p.get("id").asText()).isEqualTo(product.id());
        assertThat(p.get("title").asText()).isEqualTo(product.title());
        assertThat(p.get("price").get("amount").asDouble()).isEqualTo(PriceMoves.priceOn(product, today));
        assertThat(p.get("originalPrice").get("amount").asDouble())
                .isGreaterThanOrEqualTo(p.get("price").get("amount").asDouble());
        JsonNode history = body.get("history");
        assertThat(history.size()).isBetween(1, 30);
        assertThat(history.get(history.size() - 1).get("date").asText()).isEqualTo(today.toString());
        assertThat(history.get(history.size() - 1).get("price").asDouble())
                .isEqualTo(p.get("price").get("amount").asDouble());
        for (int i = 1; i < history.size(); i++) {
            assertThat(LocalDate.parse(history.get(i).get("date").asText()))
                    .isEqualTo(LocalDate.parse(history.get(i - 1).get("date").asText()).plusDays(1));
        }
        assertThat(body.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void converts_into_the_asked_currency() throws Exception {
        JsonNode usd = get("?days=5");
        JsonNode eur = get("?days=5&currency=eur");
        assertThat(eur.get("currency").asText()).isEqualTo("EUR");
        assertThat(eur.get("product").get("price").get("currency").asText()).isEqualTo("EUR");
        assertThat(eur.get("product").get("price").get("amount").asDouble())
                .isNotEqualTo(usd.get("product").get("price").get("amount").asDouble());
    }

    @Test
    void refuses_bad_ids_and_parameters_and_says_when_a_product_is_unknown() throws Exception {
        assertError(server.get("/api/v1/products/abc"), 400, "bad_id");
        assertError(server.get("/api/v1/products/12345"), 400, "bad_id");
        assertError(server.get("/api/v1/products/" + "9".repeat(21)), 400, "bad_id");
        assertError(server.get("/api/v1/products/999999999999"), 404, "not_found");
        assertError(server.get("/api/v1/products/" + product.id() + "?days=0"), 400, "bad_days");
        assertError(server.get("/api/v1/products/" + product.id() + "?days=366"), 400, "bad_days");
        assertError(server.get("/api/v1/products/" + product.id() + "?days=x"), 400, "bad_days");
        assertError(server.get("/api/v1/products/" + product.id() + "?currency=XXX"), 400, "unknown_currency");
    }
}
