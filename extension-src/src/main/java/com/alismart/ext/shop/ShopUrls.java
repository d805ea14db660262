package com.alismart.ext.shop;

/**
 * Recognises the shop of a URL and, on product pages, the product id, following the URL shapes in
 * shared/notes/protocols.md. A URL that only looks like a product (a redirect link, a search page) gives no product.
 */
public final class ShopUrls {
    // Amazon has one site per country and no wildcard for top-level domains: the suffixes it trades under.
    private static final String[] AMAZON_SUFFIXES = {
        "com", "ca", "com.mx", "com.br", "co.uk", "de", "fr", "it", "es", "nl", "se", "pl", "com.be", "com.tr",
        "ae", "sa", "eg", "in", "co.jp", "sg", "com.au", "ie",
    };
    private static final String[] EBAY_SUFFIXES = {
        "com", "ca", "co.uk", "de", "fr", "it", "es", "nl", "at", "ch", "ie", "pl", "com.au", "be", "com.hk",
        "com.sg", "com.my", "ph",
    };
    private static final String[] SHEIN_DOMAINS = {"shein.com", "shein.co.uk", "shein.com.mx", "shein.com.br"};

    private ShopUrls() {
    }

    /** The shop whose site this URL is on, or {@code null}. */
    public static Shop shopOf(String url) {
        WebUrl u = WebUrl.parse(url);
        return u == null ? null : shopOf(u);
    }

    static Shop shopOf(WebUrl u) {
        if (u.hostIsOrUnder("aliexpress.com") || u.hostIsOrUnder("aliexpress.us")
                || u.hostIsOrUnder("aliexpress.ru")) {
            return Shop.ALIEXPRESS;
        }
        if (u.hostIsOrUnder("alibaba.com")) {
            return Shop.ALIBABA;
        }
        if (u.hostIsOrUnder("temu.com")) {
            return Shop.TEMU;
        }
        for (String domain : SHEIN_DOMAINS) {
            if (u.hostIsOrUnder(domain)) {
                return Shop.SHEIN;
            }
        }
        for (String suffix : AMAZON_SUFFIXES) {
            if (u.hostIsOrUnder("amazon." + suffix)) {
                return Shop.AMAZON;
            }
        }
        for (String suffix : EBAY_SUFFIXES) {
            if (u.hostIsOrUnder("ebay." + suffix)) {
                return Shop.EBAY;
            }
        }
        return null;
    }

    /** The product this URL shows, or {@code null} when it is not a product page of one of the six shops. */
    public static ProductRef product(String url) {
        WebUrl u = WebUrl.parse(url);
        if (u == null) {
            return null;
        }
        Shop shop = shopOf(u);
        if (shop == null) {
            return null;
        }
        String id = productId(shop, u);
        return id == null ? null : new ProductRef(shop, id);
    }

    /**
     * True when the URL is a search, category or best-seller page of one of the six shops: a listing of products,
     * not one product.
     */
    public static boolean isListing(String url) {
        WebUrl u = WebUrl.parse(url);
        Shop shop = u == null ? null : shopOf(u);
        if (shop == null || productId(shop, u) != null) {
            return false;
        }
        String path = Ascii.lower(u.path());
        switch (shop) {
            case ALIEXPRESS:
                // /w/wholesale-boots.html, /wholesale?SearchText=, /category/100003109/women-clothing.html
                return path.startsWith("/w/") || path.startsWith("/wholesale") || path.startsWith("/category/")
                        || path.startsWith("/af/") || path.startsWith("/premium/") || path.startsWith("/popular/")
                        || path.contains("/wholesale-");
            case AMAZON:
                // /s?k=, /s/ref=..., /b?node=, /b/..., best sellers (/gp/bestsellers, /zgbs/), new releases
                return path.equals("/s") || path.startsWith("/s/") || path.equals("/b") || path.startsWith("/b/")
                        || path.startsWith("/gp/bestsellers") || path.contains("/zgbs/")
                        || path.startsWith("/gp/new-releases") || path.startsWith("/gp/browse.html");
            case EBAY:
                // /sch/i.html?_nkw=, /b/Boots/bn_1
                return path.startsWith("/sch/") || path.startsWith("/b/");
            case TEMU:
                // /search_result.html?search_key=, /channel/..., category pages /womens-boots-o3-123.html
                return path.startsWith("/search_result") || path.contains("/search_result.html")
                        || path.startsWith("/channel/") || path.contains("-o3-") || path.contains("-o2-");
            case SHEIN:
                // /pdsearch/boots/, /Women-Boots-c-1234.html, /Picks-sc-00654187.html, /daily-new
                return path.contains("/pdsearch/") || path.contains("-c-") || path.contains("-sc-")
                        || path.contains("-vc-") || path.contains("/daily-new");
            case ALIBABA:
                // /trade/search?SearchText=, /showroom/boots.html, /products/boots.html, /catalog/...
                return path.startsWith("/trade/search") || path.startsWith("/search") || path.startsWith("/showroom/")
                        || path.startsWith("/products/") || path.startsWith("/catalog/")
                        || path.startsWith("/countrysearch/");
            default:
                return false;
        }
    }

    /**
     * True on AliExpress's shopping cart: /p/shoppingcart/index.html on every locale host (www., de., m., .us),
     * shoppingcart.aliexpress.com/shopcart/..., and aliexpress.ru's /cart.
     */
    public static boolean isAliExpressCart(String url) {
        WebUrl u = WebUrl.parse(url);
        if (u == null || shopOf(u) != Shop.ALIEXPRESS) {
            return false;
        }
        String path = Ascii.lower(u.path());
        return path.startsWith("/p/shoppingcart") || path.startsWith("/shoppingcart") || path.startsWith("/shopcart/")
                || path.equals("/cart") || path.startsWith("/cart/");
    }

    /** True when {@code id} has the shape of that shop's product ids. */
    public static boolean isValidId(Shop shop, String id) {
        if (id == null) {
            return false;
        }
        switch (shop) {
            case ALIEXPRESS:
                return isDigits(id, 8, 16);
            case AMAZON:
                return isAsin(id);
            case EBAY:
                return isDigits(id, 9, 15);
            case TEMU:
                return isDigits(id, 6, 20);
            case SHEIN:
                return isDigits(id, 5, 12);
            case ALIBABA:
                return isDigits(id, 8, 14);
            default:
                return false;
        }
    }

    private static String productId(Shop shop, WebUrl u) {
        String[] segments = segments(u.path());
        String id;
        switch (shop) {
            case ALIEXPRESS:
                id = aliexpressId(segments);
                break;
            case AMAZON:
                id = amazonId(segments);
                break;
            case EBAY:
                id = ebayId(segments);
                break;
            case TEMU:
                id = temuId(segments, u);
                break;
            case SHEIN:
                id = afterMarker(last(segments), "-p-");
                break;
            case ALIBABA:
                id = alibabaId(segments);
                break;
            default:
                id = null;
        }
        return isValidId(shop, id) ? id : null;
    }

    // /item/<id>.html, /item/<id>, /i/<id>.html, also under a locale prefix such as /ru/item/<id>.html
    private static String aliexpressId(String[] segments) {
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("item") || segments[i].equals("i")) {
                return stripSuffix(segments[i + 1], ".html");
            }
        }
        return null;
    }

    // /dp/<ASIN>, /<slug>/dp/<ASIN>/..., /gp/product/<ASIN>, /gp/aw/d/<ASIN>, /exec/obidos/ASIN/<ASIN>
    private static String amazonId(String[] segments) {
        for (int i = 0; i + 1 < segments.length; i++) {
            String s = segments[i];
            boolean marker = s.equals("dp") || s.equals("ASIN")
                    || (s.equals("product") && i > 0 && segments[i - 1].equals("gp"))
                    || (s.equals("d") && i > 0 && segments[i - 1].equals("aw"));
            if (marker) {
                String candidate = segments[i + 1];
                int q = candidate.indexOf(';');
                if (q >= 0) {
                    candidate = candidate.substring(0, q);
                }
                candidate = Ascii.upper(candidate);
                if (isAsin(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    // /itm/<id>, /itm/<slug>/<id>, /itm/<Slug>-/<id>
    private static String ebayId(String[] segments) {
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("itm")) {
                for (int j = segments.length - 1; j > i; j--) {
                    if (isDigits(segments[j], 9, 15)) {
                        return segments[j];
                    }
                }
                return null;
            }
        }
        return null;
    }

    // /<slug>-g-<goods_id>.html, or goods_id=<id> in the query
    private static String temuId(String[] segments, WebUrl u) {
        String fromPath = afterMarker(last(segments), "-g-");
        if (fromPath != null) {
            return fromPath;
        }
        String param = u.queryParam("goods_id");
        return param != null && isDigits(param, 6, 20) ? param : null;
    }

    // /product-detail/<Slug>_<id>.html; the mobile site's /product/<id>/<Slug>.html
    private static String alibabaId(String[] segments) {
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("product-detail")) {
                String file = stripSuffix(segments[i + 1], ".html");
                int underscore = file.lastIndexOf('_');
                return underscore >= 0 ? file.substring(underscore + 1) : null;
            }
            if (segments[i].equals("product") && isDigits(stripSuffix(segments[i + 1], ".html"), 8, 14)) {
                return stripSuffix(segments[i + 1], ".html");
            }
        }
        return null;
    }

    /** The digits after the last {@code marker} in a file name such as "name-p-123-cat-45.html". */
    private static String afterMarker(String file, String marker) {
        if (file == null || !file.endsWith(".html")) {
            return null;
        }
        int at = file.lastIndexOf(marker);
        if (at < 0) {
            return null;
        }
        int start = at + marker.length();
        int end = start;
        while (end < file.length() && file.charAt(end) >= '0' && file.charAt(end) <= '9') {
            end++;
        }
        return end > start ? file.substring(start, end) : null;
    }

    private static String[] segments(String path) {
        // By hand: String.split goes through java.util.regex, which TeaVM would compile into the content script.
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int start = path.startsWith("/") ? 1 : 0;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts.toArray(new String[0]);
    }

    private static String last(String[] segments) {
        return segments.length == 0 ? null : segments[segments.length - 1];
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    static boolean isDigits(String s, int min, int max) {
        if (s == null || s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsin(String s) {
        if (s == null || s.length() != 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
