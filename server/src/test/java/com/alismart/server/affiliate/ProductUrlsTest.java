package com.alismart.server.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductUrlsTest {
    private static void product(String url, String id, String clean) {
        ProductUrls.Parsed p = ProductUrls.parse(url);
        assertThat(p.product()).as(url + " → " + p.code()).isNotNull();
        assertThat(p.product().id()).as(url).isEqualTo(id);
        assertThat(p.product().cleanUrl()).as(url).isEqualTo(clean);
    }

    private static void refused(String url, String code) {
        ProductUrls.Parsed p = ProductUrls.parse(url);
        assertThat(p.product()).as(url).isNull();
        assertThat(p.code()).as(url).isEqualTo(code);
        assertThat(p.message()).isNotBlank();
        if (url != null && !url.isEmpty()) {
            assertThat(p.message()).doesNotContain(url);
        }
    }

    @Test
    void accepts_product_pages_on_every_aliexpress_host() {
        product("https://www.aliexpress.com/item/1005006789012345.html", "1005006789012345",
                "https://www.aliexpress.com/item/1005006789012345.html");
        product("https://www.aliexpress.com/item/1005006789012345.html?spm=a2g0o.productlist.main.1&algo_pvid=x"
                + "&pdp_npi=4%40dis#nav-review", "1005006789012345",
                "https://www.aliexpress.com/item/1005006789012345.html");
        product("http://aliexpress.com/item/32812345678.html", "32812345678",
                "https://www.aliexpress.com/item/32812345678.html");
        product("https://es.aliexpress.com/item/4000123456789.html?gatewayAdapt=glo2esp", "4000123456789",
                "https://es.aliexpress.com/item/4000123456789.html");
        product("https://HE.AliExpress.com/item/1005006789012345.html", "1005006789012345",
                "https://he.aliexpress.com/item/1005006789012345.html");
        product("https://m.aliexpress.com/item/1005006789012345.html", "1005006789012345",
                "https://m.aliexpress.com/item/1005006789012345.html");
        product("https://www.aliexpress.us/item/3256805123456789.html", "3256805123456789",
                "https://www.aliexpress.us/item/3256805123456789.html");
        product("https://aliexpress.ru/item/1005006789012345.html?sku_id=12000038", "1005006789012345",
                "https://aliexpress.ru/item/1005006789012345.html");
        product("https://m.aliexpress.ru/item/1005006789012345.html", "1005006789012345",
                "https://m.aliexpress.ru/item/1005006789012345.html");
        product("https://www.aliexpress.com/i/1005006789012345.html", "1005006789012345",
                "https://www.aliexpress.com/item/1005006789012345.html");
        product("https://www.aliexpress.com/item/Wireless-Earbuds-Bluetooth-5-3/32812345678.html", "32812345678",
                "https://www.aliexpress.com/item/32812345678.html");
        // raw characters real links carry in their query, which java.net.URI alone refuses
        product("https://www.aliexpress.com/item/1005006789012345.html?pdp_ext_f={\"sku_id\":\"12000\"}&x=a|b c"
                + "#reviews", "1005006789012345", "https://www.aliexpress.com/item/1005006789012345.html");
        product("https://pt.aliexpress.com/item/1005006789012345.html?gps-id=pcDetail&utparam=%7B%22x%22%7D",
                "1005006789012345", "https://pt.aliexpress.com/item/1005006789012345.html");
        product("  https://www.aliexpress.com.:443/item/1005006789012345.html  ", "1005006789012345",
                "https://www.aliexpress.com/item/1005006789012345.html");
    }

    @Test
    void refuses_other_sites_and_look_alikes() {
        refused("https://www.amazon.com/dp/B08N5WRWNW", "not_aliexpress");
        refused("https://aliexpress.com.evil.example/item/1005006789012345.html", "not_aliexpress");
        refused("https://evilaliexpress.com/item/1005006789012345.html", "not_aliexpress");
        refused("https://www.aliexpress.com@evil.example/item/1005006789012345.html", "not_aliexpress");
        refused("https://user@www.aliexpress.com/item/1005006789012345.html", "not_aliexpress");
        refused("https://www.aliexpress.com:8443/item/1005006789012345.html", "not_aliexpress");
        refused("https://seller.aliexpress.com/item/1005006789012345.html", "not_aliexpress");
        refused("https://login.aliexpress.com/item/1005006789012345.html", "not_aliexpress");
        refused("https://www.alibaba.com/product-detail/Earbuds_1600123456789.html", "not_aliexpress");
    }

    @Test
    void refuses_what_is_not_a_product_url() {
        refused(null, "not_a_url");
        refused("", "not_a_url");
        refused("not a url at all", "not_a_url");
        refused("javascript:alert(1)", "not_a_url");
        refused("ftp://www.aliexpress.com/item/1005006789012345.html", "not_a_url");
        refused("//www.aliexpress.com/item/1005006789012345.html", "not_a_url");
        refused("https://www.aliexpress.com/", "not_a_product");
        refused("https://www.aliexpress.com/store/1101234567", "not_a_product");
        refused("https://www.aliexpress.com/w/wholesale-earbuds.html", "not_a_product");
        refused("https://www.aliexpress.com/item/12345.html", "not_a_product");
        refused("https://www.aliexpress.com/item/12345678901234567890.html", "not_a_product");
        refused("https://www.aliexpress.com/item/1005006789012345.html/../../evil", "not_a_product");
        refused("https://a.aliexpress.com/_mKxyz12", "short_link");
        refused("https://s.click.aliexpress.com/e/_DlXyz12", "short_link");
    }

    @Test
    void refuses_links_another_affiliate_already_attributed() {
        refused("https://www.aliexpress.com/item/1005006789012345.html?aff_fcid=abc&aff_fsk=_d&aff_platform="
                + "link-c-tool&sk=_dXyZ&aff_trace_key=abc-123&terminal_id=x&afSmartRedirect=y", "other_affiliate");
        refused("https://es.aliexpress.com/item/1005006789012345.html?sk=_dXyZ", "other_affiliate");
        refused("https://es.aliexpress.com/item/1005006789012345.html?spm=x|y&AFF_FCID=1#top", "other_affiliate");
    }
}
