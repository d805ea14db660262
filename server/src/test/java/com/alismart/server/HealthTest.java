package com.alismart.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reports_status_version_and_catalog(@TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(dir.resolve("data"))) {
            HttpResponse<String> response = server.get("/api/v1/health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(body.get("catalog").get("size").asLong()).isEqualTo(600);
            assertThat(body.get("catalog").get("source").asText()).startsWith("generated:seed=42,size=600,templates=");
            assertThat(body.get("catalog").get("state").asText()).isEqualTo("ready");
            assertThat(body.get("catalog").get("progress").asDouble()).isEqualTo(1.0);
            assertThat(server.get("/api/v1/health/").statusCode()).isEqualTo(200);
        }
        assertThat(Files.isDirectory(dir.resolve("data"))).as("the data folder is created").isTrue();
    }

    @Test
    void stops_and_frees_its_port(@TempDir Path dir) throws Exception {
        TestServer server = new TestServer(dir);
        int port = server.port();
        assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);
        server.close();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            throw new AssertionError("port " + port + " still accepts connections");
        } catch (ConnectException expected) {
            // stopped
        }
    }
}
