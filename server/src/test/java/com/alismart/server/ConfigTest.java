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
}
