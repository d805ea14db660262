package com.alismart.ext.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShopUrlsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // AliExpress: www, locale, mobile, .us, .ru, /i/, query strings and fragments
        "https://www.aliexpress.com/item/1005006789012345.html, aliexpress, 1005006789012345",
        "https://es.aliexpress.com/item/1005006789012345.html?spm=a2g0o.productlist.main.1&gatewayAdapt=glo2esp,"
            + " aliexpress, 1005006789012345",
        "https://m.aliexpress.com/item/32812345678.html#reviews, aliexpress, 32812345678",
        "https://www.aliexpress.us/item/3256805123456789.html, aliexpress, 3256805123456789",
        "https://aliexpress.ru/item/1005006789012345.html?sku_id=12000, aliexpress, 1005006789012345",
        "https://he.aliexpress.com/i/4000123456789.html, aliexpress, 4000123456789",
        "HTTPS://WWW.ALIEXPRESS.COM/item/1005006789012345.html, aliexpress, 1005006789012345",
        // Amazon, every TLD and URL shape
        "https://www.amazon.com/dp/B08N5WRWNW, amazon, B08N5WRWNW",
        "https://www.amazon.de/Some-Product-Name/dp/B08N5WRWNW/ref=sr_1_3?keywords=x, amazon, B08N5WRWNW",
        "https://www.amazon.co.uk/gp/product/B08N5WRWNW?psc=1, amazon, B08N5WRWNW",
        "https://www.amazon.co.jp/gp/aw/d/B08N5WRWNW, amazon, B08N5WRWNW",
        "https://smile.amazon.com/dp/0316769487, amazon, 0316769487",
        "https://www.amazon.com.br/dp/b08n5wrwnw, amazon, B08N5WRWNW",
        // eBay
        "https://www.ebay.com/itm/123456789012, ebay, 123456789012",
        "https://www.ebay.co.uk/itm/hiking-boots-women/123456789012?hash=item1c, ebay, 123456789012",
        "https://www.ebay.de/itm/Wanderschuhe-Damen-/123456789012, ebay, 123456789012",
        // Temu
        "https://www.temu.com/womens-hiking-boots-g-601099512345678.html?top_gallery_url=x, temu, 601099512345678",
        "https://www.temu.com/goods.html?goods_id=601099512345678, temu, 601099512345678",
        // Shein
        "https://us.shein.com/Women-Lace-Up-Boots-p-12345678.html, shein, 12345678",
        "https://www.shein.com/Solid-Tee-p-1234567-cat-1738.html?src_module=x, shein, 1234567",
        // Alibaba
        "https://www.alibaba.com/product-detail/Waterproof-Hiking-Boots_1600123456789.html, alibaba, 1600123456789",
        "https://m.alibaba.com/product/1601122334455/Portable-Mini-Projector-1080P-WiFi.html, alibaba, 1601122334455",
    })
    void recognises_product_pages(String url, String shop, String id) {
        ProductRef product = ShopUrls.product(url);
        assertThat(product).isNotNull();
        assertThat(product.shop().key()).isEqualTo(shop);
        assertThat(product.id()).isEqualTo(id);
        assertThat(product.key()).isEqualTo(shop + ":" + id);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/",
        "https://www.aliexpress.com/w/wholesale-hiking-boots.html",
        "https://www.aliexpress.com/item/abc.html",
        "https://www.aliexpress.com/item/123.html",
        "https://s.click.aliexpress.com/e/_DmKx1AB",
        "https://a.aliexpress.com/_mK2abc",
        "https://www.amazon.com/s?k=hiking+boots",
        "https://www.amazon.com/dp/B08N5",
        "https://www.ebay.com/sch/i.html?_nkw=boots",
        "https://www.temu.com/channel/best-sellers.html",
        "https://us.shein.com/women-boots-c-1234.html",
        "https://www.alibaba.com/trade/search?SearchText=boots",
        "https://aliexpress.com.evil.example/item/1005006789012345.html",
        "https://notaliexpress.com/item/1005006789012345.html",
        "https://www.amazon.com.evil.example/dp/B08N5WRWNW",
        "ftp://www.aliexpress.com/item/1005006789012345.html",
        "javascript:alert(1)",
        "chrome-extension://abc/popup.html",
        "",
        "not a url",
    })
    void finds_no_product_elsewhere(String url) {
        assertThat(ShopUrls.product(url)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://www.aliexpress.com/w/wholesale-boots.html, aliexpress",
        "https://www.amazon.fr/, amazon",
        "https://www.ebay.com.au/b/Boots/bn_1, ebay",
        "https://www.temu.com/, temu",
        "https://m.shein.com/us/, shein",
        "https://sale.alibaba.com/, alibaba",
    })
    void knows_the_shop_of_other_pages(String url, String shop) {
        assertThat(ShopUrls.shopOf(url).key()).isEqualTo(shop);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://www.example.com/", "https://amazon.evil/dp/B08N5WRWNW", "https://ebay.example/"})
    void knows_no_shop_for_other_sites(String url) {
        assertThat(ShopUrls.shopOf(url)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://user:pass@www.aliexpress.com:8443/item/1.html?a=1#x, www.aliexpress.com, 8443, /item/1.html, a=1",
        "http://WWW.Example.COM., www.example.com, -1, /, ''",
        "https://h.example/p?x=1&goods_id=7, h.example, -1, /p, x=1&goods_id=7",
    })
    void parses_urls(String url, String host, int port, String path, String query) {
        WebUrl u = WebUrl.parse(url);
        assertThat(u.host()).isEqualTo(host);
        assertThat(u.port()).isEqualTo(port);
        assertThat(u.path()).isEqualTo(path);
        assertThat(u.query()).isEqualTo(query);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://h.example:99999/", "https://h.example:abc/", "https:///path", "https://a b/",
        "https://<script>/"})
    void rejects_malformed_urls(String url) {
        assertThat(WebUrl.parse(url)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/w/wholesale-hiking-boots.html",
        "https://www.aliexpress.com/wholesale?SearchText=boots",
        "https://es.aliexpress.com/w/wholesale-botas.html?spm=a2g0o",
        "https://aliexpress.ru/wholesale?SearchText=boots",
        "https://www.aliexpress.us/category/100003109/women-clothing.html",
        "https://www.amazon.com/s?k=hiking+boots",
        "https://www.amazon.de/s?k=wanderschuhe&ref=nb_sb_noss",
        "https://www.amazon.co.uk/b?node=1234",
        "https://www.amazon.com/gp/bestsellers/fashion",
        "https://www.amazon.com/Best-Sellers-Clothing/zgbs/fashion",
        "https://www.ebay.com/sch/i.html?_nkw=boots",
        "https://www.ebay.de/b/Wanderschuhe/bn_1",
        "https://www.temu.com/search_result.html?search_key=boots",
        "https://www.temu.com/womens-boots-o3-123.html",
        "https://us.shein.com/pdsearch/boots/",
        "https://us.shein.com/Women-Boots-c-1234.html",
        "https://www.alibaba.com/trade/search?SearchText=boots",
        "https://www.alibaba.com/showroom/hiking-boots.html",
    })
    void recognises_listing_pages(String url) {
        assertThat(ShopUrls.isListing(url)).isTrue();
        assertThat(ShopUrls.product(url)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/item/1005006789012345.html",
        "https://www.aliexpress.com/",
        "https://www.amazon.com/dp/B08N5WRWNW",
        "https://www.amazon.com/sp?seller=A1",
        "https://www.ebay.com/itm/123456789012",
        "https://www.temu.com/womens-hiking-boots-g-601099512345678.html",
        "https://us.shein.com/Women-Lace-Up-Boots-p-12345678-cat-1234.html",
        "https://www.alibaba.com/product-detail/Waterproof-Hiking-Boots_1600123456789.html",
        "https://www.example.com/s?k=boots",
        "not a url",
    })
    void product_and_other_pages_are_no_listings(String url) {
        assertThat(ShopUrls.isListing(url)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/p/shoppingcart/index.html",
        "https://www.aliexpress.com/p/shoppingcart/index.html?spm=a2g0o.home.header.0",
        "https://de.aliexpress.com/p/shoppingcart/index.html",
        "https://www.aliexpress.us/p/shoppingcart/index.html",
        "https://m.aliexpress.com/p/shoppingcart/index.html",
        "https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm",
        "https://aliexpress.ru/cart",
    })
    void recognises_aliexpress_carts(String url) {
        assertThat(ShopUrls.isAliExpressCart(url)).isTrue();
        assertThat(ShopUrls.product(url)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.aliexpress.com/item/1005006789012345.html",
        "https://www.aliexpress.com/",
        "https://www.aliexpress.com/w/wholesale-cart.html",
        "https://www.amazon.com/gp/cart/view.html",
        "https://www.ebay.com/cart",
        "https://www.example.com/p/shoppingcart/index.html",
        "not a url",
    })
    void other_pages_are_no_aliexpress_carts(String url) {
        assertThat(ShopUrls.isAliExpressCart(url)).isFalse();
    }
}
