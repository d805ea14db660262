package com.alismart.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rules that decide between sources and kinds, each on the smallest page that shows it. */
class RecognitionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(String html, String url) throws IOException {
        return JSON.readTree(Main.recognize(html.getBytes(StandardCharsets.UTF_8), url));
    }

    @Test
    void structured_data_wins_over_class_names() throws IOException {
        JsonNode r = run("<title>t</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Product\",\"name\":\"From LD\","
                + "\"offers\":{\"price\":\"10.00\",\"priceCurrency\":\"GBP\"}}</script>"
                + "<span id=productTitle>From selector</span><div id=corePrice_feature_div><span class=a-price>"
                + "<span class=a-offscreen>$99.00</span></span></div>", "https://www.amazon.co.uk/dp/B0AAAAAAAA");
        assertThat(r.get("title").asText()).isEqualTo("From LD");
        assertThat(r.get("price").asDouble()).isEqualTo(10.0);
        assertThat(r.get("currency").asText()).isEqualTo("GBP");
    }

    @Test
    void amazons_hidden_buy_box_price_stands_in_for_markup_we_do_not_know() throws IOException {
        JsonNode r = run("<title>t</title><span id=productTitle>Kaffeemaschine</span>"
                + "<div id=newPriceLayout><span class=x-new>29,99 €</span></div>"
                + "<input type=hidden id=twister-plus-price-data-price value=\"29.99\">"
                + "<input type=hidden id=twister-plus-price-data-price-unit value=\"€\">",
                "https://www.amazon.de/dp/B0DKAFFEE1");
        assertThat(r.get("price").asDouble()).isEqualTo(29.99);
        assertThat(r.get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void a_zero_price_is_a_placeholder_not_a_price() throws IOException {
        JsonNode r = run("<title>t</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Product\",\"name\":\"Boots\","
                + "\"offers\":{\"price\":\"0.00\",\"priceCurrency\":\"USD\"}}</script>"
                + "<div class=x-price-primary><span>US $0.00</span></div>", "https://www.ebay.com/itm/123456789012");
        assertThat(r.get("kind").asText()).isEqualTo("product");
        assertThat(r.get("price").isNull()).isTrue();
        JsonNode drawn = run("<title>t</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Product\",\"name\":\"Boots\","
                + "\"offers\":{\"price\":\"0\",\"priceCurrency\":\"USD\"}}</script>"
                + "<div class=x-price-primary><span>US $24.99</span></div>", "https://www.ebay.com/itm/123456789012");
        assertThat(drawn.get("price").asDouble()).isEqualTo(24.99);
    }

    @Test
    void a_hidden_sign_in_recaptcha_does_not_block_a_product_page() throws IOException {
        JsonNode r = run("<title>Boots | eBay</title><meta property=\"og:title\" content=\"Boots\">"
                + "<div class=\"g-recaptcha\" data-sitekey=\"x\" hidden></div>",
                "https://www.ebay.com/itm/123456789012");
        assertThat(r.get("kind").asText()).isEqualTo("product");
        JsonNode bare = run("<title>eBay</title><div class=\"g-recaptcha\" data-sitekey=\"x\"></div>",
                "https://www.ebay.com/itm/123456789012");
        assertThat(bare.get("kind").asText()).isEqualTo("blocked");
    }

    @Test
    void a_captcha_is_never_a_product_even_with_product_data() throws IOException {
        JsonNode r = run("<title>Robot Check</title><meta property=\"og:title\" content=\"Boots\">"
                + "<meta property=\"product:price:amount\" content=\"5\">", "https://www.amazon.com/dp/B0AAAAAAAA");
        assertThat(r.get("kind").asText()).isEqualTo("blocked");
        assertThat(r.get("id").isNull()).isTrue();
        assertThat(r.get("price").isNull()).isTrue();
    }

    @Test
    void products_listed_on_a_listing_page_do_not_make_it_a_product() throws IOException {
        JsonNode r = run("<title>Boots</title><script type=\"application/ld+json\">{\"@type\":\"ItemList\","
                + "\"itemListElement\":[{\"@type\":\"Product\",\"name\":\"A\"}]}</script>",
                "https://www.ebay.com/b/Boots/bn_1");
        assertThat(r.get("kind").asText()).isEqualTo("listing");
    }

    @Test
    void the_canonical_url_names_the_product_of_an_unusual_url() throws IOException {
        JsonNode r = run("<title>Boots</title><link rel=canonical href=\"https://www.amazon.com/dp/B0CANON123\">"
                + "<span id=productTitle>Boots</span>", "https://www.amazon.com/gp/offer-listing/x?ie=UTF8");
        assertThat(r.get("kind").asText()).isEqualTo("product");
        assertThat(r.get("id").asText()).isEqualTo("B0CANON123");
        JsonNode other = run("<title>Boots</title><link rel=canonical href=\"https://www.ebay.com/itm/123456789012\">",
                "https://www.amazon.com/gp/offer-listing/x");
        assertThat(other.get("kind").asText()).isEqualTo("other"); // another shop's product is not this page's
    }

    @Test
    void a_product_group_costs_its_cheapest_variant() throws IOException {
        JsonNode r = run("<script type=\"application/ld+json\">{\"@type\":\"ProductGroup\",\"name\":\"Tee\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/tee.jpg\"},\"hasVariant\":["
                + "{\"@type\":\"Product\",\"offers\":{\"price\":\"8.50\",\"priceCurrency\":\"EUR\"}},"
                + "{\"@type\":\"Product\",\"offers\":{\"price\":\"7,90\",\"priceCurrency\":\"EUR\"}}]}</script>",
                "https://de.shein.com/Tee-p-1234567.html");
        assertThat(r.get("price").asDouble()).isEqualTo(7.9);
        assertThat(r.get("currency").asText()).isEqualTo("EUR");
        assertThat(r.get("imageUrl").asText()).isEqualTo("https://de.shein.com/img/tee.jpg");
    }

    @Test
    void the_document_title_is_the_last_resort_without_the_shops_name() throws IOException {
        assertThat(run("<title>Amazon.com: Boots : Clothing</title>", "https://www.amazon.com/dp/B0AAAAAAAA")
                .get("title").asText()).isEqualTo("Boots : Clothing");
        assertThat(run("<title>Boots | Temu</title>", "https://www.temu.com/boots-g-601099512345678.html")
                .get("title").asText()).isEqualTo("Boots");
        assertThat(run("<title>Boots - Buy Boots Product on Alibaba.com</title>",
                "https://www.alibaba.com/product-detail/Boots_1600123456789.html").get("title").asText())
                .isEqualTo("Boots");
    }

    @Test
    void error_words_inside_a_long_product_title_do_not_make_an_error_page() throws IOException {
        JsonNode r = run("<title>Error Free Cable Organizer with 404 Slots, Large Desk Storage Box for Home and Office"
                + " - AliExpress</title>", "https://www.aliexpress.com/item/1005005123456789.html");
        assertThat(r.get("kind").asText()).isEqualTo("product");
        JsonNode e = run("<title>404 Not Found</title>", "https://www.aliexpress.com/item/1005005123456789.html");
        assertThat(e.get("kind").asText()).isEqualTo("error");
    }

    @Test
    void the_pages_country_decides_a_bare_dollar() throws IOException {
        String html = "<span id=productTitle>Gloves</span><div id=corePrice_feature_div><span class=a-price>"
                + "<span class=a-offscreen>$24.99</span></span></div>";
        assertThat(run(html, "https://www.amazon.com.au/dp/B0AAAAAAAA").get("currency").asText()).isEqualTo("AUD");
        assertThat(run(html, "https://www.amazon.com.mx/dp/B0AAAAAAAA").get("currency").asText()).isEqualTo("MXN");
        assertThat(run(html, "https://www.amazon.com/dp/B0AAAAAAAA").get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void a_page_shell_that_names_only_the_shop_is_no_product() throws IOException {
        assertThat(run("<title>AliExpress</title><div id=root></div>",
                "https://www.aliexpress.com/item/1005005123456789.html").get("kind").asText()).isEqualTo("other");
        assertThat(run("<title>Amazon.com</title>", "https://www.amazon.com/dp/B0AAAAAAAA").get("kind").asText())
                .isEqualTo("other");
    }

    @Test
    void robot_check_urls_are_blocked_but_a_slug_that_says_captcha_is_not() throws IOException {
        String html = "<title>Sorry</title><p>One moment</p>";
        assertThat(run(html, "https://www.amazon.com/errors/validateCaptcha?amzn=x").get("kind").asText())
                .isEqualTo("blocked");
        assertThat(run(html, "https://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc").get("kind").asText())
                .isEqualTo("blocked");
        assertThat(run(html, "https://www.ebay.com/splashui/captcha?ap=1").get("kind").asText()).isEqualTo("blocked");
        JsonNode slug = run("<title>Puzzle Book</title><span id=productTitle>Puzzle Book</span>",
                "https://www.amazon.com/Captcha-Puzzle-Book/dp/B0BOOK1234");
        assertThat(slug.get("kind").asText()).isEqualTo("product");
    }
}
