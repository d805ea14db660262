package com.alismart.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture page under {@code pages/<shop>/}, with the answer expected beside it ({@code name.json}: the URL the
 * page is shown at, and the seven fields). The pages are our own, modelled on each shop's real markup: JSON-LD only,
 * meta only, selectors only, embedded script state, listings, captchas, error pages, other locales.
 */
class FixturePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path pagesDir() {
        try {
            return Path.of(FixturePagesTest.class.getResource("/pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(pagesDir())) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> pagesDir().relativize(p).toString().replace(".json", ""))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void recognises_the_fixture_page(String name) throws IOException {
        JsonNode fixture = JSON.readTree(pagesDir().resolve(name + ".json").toFile());
        byte[] html = Files.readAllBytes(pagesDir().resolve(name + ".html"));
        JsonNode actual = JSON.readTree(Main.recognize(html, fixture.get("url").asText()));
        JsonNode expected = fixture.get("expect");
        assertThat(actual.size()).isEqualTo(7);
        for (String field : List.of("kind", "shop", "id", "title", "price", "currency", "imageUrl")) {
            JsonNode e = expected.get(field);
            JsonNode a = actual.get(field);
            if (field.equals("price") && !e.isNull()) {
                assertThat(a.isNumber()).as(field).isTrue();
                assertThat(a.asDouble()).as(field).isEqualTo(e.asDouble());
            } else {
                assertThat(a).as(name + " " + field).isEqualTo(e);
            }
        }
    }

    @Test
    void has_several_fixtures_per_shop_with_a_captcha_and_an_error_page_each() throws IOException {
        List<String> names = fixtures().toList();
        for (String shop : List.of("aliexpress", "amazon", "ebay", "temu", "shein", "alibaba")) {
            List<String> ofShop = names.stream().filter(n -> n.startsWith(shop + "/")).toList();
            assertThat(ofShop).as(shop).hasSizeGreaterThanOrEqualTo(4);
            assertThat(ofShop).as(shop).anyMatch(n -> n.contains("captcha") || n.contains("blocked"));
            assertThat(ofShop).as(shop).anyMatch(n -> n.contains("listing"));
        }
    }
}
