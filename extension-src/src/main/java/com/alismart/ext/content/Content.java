package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import com.alismart.ext.core.Messages;
import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.recognize.Recognizer;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

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

    private static void start() {
        String url = Window.current().getLocation().getFullURL();
        ProductRef product = ShopUrls.product(url);
        if (product == null) {
            return;
        }
        HTMLDocument document = Window.current().getDocument();
        Recognition page = Recognizer.recognize(url, new DomPage(document));
        if (!page.isProduct() || !product.id().equals(page.id())) {
            return; // a captcha, error or "no longer available" page under a product URL is no product
        }
        JSObject message = Js.object();
        Js.put(message, "type", Messages.PAGE_PRODUCT);
        Js.put(message, "shop", product.shop().key());
        Js.put(message, "id", product.id());
        Js.put(message, "url", url);
        if (page.title() != null) {
            Js.put(message, "title", page.title());
        }
        if (!Double.isNaN(page.price()) && page.price() <= 10_000_000) { // the worker refuses larger prices
            Js.put(message, "price", page.price());
            if (page.currency() != null) {
                Js.put(message, "currency", page.currency());
            }
        }
        if (page.imageUrl() != null) {
            Js.put(message, "imageUrl", page.imageUrl());
        }
        send(document, message, 0);
    }

    /** Retries: a message can fail while Chrome is restarting a stopped worker. */
    private static final int[] RETRY_MILLIS = {250, 1000, 3000};

    private static void send(HTMLDocument document, JSObject message, int attempt) {
        Ext.sendMessage(message).then(answer -> {
            try {
                Panel.show(document, answer);
            } catch (Throwable e) {
                // see main
            }
            return null;
        }, error -> {
            if (attempt < RETRY_MILLIS.length) {
                Window.setTimeout(() -> send(document, message, attempt + 1), RETRY_MILLIS[attempt]);
            }
            return null;
        });
    }

    /** The content of {@code <meta property=name>} (or {@code name=name}), or {@code null}. */
    private static String meta(HTMLDocument document, String name) {
        Element element = document.querySelector("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
        if (element == null) {
            return null;
        }
        String content = element.getAttribute("content");
        return content == null || content.trim().isEmpty() ? null : content;
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
