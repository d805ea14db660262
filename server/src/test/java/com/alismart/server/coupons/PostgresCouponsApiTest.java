package com.alismart.server.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.alismart.server.TestServer;
import com.alismart.server.db.DatabaseUrl;
import com.alismart.server.db.PostgresCluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on PostgreSQL through a {@code postgres://user:pass@host:port/db} URL: the feed imported at the first
 * start, and reused, not imported again, by the next start while it is fresh.
 */
class PostgresCouponsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serves_coupons_from_postgresql_and_keeps_them_across_restarts(@TempDir Path dir) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(PostgresCluster.sharedOrSkip().createDatabase());
        assertThat(url.isPostgres()).isTrue();
        Config config = Config.forTests(dir).withDatabase(url);
        String updatedAt;
        String etag;
        try (TestServer first = new TestServer(config)) {
            var r = first.get("/api/v1/coupons?country=BR&currency=BRL&lang=pt");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body());
            updatedAt = body.get("updatedAt").asText();
            etag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(body.get("items").findValuesAsText("code")).contains("BRASIL20", "ALISAVE3");
        }
        try (TestServer second = new TestServer(config.withDatabase(url))) {
            var r = second.get("/api/v1/coupons?country=BR&currency=BRL&lang=pt");
            assertThat(JSON.readTree(r.body()).get("updatedAt").asText()).isEqualTo(updatedAt);
            assertThat(r.headers().firstValue("ETag")).hasValue(etag);
        }
    }
}
