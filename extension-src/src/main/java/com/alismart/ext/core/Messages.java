package com.alismart.ext.core;

import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;

/**
 * The messages between the parts of the extension. Every message is an object with a {@code type}; the worker
 * validates each one here before acting, and answers with {@code {ok: true, ...}} or
 * {@code {ok: false, error: {code, message}}}.
 */
public final class Messages {
    /** Content script → worker: this tab shows a product page. */
    public static final String PAGE_PRODUCT = "page.product";
    /** Popup → worker: is the server reachable, and what does it say of itself? */
    public static final String SERVER_HEALTH = "server.health";
    /** Popup → worker: Smart Search, {@code {q, page, drop}}. */
    public static final String SEARCH = "search";
    /** Results page → worker: run the Image Search the worker prepared, {@code {job}}. */
    public static final String IMAGE_SEARCH = "image.search";
    /**
     * Content script or extension page → worker: watch this product's price, {@code {shop, id, url, title, imageUrl,
     * price, currency, targetPrice}}; an already watched product keeps its history.
     */
    public static final String WATCH_ADD = "watch.add";
    /** Extension page → worker: stop watching {@code {key}}. */
    public static final String WATCH_REMOVE = "watch.remove";
    /** Content script or extension page → worker: set, or clear (no {@code targetPrice}), the target of {@code key}. */
    public static final String WATCH_TARGET = "watch.target";
    /** Extension page → worker: the watch list. */
    public static final String WATCH_LIST = "watch.list";
    /** Extension page → worker: check every watched price now, as the daily alarm does. */
    public static final String WATCH_CHECK = "watch.check";
    /** Popup or content script → worker: today's coupons, {@code {refresh}} to ask the server now. */
    public static final String COUPONS_GET = "coupons.get";
    /** Extension page → worker: the shopper opens this AliExpress product, {@code {url}} (affiliate rules apply). */
    public static final String PRODUCT_OPEN = "product.open";
    /**
     * Content script on an AliExpress page → worker: who gets affiliate credit now ({@code credit}), and whether a
     * product link the shopper clicks would go through ours ({@code linking}).
     */
    public static final String AFFILIATE_STATUS = "affiliate.status";
    /** Content script → worker: this frame shows a product or cart URL; inject the page script (page.js). */
    public static final String PAGE_INJECT = "page.inject";
    /** Content script → worker: this tab shows an AliExpress cart; the answer has the panel's settings. */
    public static final String PAGE_CART = "page.cart";
    /**
     * Content script on an AliExpress page → worker: the shopper clicked this product link while the panel showed
     * a benefit, {@code {url, newTab}}; the worker opens it, through our affiliate link when the rules allow.
     */
    public static final String PAGE_LINK = "page.link";
    /**
     * Content script → worker: the shopper pressed "Find similar" on a photo, {@code {src, x, y, width, height,
     * viewportWidth, viewportHeight, dpr}} (see {@link ImageRect}).
     */
    public static final String IMAGE_FIND = "image.find";
    /** Worker → content script: where is the image at {@code {src}} that was just right-clicked? */
    public static final String IMAGE_RECT = "image.rect";
    /** Popup → worker: change settings the popup shows, {@code {hoverButton, affiliateLinks, notifications}}. */
    public static final String SETTINGS_UPDATE = "settings.update";
    /** From the content script of another shop's product page: that product, found on AliExpress. */
    public static final String FIND_ALIEXPRESS = "find.aliexpress";
    /** From the content script of an AliExpress product page: the server's price history of that product. */
    public static final String PRODUCT_HISTORY = "product.history";

    static final int MAX_TITLE = 300;
    static final int MAX_URL = 2048;
    static final double MAX_PRICE = 10_000_000;

    private Messages() {
    }

    /** The message's type if it is one we know, else a {@link BadMessage}. */
    public static String type(Fields message) throws BadMessage {
        String type = message == null ? null : message.string("type");
        if (PAGE_PRODUCT.equals(type) || SERVER_HEALTH.equals(type) || SEARCH.equals(type)
                || IMAGE_SEARCH.equals(type) || IMAGE_FIND.equals(type) || IMAGE_RECT.equals(type)
                || SETTINGS_UPDATE.equals(type) || WATCH_ADD.equals(type) || WATCH_REMOVE.equals(type)
                || WATCH_TARGET.equals(type) || WATCH_LIST.equals(type) || WATCH_CHECK.equals(type)
                || COUPONS_GET.equals(type) || PRODUCT_OPEN.equals(type) || AFFILIATE_STATUS.equals(type)
                || FIND_ALIEXPRESS.equals(type) || PRODUCT_HISTORY.equals(type) || PAGE_CART.equals(type)
                || PAGE_LINK.equals(type) || PAGE_INJECT.equals(type)) {
            return type;
        }
        throw new BadMessage("unknown_type", "unknown message type");
    }

    /** A {@value #PAGE_PRODUCT} message, checked field by field against the URL it claims to come from. */
    public static ProductSeen productSeen(Fields m) throws BadMessage {
        Shop shop = Shop.byKey(m.string("shop"));
        if (shop == null) {
            throw new BadMessage("bad_field", "shop is not one of the supported shops");
        }
        String id = m.string("id");
        if (!ShopUrls.isValidId(shop, id)) {
            throw new BadMessage("bad_field", "id is not a product id of that shop");
        }
        String url = m.string("url");
        if (url == null || url.length() > MAX_URL) {
            throw new BadMessage("bad_field", "url is missing or too long");
        }
        ProductRef fromUrl = ShopUrls.product(url);
        if (fromUrl == null || fromUrl.shop() != shop || !fromUrl.id().equals(id)) {
            throw new BadMessage("bad_field", "url does not show that product");
        }
        String title = clean(m.string("title"), MAX_TITLE);
        double price = m.number("price");
        if (!Double.isNaN(price) && (price < 0 || price > MAX_PRICE)) {
            throw new BadMessage("bad_field", "price is out of range");
        }
        String currency = currency(m);
        if (Double.isNaN(price)) {
            currency = null;
        }
        return new ProductSeen(fromUrl, url, title, price, currency);
    }

    /** The URL of a {@value #PRODUCT_OPEN} message: an AliExpress product page. */
    public static String productUrl(Fields m) throws BadMessage {
        String url = m.string("url");
        ProductRef product = url == null || url.length() > MAX_URL ? null : ShopUrls.product(url);
        if (product == null || product.shop() != Shop.ALIEXPRESS) {
            throw new BadMessage("bad_field", "url must be an AliExpress product page");
        }
        return url;
    }

    /** A {@value #PAGE_LINK} message's link: an AliExpress product page over https, opened as the page said. */
    public static PageLink pageLink(Fields m) throws BadMessage {
        String url = productUrl(m);
        if (!url.startsWith("https://")) {
            throw new BadMessage("bad_field", "url must be an https AliExpress product page");
        }
        return new PageLink(url, m.isTrue("newTab"));
    }

    /** A product link clicked on an AliExpress page. */
    public static final class PageLink {
        private final String url;
        private final boolean newTab;

        PageLink(String url, boolean newTab) {
            this.url = url;
            this.newTab = newTab;
        }

        /** The link as the page had it (its own parameters kept, for when no affiliate link is applied). */
        public String url() {
            return url;
        }

        /** Whether the link opens a new tab (target="_blank"). */
        public boolean newTab() {
            return newTab;
        }
    }

    /** A {@value #WATCH_ADD} message: the product as {@link #productSeen} checks it, its picture and a target. */
    public static WatchRequest watchAdd(Fields m) throws BadMessage {
        return new WatchRequest(productSeen(m), imageUrl(m), targetPrice(m));
    }

    /** The watch-list key ("shop:id") of a {@value #WATCH_REMOVE} or {@value #WATCH_TARGET} message. */
    public static ProductRef watchKey(Fields m) throws BadMessage {
        String key = m.string("key");
        int colon = key == null ? -1 : key.indexOf(':');
        Shop shop = colon < 0 ? null : Shop.byKey(key.substring(0, colon));
        if (shop == null || !ShopUrls.isValidId(shop, key.substring(colon + 1))) {
            throw new BadMessage("bad_field", "key must be a watched product's shop:id");
        }
        return new ProductRef(shop, key.substring(colon + 1));
    }

    /** The target price of a message: {@code NaN} when absent, else a positive amount in range. */
    public static double targetPrice(Fields m) throws BadMessage {
        double target = m.number("targetPrice");
        if (!Double.isNaN(target) && (target <= 0 || target > MAX_PRICE)) {
            throw new BadMessage("bad_field", "targetPrice must be a positive amount");
        }
        return target;
    }

    /** A validated {@value #WATCH_ADD} message. */
    public static final class WatchRequest {
        private final ProductSeen product;
        private final String imageUrl;
        private final double targetPrice;

        WatchRequest(ProductSeen product, String imageUrl, double targetPrice) {
            this.product = product;
            this.imageUrl = imageUrl;
            this.targetPrice = targetPrice;
        }

        public ProductSeen product() {
            return product;
        }

        /** May be {@code null}. */
        public String imageUrl() {
            return imageUrl;
        }

        /** {@code NaN} when the shopper set none. */
        public double targetPrice() {
            return targetPrice;
        }
    }

    /** The longest query the server accepts, in characters. */
    public static final int MAX_QUERY = 500;
    static final int MAX_DROPS = 50;
    static final int MAX_PAGE = 100;

    /** A {@value #SEARCH} message. */
    public static SearchRequest searchRequest(Fields m) throws BadMessage {
        String q = clean(m.string("q"), Integer.MAX_VALUE);
        if (q == null) {
            throw new BadMessage("bad_field", "q must not be empty");
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY) {
            throw new BadMessage("bad_field", "q must have at most " + MAX_QUERY + " characters");
        }
        double page = m.number("page");
        if (Double.isNaN(page)) {
            page = 1;
        }
        if (page != Math.floor(page) || page < 1 || page > MAX_PAGE) {
            throw new BadMessage("bad_field", "page must be a whole number from 1 to " + MAX_PAGE);
        }
        String[] drop = m.strings("drop");
        if (drop == null) {
            drop = new String[0];
        }
        if (drop.length > MAX_DROPS) {
            throw new BadMessage("bad_field", "too many removed chips");
        }
        for (String d : drop) {
            if (d.isEmpty() || d.length() > 120) {
                throw new BadMessage("bad_field", "a removed chip is empty or too long");
            }
        }
        return new SearchRequest(q, (int) page, drop);
    }

    /** The {@code src} of an {@value #IMAGE_FIND} or {@value #IMAGE_RECT} message: absolute http(s), not too long. */
    public static String imageSource(Fields m) throws BadMessage {
        String src = m.string("src");
        if (src == null || src.length() > MAX_URL || com.alismart.ext.shop.WebUrl.parse(src) == null) {
            throw new BadMessage("bad_field", "src must be an http(s) image URL");
        }
        return src.trim();
    }

    static final int MAX_JOB = 64;

    /** The job id of an {@value #IMAGE_SEARCH} message: the worker makes them, 1 to 64 of [a-z0-9-]. */
    public static String imageJob(Fields m) throws BadMessage {
        String job = m.string("job");
        if (job == null || job.isEmpty() || job.length() > MAX_JOB) {
            throw new BadMessage("bad_field", "job is missing");
        }
        for (int i = 0; i < job.length(); i++) {
            char c = job.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                throw new BadMessage("bad_field", "job is not a job id");
            }
        }
        return job;
    }

    /** The settings after a {@value #SETTINGS_UPDATE} message ({@code hoverButton}, a boolean). */
    public static Settings settingsUpdate(Fields m, Settings current) throws BadMessage {
        Settings next = current;
        boolean any = false;
        for (String key : SETTING_SWITCHES) {
            if (m.string(key) != null || !Double.isNaN(m.number(key))) {
                throw new BadMessage("bad_field", key + " must be true or false");
            }
            if (!m.isBoolean(key)) {
                continue;
            }
            any = true;
            boolean on = m.isTrue(key);
            next = key.equals("hoverButton") ? next.withHoverButton(on)
                    : key.equals("affiliateLinks") ? next.withAffiliateLinks(on)
                    : key.equals("panelCollapsed") ? next.withPanelCollapsed(on) : next.withNotifications(on);
        }
        if (!any) {
            throw new BadMessage("bad_field",
                    "a settings update changes hoverButton, affiliateLinks, notifications or panelCollapsed");
        }
        return next;
    }

    private static final String[] SETTING_SWITCHES = {"hoverButton", "affiliateLinks", "notifications",
        "panelCollapsed"};

    /**
     * Whether a {@value #SETTINGS_UPDATE} message changes nothing but {@code panelCollapsed}: the one setting a
     * content script may write (its panel's open or closed state); the others are the shopper's, in our pages.
     */
    public static boolean onlyPanelState(Fields m) {
        for (String key : SETTING_SWITCHES) {
            boolean present = m.isBoolean(key) || m.string(key) != null || !Double.isNaN(m.number(key));
            if (present != key.equals("panelCollapsed")) {
                return false;
            }
        }
        return true;
    }

    /** A {@value #FIND_ALIEXPRESS} message: what the page shows of its product, each field checked. */
    public static FindRequest findRequest(Fields m) throws BadMessage {
        String title = clean(m.string("title"), MAX_TITLE);
        String image = imageUrl(m);
        if (title == null && image == null) {
            throw new BadMessage("bad_field", "a title or an imageUrl is needed to find the product");
        }
        double price = m.number("price");
        if (!Double.isNaN(price) && (price <= 0 || price > MAX_PRICE)) {
            throw new BadMessage("bad_field", "price is out of range");
        }
        String currency = currency(m);
        if (!Double.isNaN(price) && currency == null) {
            throw new BadMessage("bad_field", "a price needs its currency");
        }
        return new FindRequest(title, price, currency, image);
    }

    /** The AliExpress product id of a {@value #PRODUCT_HISTORY} message. */
    public static ProductRef historyProduct(Fields m) throws BadMessage {
        String id = m.string("id");
        if (!ShopUrls.isValidId(Shop.ALIEXPRESS, id)) {
            throw new BadMessage("bad_field", "id is not an AliExpress product id");
        }
        return new ProductRef(Shop.ALIEXPRESS, id);
    }

    /** The optional {@code imageUrl} of a message: an absolute http(s) URL (trimmed) or {@code null}. */
    static String imageUrl(Fields m) throws BadMessage {
        String image = m.string("imageUrl");
        if (image == null) {
            return null;
        }
        if (image.length() > MAX_URL || com.alismart.ext.shop.WebUrl.parse(image) == null) {
            throw new BadMessage("bad_field", "imageUrl must be an http(s) URL");
        }
        return image.trim();
    }

    /** The optional {@code currency} of a message: an ISO 4217 code or {@code null}. */
    public static String currency(Fields m) throws BadMessage {
        String currency = m.string("currency");
        if (currency != null && !isCurrencyCode(currency)) {
            throw new BadMessage("bad_field", "currency is not an ISO 4217 code");
        }
        return currency;
    }

    /** A validated {@value #FIND_ALIEXPRESS} message. */
    public static final class FindRequest {
        private final String title;
        private final double price;
        private final String currency;
        private final String imageUrl;

        FindRequest(String title, double price, String currency, String imageUrl) {
            this.title = title;
            this.price = price;
            this.currency = currency;
            this.imageUrl = imageUrl;
        }

        /** May be {@code null} when the image is given. */
        public String title() {
            return title;
        }

        /** {@code NaN} when the page shows none. */
        public double price() {
            return price;
        }

        /** May be {@code null}: then no saving can be told. */
        public String currency() {
            return currency;
        }

        /** May be {@code null} when the title is given. */
        public String imageUrl() {
            return imageUrl;
        }
    }

    /** A validated {@value #SEARCH} message. */
    public static final class SearchRequest {
        private final String query;
        private final int page;
        private final String[] drop;

        SearchRequest(String query, int page, String[] drop) {
            this.query = query;
            this.page = page;
            this.drop = drop;
        }

        public String query() {
            return query;
        }

        public int page() {
            return page;
        }

        /** Chips the shopper removed, as the server names them ("colors:red", "priceMax"). */
        public String[] drop() {
            return drop.clone();
        }
    }

    /** Trimmed, control characters dropped, at most {@code max} characters; {@code null} stays {@code null}. */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || (c >= 0x7f && c < 0xa0)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isCurrencyCode(String s) {
        if (s.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A validated {@value #PAGE_PRODUCT} message. */
    public static final class ProductSeen {
        private final ProductRef product;
        private final String url;
        private final String title;
        private final double price;
        private final String currency;

        ProductSeen(ProductRef product, String url, String title, double price, String currency) {
            this.product = product;
            this.url = url;
            this.title = title;
            this.price = price;
            this.currency = currency;
        }

        public ProductRef product() {
            return product;
        }

        public String url() {
            return url;
        }

        /** May be {@code null}. */
        public String title() {
            return title;
        }

        /** {@code NaN} when the page shows none. */
        public double price() {
            return price;
        }

        /** {@code null} when there is no price. */
        public String currency() {
            return currency;
        }
    }
}
