package com.alismart.ext.shop;

/**
 * A cheap first look at a URL for the content script, which every page of the six shops evaluates at load: whether it
 * may be a product or cart page, so that the page script is worth asking for. It is a superset of {@link ShopUrls}
 * (every URL {@link ShopUrls#product} or {@link ShopUrls#isAliExpressCart} takes passes it; PageHintsTest holds it to
 * that), and it is not the decision: the worker checks the URL with {@link ShopUrls} before it injects anything. Kept
 * apart so that content.js need not carry ShopUrls and its tables of hosts.
 */
public final class PageHints {
    /** Path and query pieces of the product and cart URLs of the six shops, in lower case (see ShopUrls). */
    private static final String[] MARKERS = {
        "/item/", "/i/", // AliExpress
        "/dp/", "/asin/", "/product/", "/aw/d/", // Amazon (/gp/product/), Alibaba's mobile site
        "/itm/", // eBay
        "-g-", "goods_id=", // Temu
        "-p-", // Shein
        "/product-detail/", // Alibaba
        "/p/shoppingcart", "/shoppingcart", "/shopcart/", "/cart", // AliExpress carts
    };

    private PageHints() {
    }

    /** Whether {@code url} may show a product or a cart: false for most other pages of the shops. */
    public static boolean mayShowProductOrCart(String url) {
        if (url == null || url.length() > 4096) {
            return false;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int path = url.indexOf('/', scheme + 3);
        if (path < 0) {
            return false;
        }
        int hash = url.indexOf('#', path);
        String rest = Ascii.lower(hash < 0 ? url.substring(path) : url.substring(path, hash));
        for (String marker : MARKERS) {
            if (rest.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
