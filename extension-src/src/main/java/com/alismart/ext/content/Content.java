package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import com.alismart.ext.core.Messages;
import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.recognize.Recognizer;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The content script, on the six shops' pages. It shows the "Find similar" button over product photos, tells the
 * worker where a right-clicked image is, and on a product page tells the worker and shows the AliSmart panel. It
 * must never break the page: nothing it does may throw into the page, and until the pointer rests on a photo it
 * adds nothing to a page that is not a product page.
 */
public final class Content {
    private Content() {
    }

    public static void main(String[] args) {
        try {
            Ext.chrome().getRuntime().getOnMessage().addListener(Content::onMessage);
            HoverButton.install();
        } catch (Throwable e) {
            // Swallowed on purpose: an error of ours must never reach the shop's page.
        }
        try {
            start();
        } catch (Throwable e) {
            // see above
        }
        try {
            Navigation.follow(Content::urlMayHaveChanged);
        } catch (Throwable e) {
            // see above
        }
    }

    /** The worker asks where a right-clicked image is, to crop a screenshot when the site refuses the image. */
    private static boolean onMessage(JSObject message, Runtime.MessageSender sender, Runtime.SendResponse respond) {
        try {
            if (!Js.isMissing(sender) && Ext.id().equals(Js.string(sender, "id")) && Js.isMissing(sender.getTab())
                    && Messages.IMAGE_RECT.equals(Js.string(message, "type"))) {
                respond.send(HoverButton.rectOf(Messages.imageSource(new JsFields(message))));
            }
        } catch (Throwable e) {
            // A malformed question gets no answer; the worker then does without the screen.
        }
        return false;
    }

    /** The page URL the panel was last drawn (or found no product) for. */
    private static String shownFor;
    /** Bumped on each URL change, so a late answer for an earlier page draws nothing. */
    private static int generation;

    /**
     * Recognises the page and, on a product page, tells the worker and shows the panel when it answers. The
     * synchronous part is what a page pays at load: it is timed, and the time is on the panel's host element.
     */
    static void start() {
        double began = Ui.now();
        String url = Window.current().getLocation().getFullURL();
        shownFor = url;
        int current = ++generation;
        HTMLDocument document = Window.current().getDocument();
        ProductRef product = ShopUrls.product(url);
        if (product == null) {
            Panel.remove(document);
            return;
        }
        Recognition page = Recognizer.recognize(url, new DomPage(document));
        if (!page.isProduct() || !product.id().equals(page.id())) {
            // A captcha, error or "no longer available" page under a product URL is no product; after an SPA
            // navigation it may also be the old product's page, not yet redrawn: look again shortly.
            Panel.remove(document);
            if (current > 1) {
                Window.setTimeout(() -> retry(url, current, 0), RECHECK_MILLIS[0]);
            }
            return;
        }
        Panel.Product shown = new Panel.Product(url, product, page);
        send(document, shown, shown.fields(Messages.PAGE_PRODUCT), current, 0);
        shown.loadMillis = Ui.now() - began;
    }

    private static final int[] RECHECK_MILLIS = {300, 1000, 2500};

    private static void retry(String url, int expected, int attempt) {
        try {
            if (expected != generation || !url.equals(Window.current().getLocation().getFullURL())) {
                return;
            }
            HTMLDocument document = Window.current().getDocument();
            ProductRef product = ShopUrls.product(url);
            Recognition page = Recognizer.recognize(url, new DomPage(document));
            if (page.isProduct() && product.id().equals(page.id())) {
                Panel.Product shown = new Panel.Product(url, product, page);
                send(document, shown, shown.fields(Messages.PAGE_PRODUCT), expected, 0);
            } else if (attempt + 1 < RECHECK_MILLIS.length) {
                Window.setTimeout(() -> retry(url, expected, attempt + 1), RECHECK_MILLIS[attempt + 1]);
            }
        } catch (Throwable e) {
            // see main
        }
    }

    /** Called by {@link Navigation} when the page's URL may have changed (an SPA navigation). */
    static void urlMayHaveChanged() {
        try {
            // A change of the fragment alone (a gallery's "#image-3") is the same page.
            if (!withoutFragment(Window.current().getLocation().getFullURL()).equals(withoutFragment(shownFor))) {
                start();
            }
        } catch (Throwable e) {
            // see main
        }
    }

    /** The drawing times of this page, in the content script's own world only, for the browser test's median. */
    @org.teavm.jso.JSBody(params = "millis", script = "(self.alismartDrawMillis = self.alismartDrawMillis || [])"
            + ".push(millis); if (self.alismartDrawMillis.length > 64) { self.alismartDrawMillis.shift(); }")
    private static native void keepDrawTime(double millis);

    private static String withoutFragment(String url) {
        if (url == null) {
            return "";
        }
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

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
                    host.setAttribute("data-alismart-load-ms", Js.numberString(product.loadMillis));
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
