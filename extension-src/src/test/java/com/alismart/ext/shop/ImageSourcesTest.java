package com.alismart.ext.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageSourcesTest {
    @ParameterizedTest
    @CsvSource({
        "300, 300, true", "120, 120, true", "450, 600, true", "119, 300, false", "16, 16, false",
        "48, 48, false", "900, 200, false", "360, 120, true", "0, 0, false",
    })
    void product_photos_are_big_enough_and_not_strips(double w, double h, boolean product) {
        assertThat(ImageSources.isProductSized(w, h)).isEqualTo(product);
    }

    @Test
    void a_loaded_current_source_is_the_one_searched() {
        assertThat(ImageSources.pick("https://m.media-amazon.com/images/I/71abc._AC_SX679_.jpg", 679,
                new String[] {"https://m.media-amazon.com/images/I/71abc.jpg"}))
                .isEqualTo("https://m.media-amazon.com/images/I/71abc._AC_SX679_.jpg");
    }

    @Test
    void placeholders_give_way_to_the_lazy_url() {
        String lazy = "https://img.ltwebstatic.com/images3_pi/2024/01/01/abc_thumbnail_405x552.jpg";
        assertThat(ImageSources.pick("data:image/gif;base64,R0lGODlhAQABAAAAACw=", 1, new String[] {null, lazy}))
                .isEqualTo(lazy);
        assertThat(ImageSources.pick("https://www.shein.com/img/blank.gif", 1, new String[] {lazy}))
                .isEqualTo(lazy);
        assertThat(ImageSources.pick(null, 0, new String[] {"javascript:alert(1)", lazy})).isEqualTo(lazy);
    }

    @Test
    void an_image_still_loading_keeps_its_source_and_nothing_usable_gives_null() {
        assertThat(ImageSources.pick("https://i.ebayimg.com/images/g/abc/s-l500.jpg", 0, new String[0]))
                .isEqualTo("https://i.ebayimg.com/images/g/abc/s-l500.jpg");
        assertThat(ImageSources.pick("data:image/gif;base64,R0lGOD", 1, new String[] {null, null})).isNull();
        assertThat(ImageSources.pick("https://www.temu.com/logo.svg", 300, null)).isNull();
        assertThat(ImageSources.pick("https://www.temu.com/logo.SVG?v=2", 300, null)).isNull();
    }

    @Test
    void the_largest_srcset_candidate_wins() {
        assertThat(ImageSources.largestSrcsetUrl("a.jpg 300w, b.jpg 800w, c.jpg 500w")).isEqualTo("b.jpg");
        assertThat(ImageSources.largestSrcsetUrl("a.jpg, b.jpg 2x, c.jpg 1.5x")).isEqualTo("b.jpg");
        assertThat(ImageSources.largestSrcsetUrl("  https://cdn.example/a.jpg  ")).isEqualTo(
                "https://cdn.example/a.jpg");
        assertThat(ImageSources.largestSrcsetUrl("")).isNull();
        assertThat(ImageSources.largestSrcsetUrl(null)).isNull();
    }

    @Test
    void srcset_urls_may_hold_commas() {
        assertThat(ImageSources.largestSrcsetUrl(
                "https://res.example/w_300,h_300/p.jpg 300w, https://res.example/w_900,h_900/p.jpg 900w"))
                .isEqualTo("https://res.example/w_900,h_900/p.jpg");
        // As browsers read it: without white space after it, a comma belongs to the URL.
        assertThat(ImageSources.largestSrcsetUrl("a.jpg,b.jpg 2x")).isEqualTo("a.jpg,b.jpg");
        assertThat(ImageSources.largestSrcsetUrl("a.jpg, b.jpg, c.jpg 3x")).isEqualTo("c.jpg");
    }

    @Test
    void css_backgrounds_give_their_first_url() {
        assertThat(ImageSources.cssUrl("url(\"https://img.kwcdn.com/product/a.jpg\")"))
                .isEqualTo("https://img.kwcdn.com/product/a.jpg");
        assertThat(ImageSources.cssUrl("linear-gradient(red, blue), url('/b (1).jpg')")).isEqualTo("/b (1).jpg");
        assertThat(ImageSources.cssUrl("url( c.png )")).isEqualTo("c.png");
        assertThat(ImageSources.cssUrl("none")).isNull();
        assertThat(ImageSources.cssUrl("url(")).isNull();
        assertThat(ImageSources.cssUrl("url(\"unterminated")).isNull();
        assertThat(ImageSources.cssUrl(null)).isNull();
    }
}
