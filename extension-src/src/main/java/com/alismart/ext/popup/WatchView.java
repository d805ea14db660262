package com.alismart.ext.popup;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Observation;
import com.alismart.ext.core.PriceChart;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.ObservationsJs;
import com.alismart.ext.web.ProductLinks;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Watch list tab: each watched product with its picture, a sparkline of the prices seen, the current and the
 * target price (editable), and a button to stop watching. Everything comes from the worker, and is rendered through
 * DOM APIs with each field's type checked.
 */
final class WatchView {
    private static final int SPARK_W = 84;
    private static final int SPARK_H = 28;

    private final HTMLDocument document;
    private final HTMLElement list;
    private final HTMLElement message;

    WatchView(HTMLDocument document) {
        this.document = document;
        list = document.getElementById("watch-list");
        message = document.getElementById("watch-message");
    }

    /** Reads the watch list from the worker and shows it. */
    void show() {
        JSObject request = Js.object();
        Js.put(request, "type", Messages.WATCH_LIST);
        list.setAttribute("data-state", "loading");
        Ext.sendMessage(request).then(answer -> {
            if (Js.isTrue(answer, "ok")) {
                render(Js.object(answer, "items"));
            } else {
                fail();
            }
            return null;
        }, failure -> {
            fail();
            return null;
        });
    }

    private void fail() {
        Dom.clear(list);
        list.setAttribute("data-state", "error");
        say(Ext.message("watch_error"));
    }

    private void say(String text) {
        message.setTextContent(text);
        message.removeAttribute("hidden");
    }

    private void render(JSObject items) {
        Dom.clear(list);
        String[] keys = Js.keys(items);
        int shown = 0;
        for (String key : keys) {
            JSObject item = Js.object(items, key);
            String url = Js.string(item, "url");
            if (item == null || url == null || ShopUrls.product(url) == null) {
                continue;
            }
            list.appendChild(row(key, item, url));
            shown++;
        }
        if (shown == 0) {
            list.setAttribute("data-state", "empty");
            say(Ext.message("watch_empty"));
        } else {
            list.setAttribute("data-state", "items");
            message.setAttribute("hidden", "");
        }
    }

    private HTMLElement row(String key, JSObject item, String url) {
        HTMLElement li = document.createElement("li");
        li.setAttribute("class", "watch-item");
        li.setAttribute("data-key", key);
        String image = Js.string(item, "imageUrl");
        if (image != null && WebUrl.parse(image) != null) {
            HTMLElement img = document.createElement("img");
            img.setAttribute("src", image);
            img.setAttribute("alt", "");
            img.setAttribute("referrerpolicy", "no-referrer");
            li.appendChild(img);
        }
        HTMLElement body = document.createElement("div");
        body.setAttribute("class", "watch-body");
        HTMLElement link = document.createElement("a");
        link.setAttribute("href", url);
        ProductRef product = ShopUrls.product(url);
        if (url.startsWith("https://") && product != null && product.shop() == Shop.ALIEXPRESS) {
            ProductLinks.route(link, url);
        }
        link.setAttribute("target", "_blank");
        link.setAttribute("rel", "noopener noreferrer");
        String title = Js.string(item, "title");
        link.setTextContent(title == null ? url : title);
        body.appendChild(link);

        List<Observation> history = ObservationsJs.read(Js.object(item, "observations"));
        String currency = Js.string(item, "currency");
        HTMLElement prices = document.createElement("div");
        prices.setAttribute("class", "watch-prices");
        HTMLElement now = document.createElement("span");
        now.setAttribute("class", "watch-now");
        now.setTextContent(history.isEmpty() || currency == null ? Ext.message("watch_noPrice")
                : Ext.message("watch_now") + " " + Dom.formatMoney(history.get(history.size() - 1).price(),
                        currency));
        prices.appendChild(now);
        HTMLElement label = document.createElement("label");
        label.appendChild(document.createTextNode(Ext.message("watch_target") + " "));
        HTMLElement target = document.createElement("input");
        target.setAttribute("type", "number");
        target.setAttribute("min", "0.01");
        target.setAttribute("step", "0.01");
        target.setAttribute("class", "watch-target");
        double targetPrice = Js.number(item, "targetPrice");
        if (targetPrice > 0) {
            Dom.setValue(target, Js.numberString(Math.round(targetPrice * 100) / 100.0));
        }
        target.addEventListener("change", e -> setTarget(key, Dom.value(target)));
        label.appendChild(target);
        prices.appendChild(label);
        body.appendChild(prices);
        li.appendChild(body);

        PriceChart chart = PriceChart.of(history, Js.now(), SPARK_W, SPARK_H, 2);
        if (!chart.isEmpty()) {
            li.appendChild(Dom.polyline(document, chart.svgPoints(), SPARK_W, SPARK_H, "spark"));
        }
        HTMLElement remove = document.createElement("button");
        remove.setAttribute("type", "button");
        remove.setAttribute("class", "watch-remove");
        remove.setAttribute("aria-label", Ext.message("watch_remove"));
        remove.setAttribute("title", Ext.message("watch_remove"));
        remove.setTextContent("×");
        remove.addEventListener("click", e -> send(Messages.WATCH_REMOVE, key, Double.NaN));
        li.appendChild(remove);
        return li;
    }

    private void setTarget(String key, String raw) {
        String s = raw.trim();
        double target = s.isEmpty() ? Double.NaN : Js.toNumber(s);
        if (!s.isEmpty() && !(target > 0)) {
            return;
        }
        send(Messages.WATCH_TARGET, key, target);
    }

    private void send(String type, String key, double target) {
        JSObject request = Js.object();
        Js.put(request, "type", type);
        Js.put(request, "key", key);
        if (!Double.isNaN(target)) {
            Js.put(request, "targetPrice", target);
        }
        Ext.sendMessage(request).then(answer -> {
            show();
            return null;
        }, failure -> {
            fail();
            return null;
        });
    }
}
