package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The panel on another shop's product page: "Find on AliExpress" asks the worker for the same product or close
 * matches (by the page's photo and by its title), priced in the page's currency, with what the shopper saves. Only
 * on the shopper's click: the photo and title leave the page for our server then, not at load.
 */
final class FindPart {
    private final HTMLDocument document;
    private final Panel.Product product;

    FindPart(HTMLDocument document, Panel.Product product) {
        this.document = document;
        this.product = product;
    }

    void fill(HTMLElement body) {
        HTMLElement results = Ui.el(document, "div", "results", null);
        HTMLElement button = Ui.el(document, "button", "find", Ext.message("panel_findOnAliExpress"));
        button.setAttribute("type", "button");
        Ui.on(button, "click", () -> find(button, results));
        body.appendChild(button);
        body.appendChild(results);
    }

    private void find(HTMLElement button, HTMLElement results) {
        button.setAttribute("disabled", "");
        Ui.clear(results);
        results.setAttribute("data-state", "loading");
        results.appendChild(Ui.el(document, "p", "muted", Ext.message("panel_finding")));
        JSObject message = Js.object();
        Js.put(message, "type", Messages.FIND_ALIEXPRESS);
        if (product.page.title() != null) {
            Js.put(message, "title", product.page.title());
        }
        if (product.hasPrice() && product.page.currency() != null) {
            Js.put(message, "price", product.page.price());
            Js.put(message, "currency", product.page.currency());
        }
        if (product.page.imageUrl() != null) {
            Js.put(message, "imageUrl", product.page.imageUrl());
        }
        Ext.sendMessage(message).then(answer -> {
            try {
                button.removeAttribute("disabled");
                show(results, answer);
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> {
            button.removeAttribute("disabled");
            return null;
        });
    }

    private void show(HTMLElement results, JSObject answer) {
        Ui.clear(results);
        JSObject items = Js.object(answer, "items");
        if (!Js.isTrue(answer, "ok") || Js.length(items) == 0) {
            results.setAttribute("data-state", Js.isTrue(answer, "ok") ? "empty" : "error");
            results.appendChild(Ui.el(document, "p", "muted", Ext.message(Js.isTrue(answer, "ok")
                    ? "panel_noMatches" : "panel_unavailable")));
            return;
        }
        results.setAttribute("data-state", "done");
        results.setAttribute("data-by-image", Js.numberString(Js.number(answer, "byImage")));
        boolean similarHeading = false;
        for (int i = 0; i < Js.length(items); i++) {
            JSObject item = Js.at(items, i);
            boolean same = "same".equals(Js.string(item, "match"));
            // The one result taken for the very product stands apart; the rest are look-alikes, with no saving.
            if (same) {
                results.appendChild(Ui.el(document, "p", "match-heading", Ext.message("panel_sameProduct")));
            } else if (!similarHeading) {
                similarHeading = true;
                results.appendChild(Ui.el(document, "p", "match-heading", Ext.message("panel_similarItems")));
            }
            results.appendChild(row(item));
        }
    }

    private HTMLElement row(JSObject item) {
        HTMLElement link = Ui.el(document, "a", "result", null);
        String url = Js.string(item, "url");
        link.setAttribute("href", "#");
        link.setAttribute("role", "button");
        link.setAttribute("data-id", String.valueOf(Js.string(item, "id")));
        String image = Js.string(item, "imageUrl");
        HTMLElement img = Ui.el(document, "img", null, null);
        img.setAttribute("alt", "");
        img.setAttribute("referrerpolicy", "no-referrer");
        if (image != null && (image.startsWith("https://") || image.startsWith("http://"))) {
            img.setAttribute("src", image);
        }
        link.appendChild(img);
        // "same": likely the very product of the page; "similar": a look-alike, shown without a saving.
        link.setAttribute("data-match", "same".equals(Js.string(item, "match")) ? "same" : "similar");
        HTMLElement text = Ui.el(document, "span", null, null);
        String title = Js.string(item, "title");
        HTMLElement name = Ui.el(document, "span", "name", title == null ? "" : title);
        name.setAttribute("title", title == null ? "" : title);
        text.appendChild(name);
        JSObject price = Js.object(item, "price");
        String currency = Js.string(price, "currency");
        if (currency != null) {
            HTMLElement line = Ui.el(document, "span", null, null);
            line.appendChild(Ui.el(document, "span", "price", Dom.formatMoney(Js.number(price, "amount"), currency)));
            double saving = Js.number(item, "saving");
            if (saving > 0) {
                line.appendChild(Ui.el(document, "span", "save",
                        Ext.message("panel_save", Dom.formatMoney(saving, currency))));
            } else if (saving == 0) {
                // The same product, priced in the page's currency, and no cheaper here: said as plainly as a saving.
                line.appendChild(Ui.el(document, "span", "no-save", Ext.message("panel_noSaving")));
            }
            text.appendChild(line);
        }
        link.appendChild(text);
        Ui.listen(link, "click", event -> {
            preventDefault(event);
            // Only the shopper's own click opens a product (and may apply our link), never a script's.
            if (url == null || !Js.isTrue(event, "isTrusted")) {
                return;
            }
            JSObject message = Js.object();
            Js.put(message, "type", Messages.PRODUCT_OPEN);
            Js.put(message, "url", url);
            Ext.sendMessage(message).catchError(reason -> null);
        });
        return link;
    }

    @org.teavm.jso.JSBody(params = "event", script = "event.preventDefault();")
    private static native void preventDefault(JSObject event);
}
