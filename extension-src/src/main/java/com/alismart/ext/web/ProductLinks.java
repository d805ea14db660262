package com.alismart.ext.web;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Product links on our own pages (search results, image search results, the watch list): a plain click asks the
 * worker to open the product, which applies our affiliate link only where the rules allow. A click with a modifier
 * key, a middle click or "open in new tab" follows the plain link, untouched.
 */
public final class ProductLinks {
    private ProductLinks() {
    }

    /** Routes plain clicks on {@code link} (an AliExpress product link) through the worker. */
    public static void route(HTMLElement link, String url) {
        link.addEventListener("click", event -> {
            if (!isPlainClick(event)) {
                return;
            }
            event.preventDefault();
            JSObject message = Js.object();
            Js.put(message, "type", Messages.PRODUCT_OPEN);
            Js.put(message, "url", url);
            Ext.sendMessage(message).then(answer -> {
                if (!Js.isTrue(answer, "ok")) {
                    openPlain(url);
                }
                return null;
            }, failure -> {
                openPlain(url);
                return null;
            });
        });
    }

    @JSBody(params = "e", script = "return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;")
    private static native boolean isPlainClick(Event e);

    @JSBody(params = "url", script = "window.open(url, '_blank', 'noopener');")
    private static native void openPlain(String url);
}
