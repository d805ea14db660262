package com.alismart.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.aliexpress.FakeOpenPlatform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 2: what a request carries (its path, query, headers, body) and where it comes from are never written to
 * a log or a file. Requests with a marker in every place, good and bad, then a scan of all output and the data
 * folder.
 */
class PrivacyLogTest {
    private static final String MARKER = "zq7marker";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void request_content_never_reaches_logs_or_files(@TempDir Path dir) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (TestServer server = new TestServer(dir)) {
            String q = URLEncoder.encode("red boots " + MARKER, StandardCharsets.UTF_8);
            server.get("/api/v1/health?q=" + q);
            server.get("/api/v1/" + MARKER + "?q=" + q);
            server.get("/api/v1/search?q=" + q + "&lang=en");
            server.get("/api/v1/search?q=" + q + "&currency=" + MARKER);
            server.get("/api/v1/search?q="
                    + URLEncoder.encode("красные кроссовки " + MARKER, StandardCharsets.UTF_8));
            server.send(HttpRequest.newBuilder(server.uri("/api/v1/health")).header("X-Forwarded-For", "203.0.113.9")
                    .header("User-Agent", MARKER).GET().build());
            server.post("/api/v1/events", "application/json", "{\"" + MARKER + "\": 1}");
            server.post("/api/v1/events", "application/json", "{\"clientId\": \"" + MARKER + "\"");
            server.post("/api/v1/events", "text/plain", MARKER);
            byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
            server.send(HttpRequest.newBuilder(server.uri("/api/v1/image-search?limit=3"))
                    .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(
                            concat(png, MARKER.repeat(100).getBytes(StandardCharsets.UTF_8)))).build());
            server.send(HttpRequest.newBuilder(server.uri("/api/v1/image-search"))
                    .header("Content-Type", "image/" + MARKER).POST(HttpRequest.BodyPublishers.ofString(MARKER))
                    .build());
            // Coupons and affiliate links: parameters and URLs, accepted and refused.
            server.get("/api/v1/coupons?country=ES&currency=EUR&lang=es&x=" + MARKER);
            server.get("/api/v1/coupons?country=" + MARKER + "&lang=" + MARKER);
            server.get("/api/v1/coupons?currency=" + MARKER);
            server.post("/api/v1/links", "application/json", "{\"urls\": [\"https://www.aliexpress.com/item/"
                    + "1005006789012345.html?" + MARKER + "=1\", \"https://" + MARKER + ".example/item/1.html\","
                    + " \"https://www.aliexpress.com/item/1005006789012345.html?aff_fcid=" + MARKER + "\"]}");
            server.post("/api/v1/links", "application/json", "{\"urls\": [" + MARKER + "]}");
            server.post("/api/v1/links", "application/json", "{\"urls\": [\"x\"], \"" + MARKER + "\": 1}");
            server.raw("GET /" + MARKER + "%zz HTTP/1.1\r\nHost: " + MARKER + "\r\nConnection: close\r\n\r\n");
            server.raw(MARKER + "\r\n\r\n");
            // The capture must see what the server's loggers write, or this test could not fail.
            org.slf4j.LoggerFactory.getLogger(App.class).warn("capture canary");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("capture canary");
        assertThat(logs).doesNotContain(MARKER).doesNotContain("203.0.113.9").doesNotContain("127.0.0.1:");
        assertDataFolderClean(dir);
    }

    private static void assertDataFolderClean(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(MARKER);
            }
        }
    }

    /**
     * With the Open Platform configured, the URLs go to link.generate and nowhere else, even when the platform
     * fails and quotes them back in its error message.
     */
    @Test
    void links_sent_to_the_open_platform_never_reach_logs_or_files(@TempDir Path dir) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        java.util.List<String> seenByPlatform = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FakeOpenPlatform platform = new FakeOpenPlatform()) {
            platform.on("aliexpress.affiliate.link.generate", p -> {
                seenByPlatform.add(p.get("source_values"));
                return FakeOpenPlatform.error("isv.invalid-parameter", "Invalid source_values: "
                        + p.get("source_values"), "isv.invalid-parameter:" + p.get("source_values"));
            });
            platform.on("aliexpress.affiliate.hotproduct.query", p -> FakeOpenPlatform.empty(
                    "aliexpress.affiliate.hotproduct.query"));
            try (TestServer server = new TestServer(Config.forTests(dir).withAliExpress(new Config.AliExpress(
                    FakeOpenPlatform.APP_KEY, FakeOpenPlatform.APP_SECRET, "alismart_web", platform.gateway())))) {
                server.post("/api/v1/links", "application/json", "{\"urls\": [\"https://www.aliexpress.com/item/"
                        + "1005006789012345.html?ref=" + MARKER + "\", \"https://es.aliexpress.com/i/32812345678.html"
                        + "#" + MARKER + "\"]}");
                server.get("/api/v1/coupons?lang=" + MARKER);
            }
            org.slf4j.LoggerFactory.getLogger(App.class).warn("capture canary");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("capture canary").contains("link.generate failed");
        assertThat(seenByPlatform).isNotEmpty();
        assertThat(logs).doesNotContain(MARKER).doesNotContain("1005006789012345").doesNotContain("32812345678")
                .doesNotContain(FakeOpenPlatform.APP_SECRET);
        assertDataFolderClean(dir);
    }
}
