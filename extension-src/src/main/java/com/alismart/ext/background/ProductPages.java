package com.alismart.ext.background;

import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Observation;
import com.alismart.ext.core.Observations;
import com.alismart.ext.web.Js;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * A content script reports a product page. When the user watches that product, the price the page shows is added
 * to its history; nothing is stored for products the user does not watch (no browsing history).
 */
final class ProductPages {
    private ProductPages() {
    }

    static JSObject seen(Messages.ProductSeen seen) {
        JSObject answer = Dispatcher.ok();
        // The panel's state rides along, so the content script need not read storage before it draws.
        Js.put(answer, "panelCollapsed", Setup.settings().panelCollapsed());
        synchronized (Watchlist.LOCK) {
            JSObject watchlist = Watchlist.read();
            JSObject item = Js.object(watchlist, seen.product().key());
            Js.put(answer, "watched", item != null);
            if (item == null) {
                return answer;
            }
            List<Observation> history = Watchlist.readHistory(Js.object(item, "observations"));
            String currency = Js.string(item, "currency");
            boolean comparable = currency == null || currency.equals(seen.currency());
            if (!Double.isNaN(seen.price()) && comparable) {
                history = Observations.record(history, Js.now(), seen.price());
                Js.put(item, "observations", Watchlist.writeHistory(history));
                if (currency == null && seen.currency() != null) {
                    Js.put(item, "currency", seen.currency());
                }
                Watchlist.write(watchlist);
            }
            Js.put(answer, "observations", history.size());
            // The shopper's own prices, for the panel's chart; they never leave the browser.
            Js.put(answer, "seen", Watchlist.writeHistory(history));
            double target = Js.number(item, "targetPrice");
            if (!Double.isNaN(target)) {
                Js.put(answer, "targetPrice", target);
            }
            return answer;
        }
    }

    /**
     * Injects the page script (recognition and the panel) into the frame that asked: only product and cart pages
     * of the six shops get it, so the rest of the shops' pages never pay for it.
     */
    static JSObject inject(int tabId, int frameId) {
        JSObject result = injectPageScript(tabId, frameId).await();
        return Js.isTrue(result, "ok") ? Dispatcher.ok() : Dispatcher.error("not_injected",
                "the page script could not be injected into this page");
    }

    /**
     * Resolves to {ok}: Chrome refuses, for one, a frame that navigated away meanwhile. A frame that has page.js
     * already (the content script asked again, our first answer lost while Chrome restarted the worker) is left as
     * it is: a second copy would draw a second panel.
     */
    @org.teavm.jso.JSBody(params = {"tabId", "frameId"}, script = "var target = {tabId: tabId, frameIds: [frameId]};"
            + " return chrome.scripting.executeScript({target: target,"
            + " func: function () { return typeof alismartPage === 'function'; }})"
            + ".then(function (results) {"
            + "  if (results && results[0] && results[0].result === true) { return {ok: true}; }"
            + "  return chrome.scripting.executeScript({target: target,"
            + "   files: ['page-begin.js', 'page.js', 'page-start.js']}).then(function () { return {ok: true}; });"
            + " }).then(function (answer) { return answer; }, function () { return {ok: false}; });")
    private static native org.teavm.jso.core.JSPromise<JSObject> injectPageScript(int tabId, int frameId);
}
