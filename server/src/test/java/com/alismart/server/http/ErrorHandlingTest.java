package com.alismart.server.http;

import static com.alismart.server.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure, whoever detects it, reaches the client as our JSON error body, never as a stack trace. */
class ErrorHandlingTest {
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
    void unknown_route_is_404() throws Exception {
        assertError(server.get("/api/v1/no-such-thing"), 404, "not_found");
        assertError(server.get("/"), 404, "not_found");
    }

    @Test
    void wrong_method_is_405() throws Exception {
        assertError(server.post("/api/v1/health", "application/json", "{}"), 405, "method_not_allowed");
        assertError(server.get("/api/v1/events"), 405, "method_not_allowed");
    }

    @Test
    void malformed_json_is_400() throws Exception {
        assertError(server.post("/api/v1/events", "application/json", "{\"clientId\": "), 400, "malformed_json");
        assertError(server.post("/api/v1/events", "application/json", ""), 400, "malformed_json");
        assertError(server.post("/api/v1/events", "application/json", "{} {}"), 400, "malformed_json");
    }

    @Test
    void wrong_content_type_is_415() throws Exception {
        assertError(server.post("/api/v1/events", "text/plain", "{}"), 415, "unsupported_media_type");
    }

    @Test
    void declared_oversize_body_is_413() throws Exception {
        // Only the headers are sent: the refusal must come from the declared length, before any body is read
        // (a client still uploading would race the early answer and may see a reset instead).
        String answer = server.raw("POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2097152\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
    }

    @Test
    void chunked_oversize_body_is_413_too() throws Exception {
        byte[] big = new byte[200 * 1024];
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/events"))
                .header("Content-Type", "application/json")
                // No length known in advance: sent chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        assertError(server.send(request), 413, "payload_too_large");
    }

    @Test
    void a_request_jetty_cannot_parse_gets_the_json_body() throws Exception {
        String answer = server.raw("GARBAGE\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("{\"error\":{\"code\":\"bad_request\"").doesNotContain("<html")
                .doesNotContain("Exception");
    }

    @Test
    void oversize_headers_get_the_json_body() throws Exception {
        String answer = server.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).contains("\"code\":\"headers_too_large\"").doesNotContain("<html");
    }

    @Test
    void a_bad_path_encoding_is_400_json() throws Exception {
        String answer = server.raw("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertThat(answer).contains("{\"error\":{\"code\":").doesNotContain("<html");
    }
}
