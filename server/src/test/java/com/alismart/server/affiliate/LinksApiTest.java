package com.alismart.server.affiliate;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /links} without any AliExpress configuration, and the input it refuses. */
class LinksApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PRODUCT = "https://es.aliexpress.com/item/1005006789012345.html?spm=a2g0o.detail.0.0";

    static JsonNode post(TestServer server, String body) throws Exception {
        HttpResponse<String> r = server.post("/api/v1/links", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        return JSON.readTree(r.body());
    }

    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void says_honestly_that_no_link_is_an_affiliate_link() throws Exception {
        JsonNode body = post(server, "{\"urls\": [\"" + PRODUCT + "\"]}");
        assertThat(body.get("affiliate").asBoolean()).isFalse();
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("url").asText()).isEqualTo(PRODUCT);
        assertThat(item.get("productId").asText()).isEqualTo("1005006789012345");
        assertThat(item.get("link").asText()).isEqualTo("https://es.aliexpress.com/item/1005006789012345.html");
        assertThat(item.get("affiliate").asBoolean()).isFalse();
        assertThat(item.get("via").asText()).isEqualTo("none");
    }

    @Test
    void refuses_non_aliexpress_urls_one_by_one() throws Exception {
        JsonNode items = post(server, "{\"urls\": [\"https://www.amazon.com/dp/B08N5WRWNW\", \"" + PRODUCT
                + "\", \"https://a.aliexpress.com/_mKxyz12\", \"hello\"]}").get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("error").get("code").asText()).isEqualTo("not_aliexpress");
        assertThat(items.get(0).has("link")).isFalse();
        assertThat(items.get(1).get("link").asText()).startsWith("https://es.aliexpress.com/item/");
        assertThat(items.get(2).get("error").get("code").asText()).isEqualTo("short_link");
        assertThat(items.get(3).get("error").get("code").asText()).isEqualTo("not_a_url");
    }

    @Test
    void refuses_bad_bodies_with_clean_json_errors() throws Exception {
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": ["), 400, "malformed_json");
        assertError(server.post("/api/v1/links", "application/json", ""), 400, "malformed_json");
        assertError(server.post("/api/v1/links", "application/json", "[\"" + PRODUCT + "\"]"), 400, "bad_body");
        assertError(server.post("/api/v1/links", "application/json", "{}"), 400, "missing_urls");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": []}"), 400, "missing_urls");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": \"" + PRODUCT + "\"}"), 400,
                "missing_urls");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": [42]}"), 400, "bad_url");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": [null]}"), 400, "bad_url");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": [\"" + PRODUCT
                + "\"], \"trackingId\": \"mine\"}"), 400, "unknown_field");
        String many = ("\"" + PRODUCT + "\",").repeat(LinkService.MAX_URLS + 1);
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": ["
                + many.substring(0, many.length() - 1) + "]}"), 400, "too_many_urls");
        assertError(server.post("/api/v1/links", "application/json", "{\"urls\": [\"" + PRODUCT + "?q="
                + "a".repeat(3000) + "\"]}"), 400, "url_too_long");
        assertError(server.post("/api/v1/links", "text/plain", "{\"urls\": []}"), 415, "unsupported_media_type");
        assertError(server.get("/api/v1/links"), 405, "method_not_allowed");
    }

    @Test
    void refuses_huge_bodies() throws Exception {
        String huge = "{\"urls\": [\"" + PRODUCT + "?pad=" + "a".repeat(70 * 1024) + "\"]}";
        assertError(server.post("/api/v1/links", "application/json", huge), 413, "payload_too_large");
        String raw = server.raw("POST /api/v1/links HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
    }
}
