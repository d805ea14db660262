package com.alismart.ext.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
    @Test
    void reads_json_ld() {
        Object v = Json.parse("<!-- {\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Boots \\u00e9"
                + " \\\"x\\\"\",\"offers\":{\"price\":12.90,\"priceCurrency\":\"EUR\"},\"image\":[\"a.jpg\"],"
                + "\"ok\":true,\"no\":false,\"nothing\":null} -->");
        assertThat(v).isInstanceOf(Json.Obj.class);
        Json.Obj o = (Json.Obj) v;
        assertThat(o.text("name")).isEqualTo("Boots é \"x\"");
        assertThat(o.obj("offers").text("price")).isEqualTo("12.90");
        assertThat(o.get("image")).isInstanceOf(ArrayList.class);
        assertThat(o.get("ok")).isEqualTo(Boolean.TRUE);
        assertThat(o.get("nothing")).isSameAs(Json.NULL);
        assertThat(o.get("missing")).isNull();
    }

    @Test
    void reads_one_value_inside_script_state() {
        String script = "window.runParams = {data: 1}; var x = {\"skuAmount\":{\"currency\":\"USD\",\"value\":24.99},"
                + " \"other\": [1, 2";
        int at = script.indexOf("\"skuAmount\":") + "\"skuAmount\":".length();
        Json.Obj amount = (Json.Obj) Json.parseAt(script, at, 1000);
        assertThat(amount.text("currency")).isEqualTo("USD");
        assertThat(amount.text("value")).isEqualTo("24.99");
        assertThat(Json.parseAt(script, at, 10)).isNull(); // cut before the value ends
    }

    @Test
    void is_lenient_with_raw_control_characters_in_strings() {
        assertThat(((Json.Obj) Json.parse("{\"name\":\"line one\nline two\"}")).text("name"))
                .isEqualTo("line one\nline two");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "{", "[1,", "{\"a\" 1}", "{a:1}", "tru", "\"open", "{\"a\":1,}", "[1 2]", "\\u12",
        "{\"a\":\"\\u12G4\"}", "undefined", "-", "<html>"})
    void gives_null_for_broken_json(String text) {
        Object v = Json.parse(text);
        if (text.equals("-")) {
            assertThat(v).isInstanceOf(Json.Num.class); // a lone sign is read as a number text, never used as one
        } else {
            assertThat(v).isNull();
        }
    }

    @Test
    void refuses_deep_nesting_without_overflowing_the_stack() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(Json.parse(deep)).isNull();
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(Json.parse(ok)).isNotNull();
    }

    @Test
    void refuses_too_many_nodes() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Json.MAX_NODES + 10; i++) {
            sb.append(i == 0 ? "" : ",").append('1');
        }
        assertThat(Json.parse(sb.append(']').toString())).isNull();
    }

    @Test
    void never_throws_on_mutated_input() {
        String base = "{\"@type\":[\"Product\"],\"name\":\"A \\\"b\\\"\","
                + "\"offers\":[{\"price\":\"1.5\"},{\"lowPrice\":2}],"
                + "\"x\":[true,false,null,-1.5e3,{}]}";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = base.toCharArray();
            for (int k = 0; k < 3; k++) {
                chars[random.nextInt(chars.length)] = "{}[]\",:\\u0a-e".charAt(random.nextInt(13));
            }
            Json.parse(new String(chars, 0, random.nextInt(chars.length + 1)));
        }
    }
}
