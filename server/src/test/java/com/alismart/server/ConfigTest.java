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
