package com.alismart.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /openapi.json} describes routes that exist, and the routes that exist are described. */
class OpenApiTest {
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

    @Test
    void every_documented_operation_is_served() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replace("{file}", "1.png").replace("{id}", "123456");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                HttpResponse<String> answer = server.send(HttpRequest.newBuilder(server.uri("/api/v1" + concrete))
                        .header("Content-Type", "application/json")
                        .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}")).build());
                // a 404 would be our "no such resource" for a route, not a product: checked by its code
                assertThat(answer.statusCode()).as(method + " " + concrete).isNotEqualTo(405);
                if (answer.statusCode() == 404) {
                    assertThat(answer.body()).as(method + " " + concrete).doesNotContain("there is no such resource");
                }
                operations++;
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(8);
    }

    @Test
    void the_coupons_and_links_operations_are_described() throws Exception {
        JsonNode doc = JSON.readTree(server.get("/api/v1/openapi.json").body());
        for (String path : new String[] {"/health", "/search", "/images/{file}", "/image-search", "/coupons",
            "/links", "/events", "/openapi.json"}) {
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(doc.at("/paths/~1coupons/get/responses").has("304")).isTrue();
        assertThat(doc.at("/paths/~1links/post/requestBody/content/application~1json/schema/properties/urls/maxItems")
                .asInt()).isEqualTo(com.alismart.server.affiliate.LinkService.MAX_URLS);
    }
}
