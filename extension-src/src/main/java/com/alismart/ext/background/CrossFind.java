package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.CrossShop;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.web.Fetch;
import com.alismart.ext.web.Js;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * "Find on AliExpress" for the panel on another shop's product page: Image Search on the page's main photo and
 * Smart Search on its title's words, both priced in the page's currency, merged into one ranking, each result with
 * what the shopper saves. Nothing of it is kept: the photo and the title live only in the two requests.
 */
final class CrossFind {
    private static final int TIMEOUT_MILLIS = 8000;
    /** The chart's span: long enough to show whether today's price is a real low. */
    static final int HISTORY_DAYS = 90;

    private CrossFind() {
    }

    static JSObject run(Messages.FindRequest request) {
        String fallback = shoppersCurrency();
        if (request.currency() == null || request.currency().equals(fallback)) {
            return run(request, fallback);
        }
        JSObject answer = run(request, request.currency());
        // A currency the server does not convert to: in the shopper's own, and without a saving then.
        return isUnknownCurrency(answer) ? run(request, fallback) : answer;
    }

    private static boolean isUnknownCurrency(JSObject answer) {
        return !Js.isTrue(answer, "ok") && "unknown_currency".equals(Js.string(Js.object(answer, "error"), "code"));
    }

    private static JSObject run(Messages.FindRequest request, String currency) {
        List<CrossShop.Hit> byImage = new ArrayList<>();
        List<CrossShop.Hit> byText = new ArrayList<>();
        JSObject items = Js.object(); // id -> the server's item, the first answer that had it
        JSObject lastError = null;
        // The title search goes out first and runs while the photo is fetched, shrunk and searched.
        String query = CrossShop.query(request.title());
        JSPromise<Fetch.Response> byTitle = query.isEmpty() ? null : ServerApi.start(titleSearchUrl(query, currency),
                TIMEOUT_MILLIS);
        if (request.imageUrl() != null) {
            String image = ImageSearch.fetchShrunk(request.imageUrl());
            if (image != null) {
                ServerApi.Result found = ImageSearch.search(image, currency, CrossShop.PER_SEARCH);
                if (found.error != null) {
                    lastError = found.error;
                } else {
                    collect(Js.object(found.body, "items"), byImage, items, true);
                }
            }
        }
        if (byTitle != null) {
            ServerApi.Result found = ServerApi.finish(byTitle);
            if (found.error != null) {
                lastError = found.error;
            } else {
                collect(Js.object(found.body, "items"), byText, items, false);
            }
        }
        if (byImage.isEmpty() && byText.isEmpty() && lastError != null) {
            return lastError;
        }
        JSObject shown = Js.array();
        boolean comparable = currency.equals(request.currency()) && !Double.isNaN(request.price());
        for (CrossShop.Match match : CrossShop.rank(byImage, byText, CrossShop.SHOWN)) {
            JSObject item = Js.object(items, match.id());
            JSObject price = Js.object(item, "price");
            double amount = Js.number(price, "amount");
            boolean same = match.same();
            // Only a match that is likely the same product has a saving: a cheaper other thing is no saving.
            Js.put(item, "match", same ? "same" : "similar");
            if (same && comparable && currency.equals(Js.string(price, "currency"))) {
                Js.put(item, "saving", CrossShop.saving(request.price(), amount));
            }
            Js.push(shown, item);
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "items", shown);
        Js.put(answer, "currency", currency);
        Js.put(answer, "query", query);
        // How many candidates each search gave: the panel says "by photo" when the photo could be used.
        Js.put(answer, "byImage", byImage.size());
        Js.put(answer, "byText", byText.size());
        return answer;
    }

    /** Smart Search on a title's words, read as CrossShop says (without the category it would guess). */
    private static String titleSearchUrl(String query, String currency) {
        String lang = Ext.chrome().getI18n().getUILanguage();
        StringBuilder url = new StringBuilder(Setup.settings().serverUrl()).append("/api/v1/search?q=")
                .append(Js.encode(query)).append("&size=").append(CrossShop.PER_SEARCH).append("&currency=")
                .append(currency).append("&lang=").append(Js.encode(lang == null ? "" : lang));
        for (String drop : CrossShop.TITLE_SEARCH_DROPS) {
            url.append("&drop=").append(drop);
        }
        return url.toString();
    }

    /** The shopper's currency: the one of the settings, else the browser locale's. */
    private static String shoppersCurrency() {
        Settings settings = Setup.settings();
        return settings.currency().isEmpty() ? Currencies.forLocale(Ext.chrome().getI18n().getUILanguage())
                : settings.currency();
    }

    private static void collect(JSObject list, List<CrossShop.Hit> hits, JSObject items, boolean byImage) {
        int n = Js.length(list);
        for (int i = 0; i < n; i++) {
            JSObject item = Js.at(list, i);
            String id = Js.string(item, "id");
            if (id == null || Js.object(item, "price") == null) {
                continue;
            }
            hits.add(new CrossShop.Hit(id, byImage ? Js.number(item, "similarity") : Double.NaN));
            if (!Js.has(items, id)) {
                Js.put(items, id, item);
            }
        }
    }

    /** {@code /api/v1/products/{id}} for the panel of an AliExpress page: today's price and the daily history. */
    static JSObject history(ProductRef product, String currency) {
        String fallback = shoppersCurrency();
        ServerApi.Result found = productOf(product, currency == null ? fallback : currency);
        if (found.error != null && currency != null && isUnknownCurrency(found.error)) {
            found = productOf(product, fallback);
        }
        if (found.error != null) {
            return found.error;
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "result", found.body);
        return answer;
    }

    private static ServerApi.Result productOf(ProductRef product, String currency) {
        return ServerApi.get(Setup.settings().serverUrl() + "/api/v1/products/" + product.id() + "?days="
                + HISTORY_DAYS + "&currency=" + currency, TIMEOUT_MILLIS);
    }
}
