package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchMessagesTest {
    private static Map<String, Object> watch() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", Messages.WATCH_ADD);
        m.put("shop", "amazon");
        m.put("id", "B0CATALOG1");
        m.put("url", "https://www.amazon.de/dp/B0CATALOG1");
        m.put("title", "Boots");
        m.put("price", 24.99);
        m.put("currency", "EUR");
        m.put("imageUrl", "https://m.media-amazon.com/images/I/x.jpg");
        m.put("targetPrice", 20.0);
        return m;
    }

    @Test
    void accepts_a_product_with_its_picture_and_target() throws Exception {
        assertThat(Messages.type(new MapFields(watch()))).isEqualTo(Messages.WATCH_ADD);
        Messages.WatchRequest w = Messages.watchAdd(new MapFields(watch()));
        assertThat(w.product().product().key()).isEqualTo("amazon:B0CATALOG1");
        assertThat(w.imageUrl()).startsWith("https://m.media-amazon.com/");
        assertThat(w.targetPrice()).isEqualTo(20.0);
    }

    @Test
    void the_target_and_picture_are_optional() throws Exception {
        Map<String, Object> m = watch();
        m.remove("targetPrice");
        m.remove("imageUrl");
        Messages.WatchRequest w = Messages.watchAdd(new MapFields(m));
        assertThat(w.targetPrice()).isNaN();
        assertThat(w.imageUrl()).isNull();
    }

    @Test
    void refuses_bad_targets_pictures_and_mismatched_urls() {
        for (Object target : new Object[] {0.0, -1.0, 1e9}) {
            Map<String, Object> m = watch();
            m.put("targetPrice", target);
            assertThatThrownBy(() -> Messages.watchAdd(new MapFields(m))).isInstanceOf(BadMessage.class);
        }
        Map<String, Object> image = watch();
        image.put("imageUrl", "javascript:alert(1)");
        assertThatThrownBy(() -> Messages.watchAdd(new MapFields(image))).isInstanceOf(BadMessage.class);
        Map<String, Object> url = watch();
        url.put("url", "https://www.amazon.de/dp/B0OTHER000");
        assertThatThrownBy(() -> Messages.watchAdd(new MapFields(url))).isInstanceOf(BadMessage.class);
    }

    @Test
    void reads_watch_list_keys() throws Exception {
        assertThat(Messages.watchKey(new MapFields(Map.of("key", "aliexpress:1005006789012345"))).key())
                .isEqualTo("aliexpress:1005006789012345");
        for (String bad : new String[] {"", "aliexpress", "aliexpress:", "nowhere:123", "aliexpress:12ab",
                "__proto__:1", "amazon:B0CATALOG1:x"}) {
            assertThatThrownBy(() -> Messages.watchKey(new MapFields(Map.of("key", bad))))
                    .as(bad).isInstanceOf(BadMessage.class);
        }
    }
}
