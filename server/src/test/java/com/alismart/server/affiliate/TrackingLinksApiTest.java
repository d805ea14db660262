package com.alismart.server.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.alismart.server.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /links} with a tracking id but no Open Platform credentials. */
class TrackingLinksApiTest {
    private static final String PRODUCT = LinksApiTest.PRODUCT;

    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = new TestServer(Config.forTests(dir).withAliExpress(
                new Config.AliExpress(null, null, "alismart_web", null)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void builds_a_deterministic_tracking_link() throws Exception {
        JsonNode body = LinksApiTest.post(server, "{\"urls\": [\"" + PRODUCT + "\", \"https://www.aliexpress.us/item/"
                + "3256805123456789.html\"]}");
        assertThat(body.get("affiliate").asBoolean()).isTrue();
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("affiliate").asBoolean()).isTrue();
        assertThat(item.get("via").asText()).isEqualTo("tracking_id");
        String link = item.get("link").asText();
        assertThat(link).startsWith("https://s.click.aliexpress.com/deep_link.htm?aff_short_key=alismart_web"
                + "&dl_target_url=");
        assertThat(URLDecoder.decode(link.substring(link.indexOf("dl_target_url=") + 14), StandardCharsets.UTF_8))
                .isEqualTo("https://es.aliexpress.com/item/1005006789012345.html");
        assertThat(LinksApiTest.post(server, "{\"urls\": [\"" + PRODUCT + "\"]}").get("items").get(0).get("link")
                .asText())
                .isEqualTo(link);
        assertThat(body.get("items").get(1).get("link").asText())
                .contains(java.net.URLEncoder.encode("https://www.aliexpress.us/item/3256805123456789.html",
                        StandardCharsets.UTF_8));
    }

    @Test
    void never_overwrites_another_affiliates_link() throws Exception {
        JsonNode item = LinksApiTest.post(server, "{\"urls\": [\"" + PRODUCT + "&aff_fcid=9f2&aff_platform=link-c-tool"
                + "&sk=_dOther\"]}").get("items").get(0);
        assertThat(item.get("error").get("code").asText()).isEqualTo("other_affiliate");
        assertThat(item.has("link")).isFalse();
    }
}
