package com.alismart.ext.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageHintsTest {
    private static final Pattern URL = Pattern.compile("(https?://[^\\s\"',]+)");

    /** Every URL the shop tests and the recogniser's fixture pages know, as written in their sources. */
    private static List<String> knownUrls() throws IOException {
        List<String> urls = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of("src/test/java/com/alismart/ext/shop/ShopUrlsTest.java"));
        Path pages = Path.of("../recognize/src/test/resources/pages");
        assertThat(pages).isDirectory();
        try (Stream<Path> files = Files.walk(pages)) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher m = URL.matcher(Files.readString(source));
            while (m.find()) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    @Test
    void every_product_or_cart_url_shop_urls_takes_passes_the_hint() throws IOException {
        List<String> urls = knownUrls();
        int productsOrCarts = 0;
        for (String url : urls) {
            if (ShopUrls.product(url) != null || ShopUrls.isAliExpressCart(url)) {
                productsOrCarts++;
                assertThat(PageHints.mayShowProductOrCart(url)).as(url).isTrue();
            }
        }
        System.out.println("page hints: " + productsOrCarts + " product and cart URLs of " + urls.size() + " known");
        assertThat(productsOrCarts).as("product and cart URLs checked").isGreaterThan(55);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.AMAZON.com/Some-Thing/DP/B08N5WRWNW?th=1",
        "https://www.temu.com/kuiper/uk1.html?goods_id=601099512345678",
        "https://de.aliexpress.com/p/shoppingcart/index.html#top",
    })
    void case_and_query_do_not_hide_a_product(String url) {
        assertThat(PageHints.mayShowProductOrCart(url)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/",
        "https://www.aliexpress.com/w/wholesale-hiking-boots.html",
        "https://www.amazon.com/s?k=boots",
        "https://www.amazon.de/gp/bestsellers/shoes",
        "https://www.ebay.com/sch/i.html?_nkw=boots",
        "https://www.temu.com/search_result.html?search_key=boots",
        "https://us.shein.com/Women-Boots-c-1234.html",
        "https://www.alibaba.com/trade/search?SearchText=boots",
        "https://www.amazon.com/#/dp/B08N5WRWNW",
        "not a url",
    })
    void most_other_pages_do_not(String url) {
        assertThat(PageHints.mayShowProductOrCart(url)).isFalse();
        assertThat(PageHints.mayShowProductOrCart("")).isFalse();
        assertThat(PageHints.mayShowProductOrCart(null)).isFalse();
    }
}
