package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Observation;
import com.alismart.ext.core.Observations;
import com.alismart.ext.core.PriceAlerts;
import com.alismart.ext.core.Settings;
import com.alismart.ext.core.StorageKeys;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.ObservationsJs;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The shopper's watch list, in {@code chrome.storage.local} under {@code watchlist}: per product (keyed "shop:id")
 * its title, picture, URL, currency, target and a capped list of observed prices. Prices are recorded when the
 * shopper visits a watched product and by the daily check; nothing is kept of products they do not watch.
 */
final class Watchlist {
    /** At most this many products: far more than anyone watches, and a bound on storage and on the daily check. */
    static final int MAX_ITEMS = 200;
    static final String ALARM = "alismart-price-check";
    private static final int CHECK_TIMEOUT_MILLIS = 8000;
    /** Serialises read-modify-write of the watch list between concurrent messages and the daily check. */
    static final Object LOCK = new Object();

    private Watchlist() {
    }

    /** The stored watch list (an empty object when there is none). */
    static JSObject read() {
        JSObject list = Js.object(Ext.localRead(StorageKeys.WATCHLIST), StorageKeys.WATCHLIST);
        return list == null ? Js.object() : list;
    }

    static void write(JSObject list) {
        JSObject update = Js.object();
        Js.put(update, StorageKeys.WATCHLIST, list);
        Ext.localWrite(update);
    }

    static JSObject add(Messages.WatchRequest request) {
        Messages.ProductSeen seen = request.product();
        synchronized (LOCK) {
            JSObject list = read();
            String key = seen.product().key();
            JSObject item = Js.object(list, key);
            if (item == null) {
                if (Js.keys(list).length >= MAX_ITEMS) {
                    return Dispatcher.error("watchlist_full", "the watch list holds at most " + MAX_ITEMS
                            + " products: remove one first");
                }
                item = Js.object();
                Js.put(item, "observations", Js.array());
                Js.put(list, key, item);
            }
            Js.put(item, "shop", seen.product().shop().key());
            Js.put(item, "id", seen.product().id());
            Js.put(item, "url", seen.url());
            if (seen.title() != null) {
                Js.put(item, "title", seen.title());
            }
            if (request.imageUrl() != null) {
                Js.put(item, "imageUrl", request.imageUrl());
            }
            if (Double.isNaN(request.targetPrice())) {
                Js.delete(item, "targetPrice");
            } else {
                Js.put(item, "targetPrice", request.targetPrice());
            }
            String currency = Js.string(item, "currency");
            if (!Double.isNaN(seen.price()) && (currency == null || currency.equals(seen.currency()))) {
                Js.put(item, "observations", writeHistory(Observations.record(
                        readHistory(Js.object(item, "observations")), Js.now(), seen.price())));
                if (seen.currency() != null) {
                    Js.put(item, "currency", seen.currency());
                }
            }
            write(list);
            JSObject answer = Dispatcher.ok();
            Js.put(answer, "key", key);
            Js.put(answer, "item", item);
            return answer;
        }
    }

    static JSObject remove(ProductRef product) {
        synchronized (LOCK) {
            JSObject list = read();
            boolean had = Js.object(list, product.key()) != null;
            if (had) {
                Js.delete(list, product.key());
                write(list);
            }
            JSObject answer = Dispatcher.ok();
            Js.put(answer, "removed", had);
            return answer;
        }
    }

    static JSObject target(ProductRef product, double target) {
        synchronized (LOCK) {
            JSObject list = read();
            JSObject item = Js.object(list, product.key());
            if (item == null) {
                return Dispatcher.error("not_watched", "that product is not on the watch list");
            }
            if (Double.isNaN(target)) {
                Js.delete(item, "targetPrice");
            } else {
                Js.put(item, "targetPrice", target);
            }
            Js.delete(item, "notifiedPrice");
            write(list);
            JSObject answer = Dispatcher.ok();
            Js.put(answer, "item", item);
            return answer;
        }
    }

    static JSObject list() {
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "items", read());
        return answer;
    }

    /** Makes sure the daily check is scheduled; alarms outlive the worker but not every update of the extension. */
    static void schedule() {
        Daily.schedule(ALARM);
    }

    /**
     * The daily check: today's price of every watched AliExpress product from the server, recorded, and a
     * notification when it reached the target or fell by 10 % or more. Other shops' products are recorded when the
     * shopper visits them (the server only knows AliExpress prices). Answers how many were checked and notified.
     */
    static JSObject check() {
        Settings settings = Setup.settings();
        int checked = 0;
        int notified = 0;
        int failed = 0;
        synchronized (LOCK) {
            JSObject list = read();
            for (String key : Js.keys(list)) {
                JSObject item = Js.object(list, key);
                if (item == null || !Shop.ALIEXPRESS.key().equals(Js.string(item, "shop"))) {
                    continue;
                }
                String currency = Js.string(item, "currency");
                if (currency == null) {
                    currency = settings.currency().isEmpty()
                            ? Currencies.forLocale(Ext.chrome().getI18n().getUILanguage()) : settings.currency();
                }
                ServerApi.Result result = ServerApi.get(settings.serverUrl() + "/api/v1/products/"
                        + Js.encode(String.valueOf(Js.string(item, "id"))) + "?days=1&currency="
                        + Js.encode(currency), CHECK_TIMEOUT_MILLIS);
                if (result.error != null) {
                    failed++;
                    continue;
                }
                JSObject price = Js.object(Js.object(result.body, "product"), "price");
                double current = Js.number(price, "amount");
                if (!(current > 0) || !currency.equals(Js.string(price, "currency"))) {
                    failed++;
                    continue;
                }
                checked++;
                List<Observation> history = readHistory(Js.object(item, "observations"));
                double previous = history.isEmpty() ? Double.NaN : history.get(history.size() - 1).price();
                Js.put(item, "observations", writeHistory(Observations.record(history, Js.now(), current)));
                Js.put(item, "currency", currency);
                Js.put(item, "checkedAt", Js.now());
                double notifiedAt = Js.number(item, "notifiedPrice");
                if (notifiedAt > 0 && current > notifiedAt) {
                    // The price went back up: a later fall is news again.
                    Js.delete(item, "notifiedPrice");
                    notifiedAt = Double.NaN;
                }
                PriceAlerts.Reason reason = PriceAlerts.check(current, previous, Js.number(item, "targetPrice"),
                        notifiedAt);
                if (reason != PriceAlerts.Reason.NONE) {
                    Js.put(item, "notifiedPrice", current);
                    if (settings.notifications()) {
                        notify(key, item, reason, previous, current, currency);
                        notified++;
                    }
                }
            }
            write(list);
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "checked", checked);
        Js.put(answer, "notified", notified);
        Js.put(answer, "failed", failed);
        return answer;
    }

    private static void notify(String key, JSObject item, PriceAlerts.Reason reason, double previous, double current,
            String currency) {
        String title = Js.string(item, "title");
        String price = Dom.formatMoney(current, currency);
        String message = reason == PriceAlerts.Reason.TARGET_REACHED
                ? Ext.message("notify_targetReached", price)
                : Ext.message("notify_dropped", price, String.valueOf(PriceAlerts.percentDown(previous, current)));
        JSObject options = Js.object();
        Js.put(options, "type", "basic");
        Js.put(options, "iconUrl", Ext.chrome().getRuntime().getURL("icons/icon128.png"));
        Js.put(options, "title", title == null ? Ext.message("notify_title") : title);
        Js.put(options, "message", message);
        Js.put(options, "priority", 1);
        Ext.chrome().getNotifications().create(key, options).await();
    }

    /** A notification was clicked: open the product it is about. */
    static void open(String key) {
        JSObject item = Js.object(read(), key);
        String url = item == null ? null : Js.string(item, "url");
        if (url != null && com.alismart.ext.shop.ShopUrls.product(url) != null) {
            JSObject props = Js.object();
            Js.put(props, "url", url);
            Ext.chrome().getTabs().create(props);
        }
        Ext.chrome().getNotifications().clear(key);
    }
    static List<Observation> readHistory(JSObject array) {
        return ObservationsJs.read(array);
    }

    static JSObject writeHistory(List<Observation> history) {
        return ObservationsJs.write(history);
    }
}
