package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String URL = "https://www.aliexpress.com/item/1005006789012345.html";

    private static Map<String, Object> productMessage() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "page.product");
        m.put("shop", "aliexpress");
        m.put("id", "1005006789012345");
        m.put("url", URL);
        m.put("title", "  Waterproof\n Hiking   Boots ");
        m.put("price", 24.99);
        m.put("currency", "USD");
        return m;
    }

    @Test
    void accepts_a_product_page_message_and_cleans_its_title() throws Exception {
        Messages.ProductSeen seen = Messages.productSeen(new MapFields(productMessage()));
        assertThat(seen.product().key()).isEqualTo("aliexpress:1005006789012345");
        assertThat(seen.title()).isEqualTo("Waterproof Hiking Boots");
        assertThat(seen.price()).isEqualTo(24.99);
        assertThat(seen.currency()).isEqualTo("USD");
    }

    @Test
    void a_message_without_price_has_no_currency() throws Exception {
        Map<String, Object> m = productMessage();
        m.remove("price");
        Messages.ProductSeen seen = Messages.productSeen(new MapFields(m));
        assertThat(seen.price()).isNaN();
        assertThat(seen.currency()).isNull();
    }

    @Test
    void knows_its_types_and_refuses_others() throws Exception {
        assertThat(Messages.type(new MapFields(Map.of("type", "page.product")))).isEqualTo(Messages.PAGE_PRODUCT);
        assertThat(Messages.type(new MapFields(Map.of("type", "server.health")))).isEqualTo(Messages.SERVER_HEALTH);
        assertThatThrownBy(() -> Messages.type(new MapFields(Map.of("type", "eval"))))
                .isInstanceOf(BadMessage.class).extracting("code").isEqualTo("unknown_type");
        assertThatThrownBy(() -> Messages.type(new MapFields(Map.of("type", 7))))
                .isInstanceOf(BadMessage.class);
        assertThatThrownBy(() -> Messages.type(null)).isInstanceOf(BadMessage.class);
    }

    @Test
    void refuses_a_message_whose_url_shows_another_product() {
        Map<String, Object> m = productMessage();
        m.put("url", "https://www.aliexpress.com/item/1005000000000001.html");
        assertThatThrownBy(() -> Messages.productSeen(new MapFields(m))).isInstanceOf(BadMessage.class)
                .hasMessageContaining("url");
    }

    @Test
    void refuses_bad_fields() {
        Object[][] cases = {
            {"shop", "walmart"}, {"shop", null}, {"id", "12"}, {"id", 1005006789012345L}, {"url", null},
            {"url", "https://www.aliexpress.com/item/" + "1".repeat(3000) + ".html"}, {"price", -1},
            {"price", 1e9}, {"currency", "usd"}, {"currency", "DOLLARS"},
        };
        for (Object[] c : cases) {
            Map<String, Object> m = productMessage();
            m.put((String) c[0], c[1]);
            assertThatThrownBy(() -> Messages.productSeen(new MapFields(m)))
                    .as("%s = %s", c[0], c[1]).isInstanceOf(BadMessage.class);
        }
    }

    @Test
    void caps_long_titles_and_turns_control_characters_into_spaces() throws Exception {
        Map<String, Object> m = productMessage();
        m.put("title", "a\u0000\u0085b" + "x".repeat(1000));
        Messages.ProductSeen seen = Messages.productSeen(new MapFields(m));
        assertThat(seen.title()).hasSize(Messages.MAX_TITLE).startsWith("a bx");
    }
}
