package com.alismart.ext.popup;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.ProductLinks;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Smart Search in the popup: a search box, what was understood as removable chips, results and paging. Server data
 * is rendered through DOM APIs and text nodes only, and every field is read with its type checked.
 */
final class SearchView {
    private final HTMLDocument document;
    private final HTMLElement input;
    private final HTMLElement chips;
    private final HTMLElement message;
    private final HTMLElement results;
    private final HTMLElement pager;
    private final HTMLElement pageInfo;
    private final HTMLElement prev;
    private final HTMLElement next;

    // The current search lives only as long as the popup is open: nothing of it is stored.
    private String query;
    private int page = 1;
    private final List<String> drop = new ArrayList<>();
    private int generation;

    SearchView(HTMLDocument document) {
        this.document = document;
        input = document.getElementById("search-input");
        chips = document.getElementById("chips");
        message = document.getElementById("search-message");
        results = document.getElementById("results");
        pager = document.getElementById("pager");
        pageInfo = document.getElementById("page-info");
        prev = document.getElementById("prev");
        next = document.getElementById("next");
        input.setAttribute("placeholder", Ext.message("search_placeholder"));
        document.getElementById("search-form").addEventListener("submit", this::onSubmit);
        prev.addEventListener("click", e -> go(page - 1));
        next.addEventListener("click", e -> go(page + 1));
        // Opened as popup.html#q=… ("search by text instead" on the Image Search page): run that search.
        String fromPage = fragmentQuery(org.teavm.jso.browser.Window.current().getLocation().getHash());
        if (fromPage != null && !fromPage.isBlank() && fromPage.length() <= Messages.MAX_QUERY) {
            Dom.setValue(input, fromPage);
            query = fromPage.trim();
            go(1);
        }
    }

    @JSBody(params = "hash", script = "try { var match = /^#q=(.*)$/.exec(hash || '');"
            + " return match ? decodeURIComponent(match[1]) : null; } catch (failure) { return null; }")
    private static native String fragmentQuery(String hash);

    private void onSubmit(Event event) {
        event.preventDefault();
        String q = Dom.value(input).trim();
        if (q.isEmpty()) {
            return;
        }
        query = q;
        drop.clear();
        go(1);
    }

    private void go(int newPage) {
        if (query == null || newPage < 1) {
            return;
        }
        page = newPage;
        int mine = ++generation;
        results.setAttribute("data-state", "loading");
        show(message, Ext.message("search_loading"));
        JSObject msg = Js.object();
        Js.put(msg, "type", Messages.SEARCH);
        Js.put(msg, "q", query);
        Js.put(msg, "page", page);
        Js.putStrings(msg, "drop", drop.toArray(new String[0]));
        Ext.sendMessage(msg).then(answer -> {
            if (mine == generation) {
                render(answer);
            }
            return null;
        }, failure -> {
            if (mine == generation) {
                fail("unreachable");
            }
            return null;
        });
    }

    private void render(JSObject answer) {
        if (!Js.isTrue(answer, "ok")) {
            fail(Js.string(Js.object(answer, "error"), "code"));
            return;
        }
        JSObject result = Js.object(answer, "result");
        renderChips(Js.object(result, "interpretation"));
        Dom.clear(results);
        JSObject items = Js.object(result, "items");
        int n = Js.length(items);
        for (int i = 0; i < n; i++) {
            HTMLElement item = itemElement(Js.at(items, i));
            if (item != null) {
                results.appendChild(item);
            }
        }
        double total = Js.number(result, "total");
        if (n == 0) {
            results.setAttribute("data-state", "empty");
            show(message, Ext.message("search_empty"));
        } else {
            results.setAttribute("data-state", "results");
            String[] relaxed = Js.strings(result, "relaxed");
            if (relaxed != null && relaxed.length > 0) {
                // Nothing matched everything: say so, rather than pass close matches off as exact ones.
                results.setAttribute("data-relaxed", String.join(" ", relaxed));
                show(message, Ext.message("search_relaxed"));
            } else {
                results.removeAttribute("data-relaxed");
                hide(message);
            }
        }
        boolean more = !Double.isNaN(total) && page * 20 < total;
        if (page > 1 || more) {
            pager.removeAttribute("hidden");
            pageInfo.setTextContent(Ext.message("search_page") + " " + page
                    + (Double.isNaN(total) ? "" : " · " + Dom.formatNumber(total) + " " + Ext.message("search_found")));
            setDisabled(prev, page <= 1);
            setDisabled(next, !more);
        } else {
            pager.setAttribute("hidden", "");
        }
    }

    private void fail(String code) {
        results.setAttribute("data-state", "error");
        Dom.clear(results);
        pager.setAttribute("hidden", "");
        String key = "not_ready".equals(code) ? "search_notReady"
                : "unreachable".equals(code) ? "popupServer_offline" : "search_error";
        show(message, Ext.message(key));
    }

    private void renderChips(JSObject in) {
        Dom.clear(chips);
        for (String k : strings(in, "keywords")) {
            chip(k, "keywords:" + k);
        }
        String category = Js.string(in, "category");
        if (category != null) {
            chip(category.replace('-', ' '), "category");
        }
        for (String c : strings(in, "colors")) {
            chip(c, "colors:" + c);
        }
        for (String m : strings(in, "materials")) {
            chip(m, "materials:" + m);
        }
        String gender = Js.string(in, "gender");
        if (gender != null) {
            chip(Ext.message("chip_gender_" + gender), "gender");
        }
        for (String s : strings(in, "sizes")) {
            chip(Ext.message("chip_size") + " " + s, "sizes:" + s);
        }
        double min = Js.number(in, "priceMin");
        double max = Js.number(in, "priceMax");
        String currency = Js.string(in, "currency");
        if (!Double.isNaN(min) || !Double.isNaN(max)) {
            String c = currency == null ? "USD" : currency;
            String label = Double.isNaN(min) ? "≤ " + Dom.formatMoney(max, c)
                    : Double.isNaN(max) ? "≥ " + Dom.formatMoney(min, c)
                    : Dom.formatMoney(min, c) + " – " + Dom.formatMoney(max, c);
            chip(label, "priceMin", "priceMax");
        }
        double rating = Js.number(in, "minRating");
        if (!Double.isNaN(rating)) {
            chip("★ " + Dom.formatNumber(rating) + "+", "minRating");
        }
        if (Js.isTrue(in, "freeShipping")) {
            chip(Ext.message("chip_freeShipping"), "freeShipping");
        }
        String sort = Js.string(in, "sort");
        if (sort != null && !sort.equals("relevance")) {
            chip(Ext.message("chip_sort_" + sort), "sort");
        }
        for (String x : strings(in, "excluded")) {
            chip(Ext.message("chip_not") + " " + x, "excluded:" + x);
        }
    }

    private void chip(String label, String... dropKeys) {
        HTMLElement chip = document.createElement("span");
        chip.setClassName("chip");
        chip.setAttribute("data-drop", String.join(" ", dropKeys));
        chip.appendChild(document.createTextNode(label));
        HTMLElement remove = document.createElement("button");
        remove.setAttribute("type", "button");
        remove.setAttribute("aria-label", Ext.message("chip_remove") + " " + label);
        remove.setTextContent("×");
        remove.addEventListener("click", e -> {
            for (String key : dropKeys) {
                drop.add(key);
            }
            go(1);
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
    }

    private HTMLElement itemElement(JSObject item) {
        String id = Js.string(item, "id");
        String title = Js.string(item, "title");
        String url = Js.string(item, "url");
        ProductRef product = ShopUrls.product(url);
        if (id == null || title == null || product == null || product.shop() != Shop.ALIEXPRESS) {
            return null; // not a product we can show or link to safely
        }
        HTMLElement li = document.createElement("li");
        li.setClassName("item");
        li.setAttribute("data-id", product.id());
        HTMLElement link = document.createElement("a");
        link.setAttribute("href", "https://www.aliexpress.com/item/" + product.id() + ".html");
        ProductLinks.route(link, "https://www.aliexpress.com/item/" + product.id() + ".html");
        link.setAttribute("target", "_blank");
        link.setAttribute("rel", "noopener noreferrer");
        String image = Js.string(item, "imageUrl");
        WebUrl imageUrl = WebUrl.parse(image);
        HTMLElement img = document.createElement("img");
        img.setAttribute("alt", "");
        img.setAttribute("loading", "lazy");
        img.setAttribute("width", "72");
        img.setAttribute("height", "72");
        if (imageUrl != null) {
            img.setAttribute("src", image);
        }
        link.appendChild(img);
        HTMLElement body = document.createElement("div");
        body.setClassName("item-body");
        HTMLElement name = document.createElement("span");
        name.setClassName("item-title");
        name.setTextContent(title);
        body.appendChild(name);
        HTMLElement meta = document.createElement("span");
        meta.setClassName("item-meta");
        JSObject price = Js.object(item, "price");
        JSObject original = Js.object(item, "originalPrice");
        double amount = Js.number(price, "amount");
        String currency = Js.string(price, "currency");
        if (!Double.isNaN(amount) && currency != null) {
            HTMLElement p = document.createElement("strong");
            p.setClassName("price");
            p.setTextContent(Dom.formatMoney(amount, currency));
            meta.appendChild(p);
            double was = Js.number(original, "amount");
            if (!Double.isNaN(was) && was > amount) {
                HTMLElement s = document.createElement("s");
                s.setClassName("was");
                s.setTextContent(Dom.formatMoney(was, currency));
                meta.appendChild(s);
            }
        }
        double rating = Js.number(item, "rating");
        if (!Double.isNaN(rating) && rating > 0) {
            meta.appendChild(text("span", "rating", "★ " + Dom.formatNumber(rating)));
        }
        double orders = Js.number(item, "orders");
        if (!Double.isNaN(orders)) {
            meta.appendChild(text("span", "orders", Dom.formatNumber(orders) + " " + Ext.message("item_sold")));
        }
        body.appendChild(meta);
        if (Js.isTrue(item, "freeShipping")) {
            body.appendChild(text("span", "badge", Ext.message("chip_freeShipping")));
        }
        link.appendChild(body);
        li.appendChild(link);
        return li;
    }

    private HTMLElement text(String tag, String className, String content) {
        HTMLElement e = document.createElement(tag);
        e.setClassName(className);
        e.setTextContent(content);
        return e;
    }

    private static String[] strings(JSObject o, String key) {
        String[] s = Js.strings(o, key);
        return s == null ? new String[0] : s;
    }

    private static void show(HTMLElement element, String text) {
        element.setTextContent(text);
        element.removeAttribute("hidden");
    }

    private static void hide(HTMLElement element) {
        element.setAttribute("hidden", "");
    }

    private static void setDisabled(HTMLElement button, boolean disabled) {
        if (disabled) {
            button.setAttribute("disabled", "");
        } else {
            button.removeAttribute("disabled");
        }
    }

}
