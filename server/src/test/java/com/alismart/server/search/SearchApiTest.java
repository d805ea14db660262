package com.alismart.server.search;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /search and GET /images over real HTTP, on the generated test catalog. */
class SearchApiTest {
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

    private static JsonNode search(String query, String extra) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + extra);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void answers_with_the_interpretation_and_products() throws Exception {
        JsonNode body = search("dress under 40 dollars", "&size=5");
        JsonNode in = body.get("interpretation");
        assertThat(in.fieldNames()).toIterable().containsExactly("keywords", "category", "colors", "materials",
                "gender", "sizes", "priceMin", "priceMax", "currency", "minRating", "freeShipping", "sort",
                "excluded");
        assertThat(in.get("category").asText()).isEqualTo("dresses");
        assertThat(in.get("priceMax").asDouble()).isEqualTo(40);
        assertThat(body.get("items")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (JsonNode item : body.get("items")) {
            assertThat(item.get("category").asText()).isEqualTo("dresses");
            assertThat(item.get("price").get("amount").asDouble()).isLessThanOrEqualTo(40);
            assertThat(item.get("price").get("currency").asText()).isEqualTo("USD");
            assertThat(item.get("url").asText()).matches("https://www\\.aliexpress\\.com/item/\\d{16}\\.html");
            assertThat(item.get("imageUrl").asText()).startsWith("http://127.0.0.1:" + server.port()
                    + "/api/v1/images/");
            assertThat(item.has("store") && item.has("rating") && item.has("orders") && item.has("freeShipping"))
                    .isTrue();
        }
    }

    @Test
    void converts_prices_to_the_requested_currency() throws Exception {
        JsonNode usd = search("dress", "&size=1");
        JsonNode eur = search("dress", "&size=1&currency=eur");
        assertThat(eur.get("items").get(0).get("id")).isEqualTo(usd.get("items").get(0).get("id"));
        assertThat(eur.get("items").get(0).get("price").get("currency").asText()).isEqualTo("EUR");
        assertThat(eur.get("items").get(0).get("price").get("amount").asDouble())
                .isCloseTo(usd.get("items").get(0).get("price").get("amount").asDouble() * 0.92,
                        org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void drop_removes_a_chip() throws Exception {
        JsonNode body = search("red dress", "&drop=colors:red");
        assertThat(body.get("interpretation").get("colors")).isEmpty();
        assertThat(body.get("interpretation").get("category").asText()).isEqualTo("dresses");
    }

    @Test
    void bad_input_is_400_with_the_json_error() throws Exception {
        assertError(server.get("/api/v1/search"), 400, "missing_query");
        assertError(server.get("/api/v1/search?q=%20%20"), 400, "missing_query");
        assertError(server.get("/api/v1/search?q=" + "a".repeat(501)), 400, "query_too_long");
        assertError(server.get("/api/v1/search?q=dress&page=0"), 400, "bad_page");
        assertError(server.get("/api/v1/search?q=dress&page=x"), 400, "bad_page");
        assertError(server.get("/api/v1/search?q=dress&size=0"), 400, "bad_size");
        assertError(server.get("/api/v1/search?q=dress&size=101"), 400, "bad_size");
        assertError(server.get("/api/v1/search?q=dress&currency=XYZ"), 400, "unknown_currency");
        assertThat(server.get("/api/v1/search?q=" + "a".repeat(500)).statusCode()).isEqualTo(200);
    }

    @Test
    void hostile_queries_get_an_answer_not_an_error() throws Exception {
        for (String q : List.of("' OR 1=1 --", "<script>alert(1)</script>", "😀😀😀", "((((", "*:*",
                "title:[a TO z]",
                "\\", "1e309 dollars", "-5 dollars", "under 99999999999999999999 euros")) {
            HttpResponse<String> r = server.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q + " → " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void product_images_are_served_at_stable_urls() throws Exception {
        JsonNode item = search("dress", "&size=1").get("items").get(0);
        String path = item.get("imageUrl").asText().replaceFirst("^http://[^/]+", "");
        HttpResponse<byte[]> image = server.client().send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth()).isEqualTo(360);
        String etag = image.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = server.client().send(HttpRequest.newBuilder(server.uri(path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertError(server.get("/api/v1/images/1005999999999999.png"), 404, "not_found");
        assertError(server.get("/api/v1/images/../../etc/passwd"), 404, "not_found");
        assertError(server.get(path + "?size=4096"), 400, "bad_size");
    }
}
