package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {
    @Test
    void defaults_point_at_the_built_in_server_with_every_switch_on() {
        Settings d = Settings.defaults();
        assertThat(d.serverUrl()).isEqualTo(BuildInfo.DEFAULT_SERVER_URL).startsWith("http");
        assertThat(d.affiliateLinks()).isTrue();
        assertThat(d.analytics()).isTrue();
        assertThat(d.notifications()).isTrue();
        assertThat(d.currency()).isEmpty();
        assertThat(d.hoverButton()).isTrue();
    }

    @Test
    void the_hover_button_setting_is_kept_and_settings_of_version_1_get_it_on() {
        Map<String, Object> v1 = new HashMap<>();
        v1.put("version", 1);
        v1.put("affiliateLinks", false);
        assertThat(Settings.from(new MapFields(v1)).hoverButton()).isTrue();
        assertThat(Settings.from(new MapFields(v1)).affiliateLinks()).isFalse();
        v1.put("hoverButton", false);
        assertThat(Settings.from(new MapFields(v1)).hoverButton()).isFalse();
        v1.put("hoverButton", "false");
        assertThat(Settings.from(new MapFields(v1)).hoverButton()).isTrue();
        Settings off = Settings.defaults().withHoverButton(false);
        assertThat(off.hoverButton()).isFalse();
        assertThat(off.serverUrl()).isEqualTo(Settings.defaults().serverUrl());
    }

    @Test
    void nothing_stored_gives_the_defaults() {
        Settings s = Settings.from(null);
        assertThat(s.serverUrl()).isEqualTo(Settings.defaults().serverUrl());
    }

    @Test
    void stored_values_are_kept_and_bad_ones_replaced_by_defaults() {
        Map<String, Object> stored = new HashMap<>();
        stored.put("serverUrl", "https://api.alismart.example/");
        stored.put("affiliateLinks", false);
        stored.put("analytics", "no");
        stored.put("currency", "EUR");
        stored.put("language", "<img>");
        stored.put("shipTo", "de");
        Settings s = Settings.from(new MapFields(stored));
        assertThat(s.serverUrl()).isEqualTo("https://api.alismart.example");
        assertThat(s.affiliateLinks()).isFalse();
        assertThat(s.analytics()).isTrue();
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.language()).isEmpty();
        assertThat(s.shipTo()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.alismart.example, https://api.alismart.example",
        "https://api.alismart.example:8443/, https://api.alismart.example:8443",
        "http://localhost:7070, http://localhost:7070",
        "http://127.0.0.1:9, http://127.0.0.1:9",
    })
    void accepts_https_servers_and_local_http(String url, String normalized) {
        assertThat(Settings.normalizeServerUrl(url)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.alismart.example", "https://user:pw@h.example", "https://h.example/path",
        "https://h.example?x=1", "javascript:alert(1)", "ftp://h.example", "https://", "https://h.example:port",
        "HTTPS://UPPER.EXAMPLE"})
    void refuses_other_server_urls(String url) {
        assertThat(Settings.normalizeServerUrl(url)).isNull();
    }
}
