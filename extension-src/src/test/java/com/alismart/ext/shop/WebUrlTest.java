package com.alismart.ext.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebUrlTest {
    @Test
    void query_names_and_values_as_written() {
        WebUrl u = WebUrl.parse("https://www.temu.com/x.html?goods_id=601099512345678&flag&=v&a=1=2&goods_id=2#h=1");
        assertThat(u.queryNames()).containsExactly("goods_id", "flag", "", "a", "goods_id");
        assertThat(u.queryParam("goods_id")).isEqualTo("601099512345678");
        assertThat(u.queryParam("a")).isEqualTo("1=2");
        assertThat(u.queryParam("flag")).isNull();
        assertThat(u.queryParam("h")).isNull();
        assertThat(u.queryParam("missing")).isNull();
        assertThat(WebUrl.parse("https://www.temu.com/").queryNames()).isEmpty();
        assertThat(WebUrl.parse("https://www.temu.com/?").queryNames()).isEmpty();
    }

    @Test
    void without_fragment() {
        assertThat(WebUrl.withoutFragment("https://a.example/p?q=1#image-3")).isEqualTo("https://a.example/p?q=1");
        assertThat(WebUrl.withoutFragment("https://a.example/p")).isEqualTo("https://a.example/p");
        assertThat(WebUrl.withoutFragment(null)).isEmpty();
    }
}
