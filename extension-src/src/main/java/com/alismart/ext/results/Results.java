package com.alismart.ext.results;

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
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Image Search results page ({@code results.html#job=<id>}, a search the worker prepared): the searched image,
 * whether it came from the screen, the matches as a grid with their similarity, sorting, and "search by text
 * instead". Rendered through DOM APIs only.
 */
public final class Results {
    private static final List<JSObject> ITEMS = new ArrayList<>();

    private Results() {
    }

    public static void main(String[] args) {
        HTMLDocument document = Window.current().getDocument();
        Dom.localize(document);
        String job = fragmentParam(Window.current().getLocation().getHash(), "job");
        HTMLElement status = document.getElementById("status");
        if (job == null || job.isEmpty()) {
            state(document, "error", Ext.message("results_noImage"));
            return;
        }
        state(document, "loading", Ext.message("results_searching"));
        JSObject message = Js.object();
        Js.put(message, "type", Messages.IMAGE_SEARCH);
        Js.put(message, "job", job);
        Ext.sendMessage(message).then(answer -> {
            render(document, answer);
            return null;
        }, failure -> {
            state(document, "error", Ext.message("search_error"));
            return null;
        });
        document.getElementById("sort").addEventListener("change", e -> draw(document));
        document.getElementById("by-text").addEventListener("click", e -> byText());
        status.setAttribute("aria-live", "polite");
    }

    private static void render(HTMLDocument document, JSObject answer) {
        if (!Js.isTrue(answer, "ok")) {
            String code = Js.string(Js.object(answer, "error"), "code");
            state(document, "error", Ext.message(errorKey(code)));
            document.getBody().setAttribute("data-error", String.valueOf(code));
            return;
        }
        String query = Js.string(answer, "queryImage");
        if (query != null && query.startsWith("data:image/jpeg;base64,")) {
            document.getElementById("query-image").setAttribute("src", query);
        }
        if ("screen".equals(Js.string(answer, "source"))) {
            HTMLElement notice = document.getElementById("notice");
            notice.setTextContent(Ext.message("results_usedScreen"));
            notice.removeAttribute("hidden");
        }
        JSObject items = Js.object(Js.object(answer, "result"), "items");
        ITEMS.clear();
        for (int i = 0; i < Js.length(items); i++) {
            JSObject item = Js.at(items, i);
            ProductRef p = ShopUrls.product(Js.string(item, "url"));
            if (p != null && p.shop() == Shop.ALIEXPRESS && Js.string(item, "title") != null) {
                ITEMS.add(item);
            }
        }
        if (ITEMS.isEmpty()) {
            state(document, "empty", Ext.message("results_empty"));
            return;
        }
        state(document, "results", "");
        draw(document);
    }

    private static String errorKey(String code) {
        if ("image_unavailable".equals(code)) {
            return "results_imageUnavailable";
        }
        if ("capture_needs_menu".equals(code)) {
            return "results_captureNeedsMenu";
        }
        if ("job_expired".equals(code)) {
            return "results_expired";
        }
        return "not_ready".equals(code) ? "search_notReady" : "search_error";
    }

    private static void draw(HTMLDocument document) {
        String sort = Dom.value(document.getElementById("sort"));
        List<JSObject> sorted = new ArrayList<>(ITEMS);
        if ("price_asc".equals(sort) || "price_desc".equals(sort)) {
            int sign = "price_asc".equals(sort) ? 1 : -1;
            sorted.sort((a, b) -> sign * Double.compare(price(a), price(b)));
        }
        HTMLElement grid = document.getElementById("grid");
        Dom.clear(grid);
        for (JSObject item : sorted) {
            grid.appendChild(card(document, item));
        }
    }

    private static HTMLElement card(HTMLDocument document, JSObject item) {
        ProductRef p = ShopUrls.product(Js.string(item, "url"));
        HTMLElement li = document.createElement("li");
        li.setClassName("card");
        li.setAttribute("data-id", p.id());
        HTMLElement a = document.createElement("a");
        a.setAttribute("href", "https://www.aliexpress.com/item/" + p.id() + ".html");
        ProductLinks.route(a, "https://www.aliexpress.com/item/" + p.id() + ".html");
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer");
        HTMLElement img = document.createElement("img");
        img.setAttribute("alt", "");
        String image = Js.string(item, "imageUrl");
        if (WebUrl.parse(image) != null) {
            img.setAttribute("src", image);
        }
        a.appendChild(img);
        a.appendChild(text(document, "span", "title", Js.string(item, "title")));
        JSObject price = Js.object(item, "price");
        double amount = Js.number(price, "amount");
        String currency = Js.string(price, "currency");
        if (!Double.isNaN(amount) && currency != null) {
            a.appendChild(text(document, "strong", "price", Dom.formatMoney(amount, currency)));
        }
        double rating = Js.number(item, "rating");
        double similarity = Js.number(item, "similarity");
        String meta = (Double.isNaN(rating) ? "" : "★ " + Dom.formatNumber(rating) + " · ")
                + (Double.isNaN(similarity) ? "" : Ext.message("results_similarity") + " "
                + (int) Math.round(similarity * 100) + "%");
        a.appendChild(text(document, "span", "meta", meta));
        li.appendChild(a);
        return li;
    }

    /** Opens Smart Search with the likely title words of the best match. */
    private static void byText() {
        if (ITEMS.isEmpty()) {
            return;
        }
        String words = TitleWords.likely(Js.string(ITEMS.get(0), "title"));
        Window.current().getLocation().assign("popup.html#q=" + Js.encode(words));
    }

    private static double price(JSObject item) {
        double p = Js.number(Js.object(item, "price"), "amount");
        return Double.isNaN(p) ? Double.MAX_VALUE : p;
    }

    private static void state(HTMLDocument document, String state, String text) {
        document.getBody().setAttribute("data-state", state);
        document.getElementById("status").setTextContent(text);
    }

    private static HTMLElement text(HTMLDocument document, String tag, String className, String content) {
        HTMLElement e = document.createElement(tag);
        e.setClassName(className);
        e.setTextContent(content);
        return e;
    }

    /** The decoded value of {@code name} in a "#a=1&b=2" fragment, or null. */
    static String fragmentParam(String hash, String name) {
        if (hash == null) {
            return null;
        }
        String h = hash.startsWith("#") ? hash.substring(1) : hash;
        for (String part : splitAmp(h)) {
            if (part.startsWith(name + "=")) {
                return decode(part.substring(name.length() + 1));
            }
        }
        return null;
    }

    private static List<String> splitAmp(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('&', start);
            if (end < 0) {
                end = s.length();
            }
            out.add(s.substring(start, end));
            start = end + 1;
        }
        return out;
    }

    @JSBody(params = "s", script = "try { return decodeURIComponent(s); } catch (failure) { return null; }")
    private static native String decode(String s);

}
