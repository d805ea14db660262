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

    @Test
    void image_messages_are_known_types() throws Exception {
        for (String type : new String[] {"image.search", "image.find", "image.rect", "settings.update"}) {
            assertThat(Messages.type(new MapFields(Map.of("type", type)))).isEqualTo(type);
        }
    }

    @Test
    void a_page_link_is_an_https_aliexpress_product_link_kept_as_the_page_had_it() throws Exception {
        assertThat(Messages.type(new MapFields(Map.of("type", "page.link")))).isEqualTo(Messages.PAGE_LINK);
        assertThat(Messages.type(new MapFields(Map.of("type", "page.cart")))).isEqualTo(Messages.PAGE_CART);
        String link = "https://www.aliexpress.com/item/1005001000000002.html?spm=a2g0o.cart.0.0";
        Messages.PageLink clicked = Messages.pageLink(new MapFields(Map.of("url", link, "newTab", true)));
        assertThat(clicked.url()).isEqualTo(link);
        assertThat(clicked.newTab()).isTrue();
        assertThat(Messages.pageLink(new MapFields(Map.of("url", link))).newTab()).isFalse();
        for (String bad : new String[] {"http://www.aliexpress.com/item/1005001000000002.html",
            "https://www.amazon.com/dp/B08N5WRWNW", "https://s.click.aliexpress.com/e/_dAbc",
            "javascript:alert(1)", "https://www.aliexpress.com/p/shoppingcart/index.html"}) {
            assertThatThrownBy(() -> Messages.pageLink(new MapFields(Map.of("url", bad)))).as(bad)
                    .isInstanceOf(BadMessage.class);
        }
    }

    @Test
    void an_image_source_must_be_an_http_url_of_sane_length() throws Exception {
        assertThat(Messages.imageSource(new MapFields(Map.of("src", "https://i.ebayimg.com/images/g/a/s-l500.jpg"))))
                .isEqualTo("https://i.ebayimg.com/images/g/a/s-l500.jpg");
        for (Object bad : new Object[] {"javascript:alert(1)", "data:image/png;base64,AAAA", "/relative.jpg", 42,
            "https://x.example/" + "a".repeat(3000)}) {
            assertThatThrownBy(() -> Messages.imageSource(new MapFields(Map.of("src", bad)))).as(String.valueOf(bad))
                    .isInstanceOf(BadMessage.class);
        }
    }

    @Test
    void job_ids_are_what_the_worker_makes() throws Exception {
        String uuid = "0b9b6f5e-3c1d-4e5f-8a7b-9c0d1e2f3a4b";
        assertThat(Messages.imageJob(new MapFields(Map.of("job", uuid)))).isEqualTo(uuid);
        for (Object bad : new Object[] {"", "../settings", "A", "x".repeat(65), 7, "imageJobs;"}) {
            assertThatThrownBy(() -> Messages.imageJob(new MapFields(Map.of("job", bad)))).as(String.valueOf(bad))
                    .isInstanceOf(BadMessage.class);
        }
    }

    @Test
    void a_settings_update_needs_a_real_boolean() throws Exception {
        Settings on = Settings.defaults();
        assertThat(Messages.settingsUpdate(new MapFields(Map.of("hoverButton", false)), on).hoverButton()).isFalse();
        assertThat(Messages.settingsUpdate(new MapFields(Map.of("hoverButton", true)), on.withHoverButton(false))
                .hoverButton()).isTrue();
        for (Object bad : new Object[] {"false", 0, 1}) {
            assertThatThrownBy(() -> Messages.settingsUpdate(new MapFields(Map.of("hoverButton", bad)), on))
                    .isInstanceOf(BadMessage.class);
        }
        assertThatThrownBy(() -> Messages.settingsUpdate(new MapFields(Map.of()), on)).isInstanceOf(BadMessage.class);
    }

    @Test
    void affiliate_links_and_notifications_have_their_own_switches() throws Exception {
        Settings on = Settings.defaults();
        Settings off = Messages.settingsUpdate(new MapFields(Map.of("affiliateLinks", false)), on);
        assertThat(off.affiliateLinks()).isFalse();
        assertThat(off.hoverButton()).isTrue();
        assertThat(off.notifications()).isTrue();
        Settings quiet = Messages.settingsUpdate(new MapFields(Map.of("notifications", false)), off);
        assertThat(quiet.notifications()).isFalse();
        assertThat(quiet.affiliateLinks()).isFalse();
        assertThatThrownBy(() -> Messages.settingsUpdate(new MapFields(Map.of("affiliateLinks", "no")), on))
                .isInstanceOf(BadMessage.class);
        assertThatThrownBy(() -> Messages.settingsUpdate(new MapFields(Map.of("serverUrl", "https://evil")), on))
                .isInstanceOf(BadMessage.class);
    }
}
