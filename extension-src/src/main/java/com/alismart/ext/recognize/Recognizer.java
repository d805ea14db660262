package com.alismart.ext.recognize;

import com.alismart.ext.core.Currencies;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a shop page from its URL and content. Structured data first (JSON-LD, {@code og:} and
 * {@code product:} meta, microdata), then the shop's own selectors, then data the shop embeds in its scripts, then
 * the document title. Captcha and error pages are recognised before anything else and never reported as products.
 * Reads a bounded number of elements and characters, so it stays fast on every shop page load.
 */
public final class Recognizer {
    static final int MAX_TITLE = 300;
    static final int MAX_URL = 2048;
    private static final int MAX_LD_BLOCKS = 12;
    private static final int MAX_LD_CHARS = 1_000_000;
    private static final int MAX_SCRIPTS = 40;
    private static final int MAX_TEXT = 400;
    // Challenge and error pages are small documents; on larger ones the costly selector scans for captcha and
    // error widgets are skipped (the URL, the title and the headings still count). Product pages have thousands.
    private static final int SMALL_PAGE = 4000;
    private static final int MAX_METAS = 300;

    // URLs that shops redirect robots to (lower case). Not "captcha" alone: a product's slug may say it.
    private static final String[] BLOCKED_PATHS = {
        "/errors/validatecaptcha", "_____tmd_____", "/punish", "bgn_verification", "/risk/challenge",
        "/splashui/captcha", "/splashui/challenge", "/distil_r_captcha", "/cdn-cgi/challenge", "/captcha/",
        "/captcha.html", "/showcaptcha",
    };
    // Titles of captcha pages and bot walls, lower case (Amazon, eBay, AliExpress, Cloudflare, Akamai, PerimeterX).
    private static final String[] BLOCKED_TITLES = {
        "robot check", "captcha", "are you a robot", "are you a human", "not a robot", "verify you are human",
        "verify you're human", "human verification", "bot check", "security check", "security verification",
        "security measure", "access denied", "access to this page has been denied", "just a moment",
        "attention required", "pardon our interruption", "unusual traffic", "slide to verify", "verification required",
        "подтвердите, что вы не робот", "проверка безопасности", "sicherheitsüberprüfung", "vérification de sécurité",
        "verificación de seguridad", "verificação de segurança", "請驗證", "验证码", "安全验证",
    };
    // Elements only a challenge page has: Amazon's captcha form, AliExpress's and Alibaba's slider, Cloudflare's
    // and PerimeterX's challenges.
    private static final String STRONG_CAPTCHA = "form[action*=\"validateCaptcha\"], #captchacharacters,"
            + " form[action*=\"/errors/validateCaptcha\"], #px-captcha, #challenge-form, #challenge-running,"
            + " #cf-challenge-running, .cf-browser-verification, #nc_1_wrapper, #nc_1_n1z, #nocaptcha, .nc_wrapper,"
            + " #baxia-punish, .baxia-punish, iframe[src*=\"/punish\"], iframe[src*=\"challenges.cloudflare.com\"],"
            + " form[action*=\"captcha\"], #captcha-container, .captcha-container, #captcha_container";
    // Captcha widgets that also appear, hidden, in sign-in boxes of real pages: they count only without product data.
    private static final String WEAK_CAPTCHA = ".g-recaptcha, .h-captcha, iframe[src*=\"recaptcha\"],"
            + " iframe[src*=\"hcaptcha\"], iframe[src*=\"captcha\"], [data-sitekey]";
    // Error page titles, lower case. "404" and "error" count only in short titles, as whole words.
    private static final String[] ERROR_TITLES = {
        "page not found", "item not found", "something went wrong", "no longer available", "service unavailable",
        "bad gateway", "internal server error", "gateway timeout", "item not available", "página no encontrada",
        "page introuvable", "seite nicht gefunden", "pagina non trovata", "página não encontrada",
        "страница не найдена", "sayfa bulunamadı", "nie znaleziono", "pagina niet gevonden", "ページが見つかりません",
        "页面不存在", "找不到", "페이지를 찾을 수 없습니다",
    };
    // What error pages say in their heading, lower case.
    private static final String[] ERROR_TEXTS = {
        "no longer available", "not available anymore", "page not found", "item not found", "product not found",
        "doesn't exist", "does not exist", "has been removed", "is unavailable", "couldn't find this page",
        "can't find that page", "could not be found", "ya no está disponible", "n'est plus disponible",
        "nicht mehr verfügbar", "não está mais disponível", "non è più disponibile", "больше не доступен",
        "товар не найден", "страница не найдена", "artık mevcut değil", "niet meer beschikbaar",
        "nie jest już dostępny", "página no encontrada", "page introuvable", "seite nicht gefunden",
    };
    private static final String ERROR_BLOCKS = ".error-page, #error-page, .page-error, .not-found, .notfound,"
            + " [class*=\"not-found\"], [class*=\"notfound\"], [class*=\"NotFound\"], [class*=\"error-page\"],"
            + " [class*=\"errorPage\"], #g > a[href=\"/ref=cs_404_logo\"], img[alt*=\"Dogs of Amazon\"]";

    private final String url;
    private final WebUrl web;
    private final Shop shop;
    private final Page page;
    private final String local;

    // Structured data, read once.
    private Json.Obj ldProduct;
    private boolean ldListing;
    private String[] metaNames;
    private String[] metaValues;
    private boolean small;
    private boolean microdataChecked;
    private boolean microdata;

    private Recognizer(String url, Page page) {
        this.url = url;
        this.web = WebUrl.parse(url);
        this.shop = web == null ? null : ShopUrls.shopOf(url);
        this.page = page;
        this.local = localCurrency(web, shop, page);
    }

    /** What the page at {@code url} is. Never throws: a page that defeats every rule is {@code other}. */
    public static Recognition recognize(String url, Page page) {
        Shop shop = null;
        try {
            Recognizer r = new Recognizer(url, page);
            shop = r.shop;
            return r.run();
        } catch (RuntimeException e) {
            return Recognition.of(Recognition.OTHER, shop);
        }
    }

    private Recognition run() {
        String docTitle = clean(page.title());
        if (blockedUrl() || contains(lower(docTitle), BLOCKED_TITLES)) {
            return Recognition.of(Recognition.BLOCKED, shop);
        }
        small = page.elementCount() <= SMALL_PAGE;
        if (small && page.first(STRONG_CAPTCHA) != null) {
            return Recognition.of(Recognition.BLOCKED, shop);
        }
        readJsonLd();
        boolean hasProductData = ldProduct != null || meta("og:title") != null || meta("product:price:amount") != null;
        if (small && !hasProductData && page.first(WEAK_CAPTCHA) != null) {
            return Recognition.of(Recognition.BLOCKED, shop);
        }
        if (!hasOffers(ldProduct) && isErrorPage(docTitle, hasProductData)) {
            return Recognition.of(Recognition.ERROR, shop);
        }
        boolean listingUrl = ShopUrls.isListing(url);
        ProductRef ref = listingUrl ? null : productRef();
        if (ref != null) {
            String title = productTitle(docTitle);
            if (title == null) {
                return Recognition.of(Recognition.OTHER, shop);
            }
            Money price = price();
            return new Recognition(Recognition.PRODUCT, shop, ref.id(), title,
                    price == null ? Double.NaN : price.amount(), price == null ? null : price.currency(), image());
        }
        if (shop != null && (listingUrl || (ldListing && ldProduct == null))) {
            return new Recognition(Recognition.LISTING, shop, null, shopless(docTitle), Double.NaN, null, null);
        }
        return Recognition.of(Recognition.OTHER, shop);
    }

    // ---- kind of page

    private boolean blockedUrl() {
        if (web == null) {
            return false;
        }
        String path = lower(web.path());
        return contains(path, BLOCKED_PATHS) || web.query().contains("x5secdata=");
    }

    private boolean isErrorPage(String docTitle, boolean hasProductData) {
        String t = lower(docTitle);
        if (contains(t, ERROR_TITLES)) {
            return true;
        }
        if (t.length() <= 60 && (hasWord(t, "404") || hasWord(t, "error") || hasWord(t, "410") || t.equals("oops"))) {
            return true;
        }
        if (small && page.first(ERROR_BLOCKS) != null) {
            return ldProduct == null && meta("product:price:amount") == null;
        }
        if (!small && hasProductData) {
            return false; // a large page with product data: its headings are the product's, not an error's
        }
        // An error page says so in its main heading. A page with product data may say "no longer available" in a
        // lesser one (an ended eBay listing, a sold-out item) and still show the product: only its h1 counts.
        for (Page.Node heading : page.all(hasProductData ? "h1" : "h1, h2", 3)) {
            if (contains(lower(heading.text(MAX_TEXT)), ERROR_TEXTS)) {
                return true;
            }
        }
        return false;
    }

    // ---- product id

    private ProductRef productRef() {
        ProductRef ref = ShopUrls.product(url);
        if (ref != null || shop == null) {
            return ref;
        }
        // A product page under a URL we cannot read (a mobile or tracking form): its canonical URL tells.
        String[] declared = {attr("link[rel=\"canonical\"]", "href"), meta("og:url")};
        for (String d : declared) {
            ProductRef r = d == null ? null : ShopUrls.product(absolute(d));
            if (r != null && r.shop() == shop) {
                return r;
            }
        }
        if (shop == Shop.AMAZON) {
            String asin = attr("input#ASIN, input[name=\"ASIN\"]", "value");
            if (ShopUrls.isValidId(shop, asin)) {
                return new ProductRef(shop, asin);
            }
        }
        return null;
    }

    // ---- title

    private String productTitle(String docTitle) {
        String t = ldProduct == null ? null : clean(decodeEntities(ldProduct.text("name")));
        if (t == null) {
            t = shopless(clean(meta("og:title")));
        }
        if (t == null && hasMicrodata()) {
            t = text("[itemtype*=\"schema.org/Product\"] [itemprop=\"name\"]");
        }
        for (int i = 0; t == null && i < titleSelectors().length; i++) {
            t = text(titleSelectors()[i]);
        }
        if (t == null) {
            t = shopless(clean(meta("twitter:title")));
        }
        if (t == null) {
            t = shopless(docTitle);
        }
        if (t != null && isShopName(lower(t))) {
            return null; // "AliExpress", "Amazon.com": a page shell that names no product
        }
        if (shop == Shop.EBAY && t != null) {
            // Older eBay item pages start the heading with a hidden "Details about".
            String[] hidden = {"Details about ", "Details zu ", "Détails sur ", "Dettagli su ", "Detalles de "};
            for (String prefix : hidden) {
                if (t.startsWith(prefix) && t.length() > prefix.length()) {
                    t = t.substring(prefix.length());
                }
            }
        }
        return t;
    }

    private static boolean isShopName(String t) {
        String[] names = {"aliexpress", "amazon", "ebay", "temu", "shein", "alibaba"};
        for (String name : names) {
            if (t.equals(name) || (t.startsWith(name + ".") && t.indexOf(' ') < 0)) {
                return true;
            }
        }
        return false;
    }

    private String[] titleSelectors() {
        switch (shop) {
            case AMAZON:
                return new String[] {"#productTitle", "#title", "#ebooksProductTitle"};
            case EBAY:
                return new String[] {".x-item-title__mainTitle", "#itemTitle", "h1"};
            case ALIEXPRESS:
                return new String[] {"h1[data-pl=\"product-title\"]", ".product-title-text",
                    "[class*=\"title--wrap\"] h1", "h1"};
            case SHEIN:
                return new String[] {".product-intro__head-name", "h1"};
            case TEMU:
                return new String[] {"h1"};
            case ALIBABA:
                return new String[] {".product-title h1", ".module-pdp-title h1", "h1[title]", "h1"};
            default:
                return new String[] {"h1"};
        }
    }

    // ---- price

    private Money price() {
        Money m = ldPrice(ldProduct);
        if (m == null) {
            m = machinePrice(meta("product:price:amount"), meta("product:price:currency"));
        }
        if (m == null) {
            m = machinePrice(meta("og:price:amount"), meta("og:price:currency"));
        }
        if (m == null && hasMicrodata()) {
            Page.Node p = page.first("[itemtype*=\"schema.org/Offer\"] [itemprop=\"price\"],"
                    + " [itemtype*=\"schema.org/Product\"] [itemprop=\"price\"]");
            if (p != null) {
                String content = p.attr("content");
                String currency = attr("[itemprop=\"priceCurrency\"]", "content");
                m = content != null ? machinePrice(content, currency) : textPrice(p.text(MAX_TEXT), currency);
            }
        }
        // The price the page shows, then the shop's script state: on a live AliExpress page the first is the
        // price of the chosen variant, and finding it spares a search through megabytes of script.
        String[] selectors = priceSelectors();
        for (int i = 0; m == null && i < selectors.length; i++) {
            Page.Node n = page.first(selectors[i]);
            if (n != null) {
                m = textPrice(n.text(MAX_TEXT), null);
            }
        }
        if (m == null && shop == Shop.AMAZON) {
            // The buy box's hidden copy of the price ("27.98" and "$"), kept when the visible markup changes.
            String value = attr("#twister-plus-price-data-price", "value");
            String unit = attr("#twister-plus-price-data-price-unit", "value");
            m = value == null || unit == null ? null : textPrice(unit + value, null);
        }
        if (m == null) {
            m = embeddedPrice();
        }
        return m;
    }

    private String[] priceSelectors() {
        switch (shop) {
            case AMAZON:
                return new String[] {"#corePrice_feature_div .a-price .a-offscreen",
                    "#corePriceDisplay_desktop_feature_div .a-price .a-offscreen", "#corePrice_desktop .a-offscreen",
                    "#apex_desktop .a-price .a-offscreen", "#priceblock_dealprice", "#priceblock_ourprice",
                    "#price_inside_buybox", "#kindle-price", "#corePrice_mobile_feature_div .a-price .a-offscreen",
                    "#newBuyBoxPrice", "#corePrice_feature_div .a-price", "#tp_price_block_total_price_ww .a-offscreen",
                    // The price to pay as drawn (whole and fraction spans), where its screen-reader copy is left
                    // blank; then anywhere in the product's top section (#ppd), never in the carousels below it.
                    "#corePriceDisplay_desktop_feature_div .priceToPay", "#apex_desktop .priceToPay",
                    "#ppd .priceToPay .a-offscreen", "#ppd .priceToPay", "#price"};
            case EBAY:
                return new String[] {".x-price-primary", "#prcIsum", "#mm-saleDscPrc", ".x-bin-price__content"};
            case ALIEXPRESS:
                // One query for the hashed class names ("price--currentPriceText--V8_y_b5"): each substring
                // selector is a scan of the whole document.
                return new String[] {".product-price-current, .product-price-value, [class*=\"price--current\"],"
                    + " [class*=\"price-default--current\"], [class*=\"SnowPrice__main\"]",
                    ".uniform-banner-box-price"};
            case SHEIN:
                return new String[] {".product-intro__head-mainprice .original", ".product-intro__head-mainprice",
                    ".product-intro__head-price .from", ".product-intro__head-price"};
            case TEMU:
                return new String[] {"[data-type=\"price\"]", "#goods_price"};
            case ALIBABA:
                return new String[] {".product-price .price", ".price-item .price", ".promotion-price .price",
                    "[class*=\"price-range\"]", ".module_price .price", ".ma-ref-price"};
            default:
                return new String[0];
        }
    }

    /** Prices that shops keep in their page state, where the HTML shows none (AliExpress, Shein). */
    private Money embeddedPrice() {
        String[] keys;
        // Every key ends in one of these: one or two quick passes tell a script that holds none of them.
        String[] endings = {"Amount\":", "Price\":"};
        if (shop == Shop.ALIEXPRESS) {
            keys = new String[] {"\"skuActivityAmount\":", "\"minActivityAmount\":", "\"skuAmount\":",
                "\"minAmount\":", "\"formatedActivityPrice\":", "\"formatedPrice\":"};
        } else if (shop == Shop.SHEIN) {
            // Not Temu's state: its prices there are in cents, with no mark to tell.
            keys = new String[] {"\"salePrice\":", "\"retailPrice\":"};
        } else {
            return null;
        }
        for (Page.Node script : page.all("script:not([src])", MAX_SCRIPTS)) {
            // Searched where the text is (natively, in the browser): the script is not copied.
            if (script.textAfter(endings, 0) == null) {
                continue;
            }
            String after = script.textAfter(keys, 4000);
            Money m = after == null ? null : moneyValue(Json.parseAt(after, 0, 4000));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** {value|amount, currency} objects, or a printed price ("US $24.99", {formatedAmount|amountWithSymbol}). */
    private Money moneyValue(Object v) {
        if (v instanceof String) {
            return textPrice((String) v, null);
        }
        if (!(v instanceof Json.Obj)) {
            return null;
        }
        Json.Obj o = (Json.Obj) v;
        String currency = o.text("currency");
        if (currency == null) {
            currency = o.text("currencyCode");
        }
        Money m = machinePrice(o.text("value"), currency);
        if (m == null) {
            m = machinePrice(o.text("amount"), currency);
        }
        if (m != null && m.currency() != null) {
            return m;
        }
        String printed = o.text("formatedAmount");
        if (printed == null) {
            printed = o.text("amountWithSymbol");
        }
        Money fromText = printed == null ? null : textPrice(printed, currency);
        return fromText != null ? fromText : m;
    }

    private Money machinePrice(String amount, String currency) {
        if (amount == null) {
            return null;
        }
        double value = Prices.number(amount);
        String code = Prices.currencyCode(currency);
        if (Double.isNaN(value)) {
            return textPrice(amount, code);
        }
        // Nothing on these shops is free: a zero is a placeholder (an unavailable offer, a page not drawn yet).
        return value <= 0 || value > Prices.MAX_AMOUNT ? null : new Money(value, code);
    }

    private Money textPrice(String text, String currency) {
        Money m = Prices.parse(text, local);
        if (m != null && m.amount() <= 0) {
            return null;
        }
        if (m != null && m.currency() == null && Prices.currencyCode(currency) != null) {
            return m.withCurrency(Prices.currencyCode(currency));
        }
        return m;
    }

    // ---- image

    private String image() {
        String img = ldProduct == null ? null : absolute(imageOf(ldProduct.get("image"), 0));
        if (img == null) {
            img = absolute(meta("og:image"));
        }
        if (img == null) {
            img = absolute(meta("og:image:secure_url"));
        }
        if (img == null && hasMicrodata()) {
            Page.Node n = page.first("[itemtype*=\"schema.org/Product\"] [itemprop=\"image\"]");
            img = n == null ? null : absolute(first(n.attr("content"), n.attr("src"), n.attr("href")));
        }
        String[] selectors = imageSelectors();
        for (int i = 0; img == null && i < selectors.length; i++) {
            Page.Node n = page.first(selectors[i]);
            if (n != null) {
                img = absolute(first(n.attr("data-old-hires"), largestDynamicImage(n.attr("data-a-dynamic-image")),
                        n.attr("data-zoom-src"), n.attr("data-before-crop-src"), n.attr("data-src"), n.attr("src")));
            }
        }
        if (img == null) {
            img = absolute(meta("twitter:image"));
        }
        if (img == null) {
            img = absolute(attr("link[rel=\"image_src\"]", "href"));
        }
        return img;
    }

    private String[] imageSelectors() {
        switch (shop) {
            case AMAZON:
                return new String[] {"#landingImage", "#imgBlkFront", "#ebooksImgBlkFront", "#main-image"};
            case EBAY:
                return new String[] {".ux-image-carousel-item.active img", ".ux-image-carousel-item img", "#icImg"};
            case ALIEXPRESS:
                return new String[] {"[class*=\"magnifier--image\"]", ".magnifier-image",
                    "[class*=\"slider--img\"] img",
                    ".image-view-magnifier-wrap img"};
            case SHEIN:
                return new String[] {".product-intro__main-item img", ".crop-image-container img",
                    ".crop-image-container"};
            case TEMU:
                return new String[] {"[data-type=\"mainImage\"] img"};
            case ALIBABA:
                return new String[] {".main-image img", ".detail-main-img img", "[class*=\"main-image\"] img",
                    ".image-view img"};
            default:
                return new String[0];
        }
    }

    /** Amazon's {"url": [width, height], ...}: the largest picture. */
    private static String largestDynamicImage(String attr) {
        Object v = attr == null ? null : Json.parse(attr);
        if (!(v instanceof Json.Obj)) {
            return null;
        }
        Json.Obj o = (Json.Obj) v;
        String best = null;
        double bestArea = -1;
        for (int i = 0; i < o.keys.size(); i++) {
            double area = 0;
            Object size = o.values.get(i);
            if (size instanceof ArrayList && ((ArrayList<?>) size).size() == 2) {
                double w = Prices.number(Json.text(((ArrayList<?>) size).get(0)));
                double h = Prices.number(Json.text(((ArrayList<?>) size).get(1)));
                area = Double.isNaN(w * h) ? 0 : w * h;
            }
            if (area > bestArea) {
                bestArea = area;
                best = o.keys.get(i);
            }
        }
        return best;
    }

    /** The first URL of a JSON-LD image: a string, an ImageObject, or a list of either. */
    private static String imageOf(Object v, int depth) {
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Json.Obj) {
            Json.Obj o = (Json.Obj) v;
            return first(o.text("url"), o.text("contentUrl"), null, null, null, null);
        }
        if (v instanceof ArrayList && depth < 2) {
            for (Object item : (ArrayList<?>) v) {
                String s = imageOf(item, depth + 1);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** An absolute http(s) URL for a reference on this page, or {@code null} (data: URLs, garbage). */
    String absolute(String ref) {
        if (ref == null) {
            return null;
        }
        String r = ref.trim();
        if (r.isEmpty() || r.length() > MAX_URL || r.indexOf(' ') >= 0 || r.indexOf('<') >= 0 || r.indexOf('"') >= 0) {
            return null;
        }
        String abs;
        if (r.startsWith("//")) {
            abs = (web == null ? "https" : web.scheme()) + ":" + r;
        } else if (r.indexOf("://") > 0) {
            abs = r;
        } else if (web == null || r.indexOf(':') >= 0 && r.indexOf(':') < firstOf(r, '/', '?')) {
            return null; // data:, javascript:, blob: ...
        } else {
            String origin = web.scheme() + "://" + web.host() + (web.port() >= 0 ? ":" + web.port() : "");
            if (r.startsWith("/")) {
                abs = origin + r;
            } else {
                String path = web.path();
                abs = origin + path.substring(0, path.lastIndexOf('/') + 1) + r;
            }
        }
        return WebUrl.parse(abs) == null || abs.length() > MAX_URL ? null : abs;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    // ---- JSON-LD

    private void readJsonLd() {
        for (Page.Node script : page.all("script[type=\"application/ld+json\"]", MAX_LD_BLOCKS)) {
            Object v = Json.parse(script.text(MAX_LD_CHARS));
            visit(v, 0);
            if (ldProduct != null) {
                return;
            }
        }
    }

    // Finds the page's Product; listings (ItemList, SearchResultsPage) are noted but never searched for products,
    // since those products are the listing's items, not the page's.
    private void visit(Object v, int depth) {
        if (depth > 4 || ldProduct != null) {
            return;
        }
        if (v instanceof ArrayList) {
            for (Object item : (ArrayList<?>) v) {
                visit(item, depth + 1);
            }
            return;
        }
        if (!(v instanceof Json.Obj)) {
            return;
        }
        Json.Obj o = (Json.Obj) v;
        Object type = o.get("@type");
        if (isType(type, "Product") || isType(type, "ProductGroup") || isType(type, "IndividualProduct")
                || isType(type, "ProductModel")) {
            ldProduct = o;
            return;
        }
        if (isType(type, "ItemList") || isType(type, "SearchResultsPage") || isType(type, "CollectionPage")
                || isType(type, "OfferCatalog")) {
            ldListing = true;
            return;
        }
        visit(o.get("@graph"), depth + 1);
        visit(o.get("mainEntity"), depth + 1);
    }

    private static boolean isType(Object type, String name) {
        if (type instanceof String) {
            String t = (String) type;
            return t.equals(name) || t.endsWith("/" + name) || t.endsWith(":" + name);
        }
        if (type instanceof ArrayList) {
            for (Object item : (ArrayList<?>) type) {
                if (isType(item, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasOffers(Json.Obj product) {
        return product != null && (product.get("offers") != null || product.get("hasVariant") != null);
    }

    private Money ldPrice(Json.Obj product) {
        if (product == null) {
            return null;
        }
        Money m = offerPrice(product.get("offers"), 0);
        if (m == null && product.get("hasVariant") instanceof ArrayList) {
            // A ProductGroup's price is its cheapest variant's.
            for (Object variant : (ArrayList<?>) product.get("hasVariant")) {
                if (variant instanceof Json.Obj) {
                    Money v = offerPrice(((Json.Obj) variant).get("offers"), 0);
                    if (v != null && (m == null || v.amount() < m.amount())) {
                        m = v;
                    }
                }
            }
        }
        return m;
    }

    private Money offerPrice(Object offers, int depth) {
        if (offers instanceof ArrayList && depth < 3) {
            Money low = null;
            for (Object offer : (ArrayList<?>) offers) {
                Money m = offerPrice(offer, depth + 1);
                if (m != null && (low == null || m.amount() < low.amount())) {
                    low = m;
                }
            }
            return low;
        }
        if (!(offers instanceof Json.Obj)) {
            return null;
        }
        Json.Obj offer = (Json.Obj) offers;
        String currency = offer.text("priceCurrency");
        Money m = machinePrice(offer.text("lowPrice"), currency);
        if (m == null) {
            m = machinePrice(offer.text("price"), currency);
        }
        if (m == null && depth < 3) {
            Object spec = offer.get("priceSpecification");
            m = spec == null ? null : offerPrice(spec, depth + 1);
            if (m != null && m.currency() == null && Prices.currencyCode(currency) != null) {
                m = m.withCurrency(Prices.currencyCode(currency));
            }
        }
        if (m == null && depth < 3 && offer.get("offers") != null) {
            m = offerPrice(offer.get("offers"), depth + 1); // AggregateOffer with its offers listed
        }
        return m;
    }

    // ---- page access helpers

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or {@code null}. */
    private String meta(String name) {
        if (metaNames == null) {
            // One pass over the page's meta elements instead of a document scan for each name asked.
            List<Page.Node> metas = page.all("meta[content]", MAX_METAS);
            metaNames = new String[metas.size() * 2];
            metaValues = new String[metas.size()];
            for (int i = 0; i < metas.size(); i++) {
                metaNames[2 * i] = metas.get(i).attr("property");
                metaNames[2 * i + 1] = metas.get(i).attr("name");
                metaValues[i] = metas.get(i).attr("content");
            }
        }
        for (int i = 0; i < metaNames.length; i++) {
            if (name.equals(metaNames[i])) {
                String v = metaValues[i / 2];
                if (v != null && !v.trim().isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private boolean hasMicrodata() {
        if (!microdataChecked) {
            microdataChecked = true;
            microdata = page.first("[itemscope]") != null;
        }
        return microdata;
    }

    private String attr(String selector, String name) {
        Page.Node n = page.first(selector);
        return n == null ? null : n.attr(name);
    }

    private String text(String selector) {
        Page.Node n = page.first(selector);
        return n == null ? null : clean(n.text(MAX_TEXT * 2));
    }

    /** The currency of the country the page's URL is for: amazon.ca, ebay.com.au, temu.com/mx/, mx.shein.com. */
    static String localCurrency(WebUrl web, Shop shop, Page page) {
        if (web == null) {
            return null;
        }
        String host = web.host();
        String region = null;
        int dot = host.lastIndexOf('.');
        String tld = dot >= 0 ? host.substring(dot + 1) : host;
        if (tld.length() == 2) {
            region = tld;
        } else if (shop == Shop.SHEIN || shop == Shop.TEMU) {
            String sub = host.substring(0, Math.max(0, host.indexOf('.')));
            String path = web.path();
            if (sub.length() == 2 && !sub.equals("ar")) {
                region = sub;
            } else if (path.length() >= 4 && path.charAt(3) == '/') {
                region = path.substring(1, 3);
            }
        }
        if (region == null) {
            Page.Node html = page.first("html");
            String lang = html == null ? null : html.attr("lang");
            if (lang != null && lang.length() >= 5 && (lang.charAt(2) == '-' || lang.charAt(2) == '_')) {
                region = lang.substring(3, 5);
            } else if (lang != null && lang.length() >= 2) {
                String l = lower(lang.substring(0, 2));
                region = l.equals("ja") ? "jp" : l.equals("zh") ? "cn" : l.equals("da") ? "dk"
                        : l.equals("sv") ? "se" : l.equals("nb") || l.equals("nn") || l.equals("no") ? "no" : null;
            }
        }
        if (region == null) {
            return null;
        }
        region = lower(region);
        if (region.equals("uk")) {
            region = "gb";
        }
        return region.equals("cn") ? "CNY" : Currencies.forLocale("xx-" + region);
    }

    // ---- text helpers

    /** Collapses whitespace and trims; {@code null} for blank; cut to {@link #MAX_TITLE}. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        int n = Math.min(s.length(), MAX_TITLE * 4);
        for (int i = 0; i < n && sb.length() < MAX_TITLE; i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u200b'
                    || c == '\u202f' || c == '\u3000' || c == '\f';
            if (ws || c < ' ') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A title without the shop's name around it: "Amazon.com: X : Shoes", "X - AliExpress 322", "X | eBay". */
    static String shopless(String title) {
        if (title == null) {
            return null;
        }
        String t = title;
        String l = lower(t);
        if (l.startsWith("amazon.")) {
            int colon = t.indexOf(": ");
            if (colon > 0 && colon < 16) {
                t = t.substring(colon + 2);
                l = lower(t);
            }
        }
        String[] marks = {" - aliexpress", " | aliexpress", " : amazon.", " | ebay", " - temu", " | temu",
            " | shein", " - shein", " - alibaba.com", " | alibaba.com", " on alibaba.com"};
        for (String mark : marks) {
            int at = l.indexOf(mark);
            if (at > 0) {
                t = t.substring(0, at);
                l = l.substring(0, at);
            }
        }
        int buy = l.lastIndexOf(" - buy ");
        if (buy > 0 && lower(title).contains("alibaba.com")) {
            t = t.substring(0, buy);
        }
        return clean(t);
    }

    private static String decodeEntities(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        String[] entities = {"&amp;", "&", "&quot;", "\"", "&#39;", "'", "&#039;", "'", "&apos;", "'", "&lt;", "<",
            "&gt;", ">", "&#x27;", "'", "&nbsp;", " "};
        String out = s;
        for (int i = 0; i < entities.length; i += 2) {
            out = replaceAll(out, entities[i], entities[i + 1]);
        }
        return out;
    }

    private static String replaceAll(String s, String from, String to) {
        int at = s.indexOf(from);
        if (at < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        while (at >= 0) {
            sb.append(s, start, at).append(to);
            start = at + from.length();
            at = s.indexOf(from, start);
        }
        return sb.append(s, start, s.length()).toString();
    }

    private static String first(String a, String b, String c, String d, String e, String f) {
        String[] all = {a, b, c, d, e, f};
        for (String s : all) {
            if (s != null && !s.trim().isEmpty() && !s.startsWith("data:")) {
                return s;
            }
        }
        return null;
    }

    private static String first(String a, String b, String c) {
        return first(a, b, c, null, null, null);
    }

    private static boolean contains(String haystack, String[] needles) {
        if (haystack == null) {
            return false;
        }
        for (String needle : needles) {
            if (haystack.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String s, String word) {
        int at = s.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Prices.isLetter(s.charAt(at - 1)) && !isDigit(s.charAt(at - 1));
            boolean endOk = end == s.length() || !Prices.isLetter(s.charAt(end)) && !isDigit(s.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = s.indexOf(word, at + 1);
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Lower case for ASCII and the Latin-1, Cyrillic and Greek letters that titles use; by hand (no tables). */
    static String lower(String s) {
        if (s == null) {
            return "";
        }
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u00de' && c != '\u00d7')) {
                c = (char) (c + 32);
            } else if (c >= '\u0410' && c <= '\u042f') {
                c = (char) (c + 32);
            } else if (c >= '\u0400' && c <= '\u040f') {
                c = (char) (c + 80);
            } else if (c == '\u0130') {
                c = 'i';
            }
            out[i] = c;
        }
        return new String(out);
    }
}
