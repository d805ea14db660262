package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of the product panel: find.aliexpress, product.history and its collapsed state. */
class PanelMessagesTest {
    private static Map<String, Object> find() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", Messages.FIND_ALIEXPRESS);
        m.put("title", "  Women's Casual\tDress  ");
        m.put("price", 32.99);
        m.put("currency", "USD");
        m.put("imageUrl", " https://m.media-amazon.com/images/I/x.jpg ");
        return m;
    }

    @Test
    void a_find_request_is_checked_and_cleaned() throws Exception {
        assertThat(Messages.type(new MapFields(find()))).isEqualTo(Messages.FIND_ALIEXPRESS);
        Messages.FindRequest r = Messages.findRequest(new MapFields(find()));
        assertThat(r.title()).isEqualTo("Women's Casual Dress");
        assertThat(r.price()).isEqualTo(32.99);
        assertThat(r.currency()).isEqualTo("USD");
        assertThat(r.imageUrl()).isEqualTo("https://m.media-amazon.com/images/I/x.jpg");
    }

    @Test
    void a_find_request_needs_a_title_or_a_photo_and_refuses_bad_fields() throws Exception {
        Map<String, Object> onlyPhoto = find();
        onlyPhoto.remove("title");
        assertThat(Messages.findRequest(new MapFields(onlyPhoto)).title()).isNull();
        Map<String, Object> nothing = find();
        nothing.remove("title");
        nothing.remove("imageUrl");
        assertThatThrownBy(() -> Messages.findRequest(new MapFields(nothing))).isInstanceOf(BadMessage.class);
        for (Object[] bad : List.of(new Object[] {"imageUrl", "javascript:alert(1)"},
                new Object[] {"imageUrl", "file:///etc/passwd"}, new Object[] {"price", -1.0},
                new Object[] {"price", 2e9}, new Object[] {"currency", "usd"}, new Object[] {"currency", "DOLLARS"},
                new Object[] {"imageUrl", "https://x.example/" + "a".repeat(3000)})) {
            Map<String, Object> m = find();
            m.put((String) bad[0], bad[1]);
            assertThatThrownBy(() -> Messages.findRequest(new MapFields(m))).as(bad[0] + "=" + bad[1])
                    .isInstanceOf(BadMessage.class);
        }
        Map<String, Object> priceWithoutCurrency = find();
        priceWithoutCurrency.remove("currency");
        assertThatThrownBy(() -> Messages.findRequest(new MapFields(priceWithoutCurrency)))
                .isInstanceOf(BadMessage.class);
    }

    @Test
    void a_history_request_names_an_aliexpress_product_id() throws Exception {
        assertThat(Messages.historyProduct(new MapFields(Map.of("id", "1005006789012345"))).key())
                .isEqualTo("aliexpress:1005006789012345");
        for (String bad : List.of("B0CATALOG1", "12", "1005006789012345/../x", "")) {
            assertThatThrownBy(() -> Messages.historyProduct(new MapFields(Map.of("id", bad))))
                    .isInstanceOf(BadMessage.class);
        }
        assertThat(Messages.currency(new MapFields(Map.of("currency", "EUR")))).isEqualTo("EUR");
        assertThat(Messages.currency(new MapFields(Map.of()))).isNull();
        assertThatThrownBy(() -> Messages.currency(new MapFields(Map.of("currency", "€"))))
                .isInstanceOf(BadMessage.class);
    }

    @Test
    void the_panel_state_is_the_one_setting_a_content_script_may_change() throws Exception {
        assertThat(Messages.onlyPanelState(new MapFields(Map.of("panelCollapsed", true)))).isTrue();
        assertThat(Messages.onlyPanelState(new MapFields(Map.of("panelCollapsed", true, "affiliateLinks", true))))
                .isFalse();
        assertThat(Messages.onlyPanelState(new MapFields(Map.of("affiliateLinks", false)))).isFalse();
        assertThat(Messages.onlyPanelState(new MapFields(Map.of("panelCollapsed", true, "hoverButton", "no"))))
                .isFalse();
        assertThat(Messages.onlyPanelState(new MapFields(Map.of()))).isFalse();
        Settings on = Settings.defaults();
        Settings collapsed = Messages.settingsUpdate(new MapFields(Map.of("panelCollapsed", true)), on);
        assertThat(collapsed.panelCollapsed()).isTrue();
        assertThat(collapsed.affiliateLinks()).isEqualTo(on.affiliateLinks());
        assertThatThrownBy(() -> Messages.settingsUpdate(new MapFields(Map.of("panelCollapsed", "yes")), on))
                .isInstanceOf(BadMessage.class);
    }

    @Test
    void settings_of_version_2_get_the_panel_open_and_keep_the_rest() {
        Map<String, Object> v2 = new HashMap<>();
        v2.put("version", 2);
        v2.put("hoverButton", false);
        Settings s = Settings.from(new MapFields(v2));
        assertThat(Settings.VERSION).isEqualTo(3);
        assertThat(s.panelCollapsed()).isFalse();
        assertThat(s.hoverButton()).isFalse();
        v2.put("panelCollapsed", true);
        assertThat(Settings.from(new MapFields(v2)).panelCollapsed()).isTrue();
        assertThat(Settings.panelCollapsedOf(new MapFields(v2))).isTrue();
        v2.put("panelCollapsed", "true");
        assertThat(Settings.from(new MapFields(v2)).panelCollapsed()).isFalse();
        assertThat(Settings.defaults().withPanelCollapsed(true).withHoverButton(false).panelCollapsed()).isTrue();
    }
}
