package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.recognize.Recognizer;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page script (page.js): recognition and the AliSmart panel. The worker injects it into a tab's page, in the
 * content script's world, only when {@link Content} finds a product or cart URL there, once the page is idle: most
 * pages of the six shops are no product pages, and they never pay for this script. From then on it follows the
 * page itself (SPA navigations, and pages drawn after load) and must never break it: nothing it does may throw
 * into the page.
 */
public final class PageMain {
    private PageMain() {
    }

    /** Whether main has run: called again (as the browser tests do), it looks at the page again, at once. */
    private static boolean started;
    /** The first look's time (listening, recognition, asking the worker), in milliseconds. */
    private static double firstLookMillis = Double.NaN;

    public static void main(String[] args) {
        if (started) {
            try {
                start();
            } catch (Throwable e) {
                // see below
            }
            return;
        }
        started = true;
        double began = Ui.now();
        try {
            Navigation.follow(PageMain::pageMayHaveChanged);
        } catch (Throwable e) {
            // Swallowed on purpose: an error of ours must never reach the shop's page.
        }
        try {
            start();
        } catch (Throwable e) {
            // see above
        }
        firstLookMillis = Ui.now() - began;
    }

    /** The page URL the panel was last drawn (or found no product) for. */
    private static String shownFor;
    /** Bumped on each URL change, so a late answer for an earlier page draws nothing. */
    private static int generation;
    /**
     * Until when (performance.now) a product URL whose page shows no product yet is looked at again as the page
     * changes: shops draw pages in the browser, and after an SPA navigation the old product may still be shown.
     */
    private static double lookUntil;
    /** How long a product URL is waited for: a page that shows no product by then is not one. */
    static final double LOOK_MILLIS = 15_000;
    /** The product the panel was last drawn for, to tell a page not redrawn yet after an SPA step from the next. */
    private static Recognition lastShown;
    /** When (performance.now) the URL last changed within this document, or 0. */
    private static double navigatedAt;
    /**
     * How long after an SPA step a page that still shows the previous product (its title and photo) is taken for
     * one not redrawn yet: single-page shops may change the URL before they draw the new product. After that the
     * page is taken as it is (two variants may share a title and a photo).
     */
    static final double REDRAW_MILLIS = 2000;
    private static final int[] REDRAW_CHECKS = {700, 2100};

    /**
     * Recognises the page and, on a product page, tells the worker and shows the panel when it answers; on an
     * AliExpress cart, shows the coupons for its amount.
     */
    static void start() {
        start(false);
    }

    /** {@code navigated}: the URL changed within this document (an SPA step), not a first look. */
    private static void start(boolean navigated) {
        String url = Window.current().getLocation().getFullURL();
        shownFor = url;
        ++generation;
        lookUntil = 0;
        HTMLDocument document = Window.current().getDocument();
        ProductRef product = ShopUrls.product(url);
        PageLinks.reset(product == null ? null : product.id());
        CartPart.leave();
        Panel.remove(document);
        if (product == null) {
            if (ShopUrls.isAliExpressCart(url)) {
                CartPart.look(document, url, generation);
            }
            return;
        }
        navigatedAt = navigated ? Ui.now() : 0;
        String kind = look(document, url, product);
        if (kind != null && !Recognition.BLOCKED.equals(kind) && !Recognition.ERROR.equals(kind)) {
            lookUntil = Ui.now() + LOOK_MILLIS;
            if (navigated) {
                // A page that does not change further gets looked at again all the same.
                int expected = generation;
                for (int millis : REDRAW_CHECKS) {
                    Window.setTimeout(() -> {
                        if (expected == generation) {
                            pageMayHaveChanged();
                        }
                    }, millis);
                }
            }
        }
    }

    /**
     * Recognises the product page at {@code url} and, when it shows {@code product}, sends page.product; returns
     * null then, else the kind the page is (a captcha, an error, not drawn yet, or still the previous product).
     */
    private static String look(HTMLDocument document, String url, ProductRef product) {
        double began = Ui.now();
        Recognition page = Recognizer.recognize(url, new DomPage(document));
        if (!page.isProduct() || !product.id().equals(page.id())) {
            return page.isProduct() ? Recognition.OTHER : page.kind();
        }
        if (stillThePrevious(page)) {
            return Recognition.OTHER;
        }
        lastShown = page;
        Panel.Product shown = new Panel.Product(url, product, page);
        shown.recognizeMillis = Ui.now() - began;
        send(document, shown, shown.fields(Messages.PAGE_PRODUCT), generation, 0);
        return null;
    }

    /**
     * Whether {@code page}, shortly after an SPA step to another product, still shows the previous one: its id comes
     * from the new URL, but its title and photo are those of the product the panel was drawn for.
     */
    private static boolean stillThePrevious(Recognition page) {
        return navigatedAt > 0 && Ui.now() - navigatedAt < REDRAW_MILLIS && lastShown != null
                && !page.id().equals(lastShown.id()) && same(page.title(), lastShown.title())
                && same(page.imageUrl(), lastShown.imageUrl());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Called by {@link Navigation} when the page's URL may have changed (an SPA navigation) or the page changed:
     * a new URL is looked at anew; a product URL not drawn yet, or a cart, is looked at again.
     */
    static void pageMayHaveChanged() {
        try {
            String url = Window.current().getLocation().getFullURL();
            // A change of the fragment alone (a gallery's "#image-3") is the same page.
            if (shownFor == null) {
                return; // not looked at yet: the idle start will
            }
            if (!WebUrl.withoutFragment(url).equals(WebUrl.withoutFragment(shownFor))) {
                start(true);
            } else if (CartPart.isShown()) {
                CartPart.update(Window.current().getDocument(), url);
            } else if (lookUntil > 0) {
                if (Ui.now() > lookUntil) {
                    lookUntil = 0;
                    return;
                }
                ProductRef product = ShopUrls.product(url);
                String kind = product == null ? null : look(Window.current().getDocument(), url, product);
                if (kind == null || Recognition.BLOCKED.equals(kind) || Recognition.ERROR.equals(kind)) {
                    lookUntil = 0;
                }
            }
        } catch (Throwable e) {
            // see main
        }
    }

    /** The generation of the page now: a later answer for another is dropped. */
    static int generation() {
        return generation;
    }

    /** What the page paid at load for content.js (content-start.js measures it), in milliseconds. */
    @org.teavm.jso.JSBody(script = "return typeof self.alismartLoadMillis === 'number' ? self.alismartLoadMillis"
            + " : NaN;")
    private static native double loadMillis();

    /** The evaluation of page.js, in idle time (page-start.js measures it), in milliseconds. */
    @org.teavm.jso.JSBody(script = "return typeof self.alismartPageMillis === 'number' ? self.alismartPageMillis"
            + " : NaN;")
    private static native double pageMillis();

    /** The drawing times of this page, in the content script's own world only, for the browser test's median. */
    @org.teavm.jso.JSBody(params = "millis", script = "(self.alismartDrawMillis = self.alismartDrawMillis || [])"
            + ".push(millis); if (self.alismartDrawMillis.length > 64) { self.alismartDrawMillis.shift(); }")
    private static native void keepDrawTime(double millis);

    /** Retries: a message can fail while Chrome is restarting a stopped worker. */
    private static final int[] RETRY_MILLIS = {250, 1000, 3000};

    private static void send(HTMLDocument document, Panel.Product product, JSObject message, int expected,
            int attempt) {
        JSPromise<JSObject> answered = Ext.sendMessage(message);
        if (product.asked == null && product.ref.shop() == Shop.ALIEXPRESS) {
            // Asked at once, after page.product and before its answer: the panel fills in sooner, and a page left
            // quickly sends nothing more once it is gone.
            product.asked = AliExpressPart.ask(product);
        }
        answered.then(answer -> {
            try {
                if (expected == generation) {
                    double began = Ui.now();
                    HTMLElement host = Panel.show(document, product, answer);
                    host.setAttribute("data-alismart-load-ms", Js.numberString(loadMillis()));
                    host.setAttribute("data-alismart-recognize-ms", Js.numberString(product.recognizeMillis));
                    host.setAttribute("data-alismart-page-ms", Js.numberString(pageMillis()));
                    host.setAttribute("data-alismart-look-ms", Js.numberString(firstLookMillis));
                    double drawn = Ui.now() - began;
                    host.setAttribute("data-alismart-render-ms", Js.numberString(drawn));
                    keepDrawTime(drawn);
                }
            } catch (Throwable e) {
                // see main
            }
            return null;
        }, error -> {
            if (attempt < RETRY_MILLIS.length && expected == generation) {
                Window.setTimeout(() -> send(document, product, message, expected, attempt + 1),
                        RETRY_MILLIS[attempt]);
            }
            return null;
        });
    }

    /** A machine-format price ("12.34", as structured data gives it), or {@code NaN}. */
    static double parsePrice(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 16) {
            return Double.NaN;
        }
        int dots = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        // The browser's Number(), not Double.parseDouble, which brings Unicode tables into the script.
        return dots > 1 || t.equals(".") ? Double.NaN : Js.toNumber(t);
    }
}
