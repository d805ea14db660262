package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Observation;
import com.alismart.ext.core.Observations;
import com.alismart.ext.core.StorageKeys;
import com.alismart.ext.web.Js;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * A content script reports a product page. When the user watches that product, the price the page shows is added
 * to its history; nothing is stored for products the user does not watch (no browsing history).
 */
final class ProductPages {
    /** Serialises read-modify-write of the watch list between concurrent messages. */
    private static final Object WATCHLIST_LOCK = new Object();

    private ProductPages() {
    }

    static JSObject seen(Messages.ProductSeen seen) {
        JSObject answer = Dispatcher.ok();
        synchronized (WATCHLIST_LOCK) {
            JSObject watchlist = Js.object(Ext.localRead(StorageKeys.WATCHLIST), StorageKeys.WATCHLIST);
            JSObject item = watchlist == null ? null : Js.object(watchlist, seen.product().key());
            Js.put(answer, "watched", item != null);
            if (item == null) {
                return answer;
            }
            List<Observation> history = read(Js.object(item, "observations"));
            String currency = Js.string(item, "currency");
            boolean comparable = currency == null || currency.equals(seen.currency());
            if (!Double.isNaN(seen.price()) && comparable) {
                history = Observations.record(history, Js.now(), seen.price());
                Js.put(item, "observations", write(history));
                if (currency == null && seen.currency() != null) {
                    Js.put(item, "currency", seen.currency());
                }
                JSObject update = Js.object();
                Js.put(update, StorageKeys.WATCHLIST, watchlist);
                Ext.localWrite(update);
            }
            Js.put(answer, "observations", history.size());
            double target = Js.number(item, "targetPrice");
            if (!Double.isNaN(target)) {
                Js.put(answer, "targetPrice", target);
            }
            return answer;
        }
    }

    private static List<Observation> read(JSObject array) {
        List<Observation> out = new ArrayList<>();
        int n = Js.length(array);
        for (int i = 0; i < n; i++) {
            JSObject o = Js.at(array, i);
            double t = Js.number(o, "t");
            double p = Js.number(o, "p");
            if (!Double.isNaN(t) && !Double.isNaN(p)) {
                out.add(new Observation(t, p));
            }
        }
        return out;
    }

    private static JSObject write(List<Observation> history) {
        JSObject array = Js.array();
        for (Observation o : history) {
            JSObject entry = Js.object();
            Js.put(entry, "t", o.time());
            Js.put(entry, "p", o.price());
            Js.push(array, entry);
        }
        return array;
    }
}
