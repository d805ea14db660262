package com.alismart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void defaults_without_environment_or_flags() {
        Config c = Config.from(Map.of(), new String[0]);
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(c.host()).isEqualTo("0.0.0.0");
    }

    @Test
    void environment_then_flags_over_it() {
        Map<String, String> env = Map.of("PORT", "8080", "DATA_DIR", "/tmp/a");
        assertThat(Config.from(env, new String[0]).port()).isEqualTo(8080);
        Config c = Config.from(env, new String[] {"--port", "9090", "--data-dir=/tmp/b"});
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void catalog_and_llm_settings() {
        Config c = Config.from(Map.of("CATALOG_SIZE", "1_000", "SMART_SEARCH_LLM_URL", "http://127.0.0.1:9/v1/chat",
                "SMART_SEARCH_LLM_MODEL", "m"), new String[0]);
        assertThat(c.catalogSize()).isEqualTo(1000);
        assertThat(c.llm().url().toString()).isEqualTo("http://127.0.0.1:9/v1/chat");
        assertThat(c.llm().model()).isEqualTo("m");
        assertThat(Config.from(Map.of(), new String[0]).llm()).isNull();
        assertThatThrownBy(() -> Config.from(Map.of(), new String[] {"--catalog-size", "2000000"}))
                .hasMessageContaining("between 1 and 1000000");
        assertThatThrownBy(() -> Config.from(Map.of(), new String[] {"--catalog", "/no/such/feed.jsonl"}))
                .hasMessageContaining("catalog file not found");
        assertThatThrownBy(() -> Config.from(Map.of("SMART_SEARCH_LLM_URL", "ftp://x"), new String[0]))
                .hasMessageContaining("http(s)");
    }

    @Test
    void refuses_bad_values_with_a_clear_message() {
        assertThatThrownBy(() -> Config.from(Map.of("PORT", "http"), new String[0]))
                .hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> Config.from(Map.of(), new String[] {"--port", "70000"}))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Config.from(Map.of(), new String[] {"--port"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Config.from(Map.of(), new String[] {"--verbose"}))
                .hasMessageContaining("unknown argument");
    }

    @Test
    void database_aliexpress_and_coupon_settings() throws Exception {
        Config none = Config.from(Map.of(), new String[0]);
        assertThat(none.database()).isNull();
        assertThat(none.aliExpress().hasApi()).isFalse();
        assertThat(none.aliExpress().trackingId()).isNull();
        assertThat(none.aliExpress().apiUrl()).isEqualTo(Config.AliExpress.GATEWAY);
        assertThat(none.couponFeed()).isNull();

        java.nio.file.Path feed = java.nio.file.Files.createTempFile("coupons", ".json");
        try {
            Config c = Config.from(Map.of("DATABASE_URL", "postgres://shop:p%40ss%3Aw0rd@db.internal:6543/alismart"
                    + "?sslmode=require", "ALIEXPRESS_APP_KEY", "34567890", "ALIEXPRESS_APP_SECRET", "top-secret-value",
                    "ALIEXPRESS_TRACKING_ID", " alismart_web ", "ALIEXPRESS_API_URL", "http://127.0.0.1:9/sync",
                    "COUPON_FEED", feed.toString()), new String[0]);
            assertThat(c.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/alismart?sslmode=require");
            assertThat(c.database().user()).isEqualTo("shop");
            assertThat(c.database().password()).isEqualTo("p@ss:w0rd");
            assertThat(c.aliExpress().hasApi()).isTrue();
            assertThat(c.aliExpress().trackingId()).isEqualTo("alismart_web");
            assertThat(c.aliExpress().apiUrl().toString()).isEqualTo("http://127.0.0.1:9/sync");
            assertThat(c.couponFeed()).isEqualTo(feed);
            // secrets never print, whatever logs a configuration
            assertThat(c.toString()).doesNotContain("top-secret-value").doesNotContain("p@ss:w0rd")
                    .doesNotContain("p%40ss");
            Config flags = Config.from(Map.of(), new String[] {"--tracking-id", "t1", "--database-url",
                "jdbc:postgresql://localhost/alismart?user=a&password=b", "--coupon-feed=" + feed});
            assertThat(flags.aliExpress().trackingId()).isEqualTo("t1");
            assertThat(flags.database().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/alismart?user=a&password=b");
            assertThat(flags.database().toString()).doesNotContain("password=b");
        } finally {
            java.nio.file.Files.delete(feed);
        }
        assertThatThrownBy(() -> Config.from(Map.of("DATABASE_URL", "mysql://a@b/c"), new String[0]))
                .hasMessageContaining("DATABASE_URL must be");
        assertThatThrownBy(() -> Config.from(Map.of("DATABASE_URL", "postgres://user@/"), new String[0]))
                .hasMessageContaining("DATABASE_URL");
        assertThatThrownBy(() -> Config.from(Map.of("ALIEXPRESS_API_URL", "file:///etc/passwd"), new String[0]))
                .hasMessageContaining("ALIEXPRESS_API_URL");
        assertThatThrownBy(() -> Config.from(Map.of("COUPON_FEED", "/no/such/coupons.json"), new String[0]))
                .hasMessageContaining("coupon feed not found");
    }
}
