package com.alismart.server.image;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /image-search over real HTTP, on the generated test catalog. */
class ImageSearchApiTest {
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

    private static HttpResponse<String> post(String query, String type, byte[] body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/image-search" + query))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ImageIO.write(format.equals("png") ? image : rgb, format, out);
        return out.toByteArray();
    }

    @Test
    void a_catalog_photo_finds_its_product_first() throws Exception {
        CatalogGenerator generator = new CatalogGenerator(CatalogLoader.SEED);
        for (int i : new int[] {3, 97, 250, 511}) {
            Product p = generator.product(i);
            byte[] jpeg = encode(ProductImages.render(p, 512), "jpg");
            HttpResponse<String> r = post("?limit=5", "image/jpeg", jpeg);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode items = JSON.readTree(r.body()).get("items");
            assertThat(items).hasSize(5);
            assertThat(items.get(0).get("id").asText()).as(p.title()).isEqualTo(p.id());
            double first = items.get(0).get("similarity").asDouble();
            assertThat(first).isBetween(0.0, 1.0);
            assertThat(items.get(1).get("similarity").asDouble()).isLessThanOrEqualTo(first);
            assertThat(items.get(0).get("title").asText()).isEqualTo(p.title());
            assertThat(items.get(0).has("price") && items.get(0).has("rating")).isTrue();
        }
    }

    @Test
    void a_category_filter_keeps_to_its_category() throws Exception {
        Product p = new CatalogGenerator(CatalogLoader.SEED).product(10);
        HttpResponse<String> r = post("?limit=10&category=" + p.category(), "image/png",
                encode(ProductImages.render(p, 300), "png"));
        assertThat(r.statusCode()).isEqualTo(200);
        for (JsonNode item : JSON.readTree(r.body()).get("items")) {
            assertThat(item.get("category").asText()).isEqualTo(p.category());
        }
    }

    @Test
    void bad_images_get_a_clean_4xx() throws Exception {
        byte[] png = encode(ProductImages.render(new CatalogGenerator(42).product(1), 64), "png");
        assertError(post("", "image/png", new byte[0]), 400, "empty_image");
        assertError(post("", "text/plain", png), 415, "unsupported_media_type");
        assertError(post("", "image/jpeg", png), 415, "type_mismatch");
        byte[] garbage = png.clone();
        for (int i = 40; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        HttpResponse<String> broken = post("", "image/png", garbage);
        assertThat(broken.statusCode()).isIn(415, 422);
        // Headers only: the refusal comes from the declared length, before any upload (see ErrorHandlingTest).
        assertThat(server.raw("POST /api/v1/image-search HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\n"
                + "Content-Length: " + (ImageDecoder.MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
        assertError(post("?limit=0", "image/png", png), 400, "bad_limit");
        assertError(post("?limit=51", "image/png", png), 400, "bad_limit");
        assertError(post("?category=spaceships", "image/png", png), 400, "unknown_category");
        assertError(server.get("/api/v1/image-search"), 405, "method_not_allowed");
    }
}
