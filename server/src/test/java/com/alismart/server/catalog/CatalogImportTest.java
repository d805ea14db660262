package com.alismart.server.catalog;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.App;
import com.alismart.server.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --catalog FILE: a JSON Lines feed is indexed instead of the generated catalog; a broken feed fails cleanly. */
class CatalogImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    private static Config config(Path data, Path feed) {
        return new Config("127.0.0.1", 0, data, Config.DEFAULT_MAX_BODY_BYTES, feed, 100, null, null);
    }

    private HttpResponse<String> get(App app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void indexes_a_feed_and_searches_it(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "1005001111111111", "title": "Titanium Camping Spork Ultralight", "category": "camping", \
                "price": 7.5, "currency": "EUR", "rating": 4.6, "orders": 120, "freeShipping": true, \
                "imageUrl": "https://ae01.alicdn.com/kf/spork.jpg", "colors": ["silver"]}
                {"id": "1005002222222222", "title": "Folding Camping Chair Aluminum", "category": "camping", \
                "price": 29.0, "currency": "USD", "rating": 4.2, "orders": 15, "freeShipping": false}
                """);
        App app = App.start(config(dir.resolve("data"), feed));
        try {
            assertThat(app.awaitCatalog(Duration.ofSeconds(30))).isTrue();
            JsonNode health = JSON.readTree(get(app, "/api/v1/health").body());
            assertThat(health.get("catalog").get("size").asLong()).isEqualTo(2);
            assertThat(health.get("catalog").get("source").asText()).startsWith("file:");
            JsonNode found = JSON.readTree(get(app, "/api/v1/search?q=spork&currency=EUR").body());
            JsonNode item = found.get("items").get(0);
            assertThat(item.get("id").asText()).isEqualTo("1005001111111111");
            assertThat(item.get("price").get("amount").asDouble()).isEqualTo(7.5);
            assertThat(item.get("imageUrl").asText()).isEqualTo("https://ae01.alicdn.com/kf/spork.jpg");
            // Prices in the feed's own currency are filtered in dollars: 7.50 EUR is about 8.15 USD.
            JsonNode under8 = JSON.readTree(get(app, "/api/v1/search?q=camping%20under%208%20dollars").body());
            assertThat(under8.get("items")).isEmpty();
        } finally {
            app.stop();
        }
    }

    @Test
    void a_broken_feed_leaves_the_server_up_and_says_so(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"1\", \"title\": \"ok\", \"category\": \"camping\", \"price\": 1}\n"
                + "{\"id\": \"2\", \"title\": \"no price\", \"category\": \"camping\"}\n");
        App app = App.start(config(dir.resolve("data"), feed));
        try {
            assertThat(app.awaitCatalog(Duration.ofSeconds(30))).isFalse();
            JsonNode health = JSON.readTree(get(app, "/api/v1/health").body());
            assertThat(health.get("status").asText()).isEqualTo("degraded");
            assertThat(health.get("catalog").get("state").asText()).isEqualTo("failed");
            assertError(get(app, "/api/v1/search?q=ok"), 503, "catalog_unavailable");
        } finally {
            app.stop();
        }
    }
}
