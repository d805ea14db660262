package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The AliSmart panel on a product page: one fixed-position host element in a closed shadow root, so no style leaks
 * in or out and the page's layout never moves. Collapsible to its title bar; the state is a setting, written by
 * the worker, so it holds on every page. Built through DOM APIs only: no page or server text goes through
 * {@code innerHTML}. What it shows depends on the shop: {@link AliExpressPart} or {@link FindPart}.
 */
final class Panel {
    static final String HOST_ID = "alismart-root";
    static final String HOST_TAG = "alismart-panel";

    // The host's own rules are !important: a page's "div{margin:40px}" or "*{display:block}" must not move it, and
    // "all:initial" inside keeps inherited fonts and colours out.
    private static final String STYLE = ":host{all:initial!important;position:fixed!important;right:16px!important;"
            + "bottom:16px!important;left:auto!important;top:auto!important;z-index:2147483000!important;"
            + "display:block!important;margin:0!important;padding:0!important;border:0!important;"
            + "transform:none!important;contain:layout style!important;width:auto!important;height:auto!important}"
            + ".panel{all:initial;display:block;box-sizing:border-box;font:13px/1.4 system-ui,sans-serif;"
            + "color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:10px;"
            + "box-shadow:0 4px 16px rgba(0,0,0,.15);width:300px;max-width:calc(100vw - 32px);max-height:70vh;"
            + "overflow:auto}"
            + ".bar{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;gap:8px}"
            + ".title{font-weight:600;color:#c2410c;margin:0}"
            + "button{all:initial;font:600 12px/1 system-ui,sans-serif;cursor:pointer;border-radius:6px;"
            + "padding:6px 10px;background:#c2410c;color:#fff}button:hover{background:#9a3412}"
            + "button:focus-visible{outline:2px solid #1f2328;outline-offset:1px}"
            + "button.toggle{background:transparent;color:#57606a;padding:4px 6px}"
            + "button.toggle:hover{background:#f6f8fa}"
            + ".body{padding:0 12px 12px}.body[hidden]{display:none}"
            + "p{margin:6px 0}.muted{color:#57606a;font-size:12px}.error{color:#b42318}"
            + "svg.chart{display:block;margin:4px 0}svg.chart polyline{fill:none;stroke:#c2410c;stroke-width:2}"
            + ".range{display:flex;justify-content:space-between;font-size:12px;color:#57606a}"
            + ".watch{display:flex;gap:6px;align-items:center;margin:8px 0}"
            + "input{all:initial;font:13px system-ui,sans-serif;border:1px solid #d0d7de;border-radius:6px;"
            + "padding:5px 6px;width:90px;background:#fff;color:#1f2328}"
            + "ul{list-style:none;margin:6px 0;padding:0}li{margin:0}"
            + ".coupon{border:1px dashed #c2410c;border-radius:6px;padding:4px 6px;margin:4px 0}"
            + ".code{font-family:ui-monospace,monospace;font-weight:600}.cart-amount{font-weight:600}"
            + "a.result{display:flex;gap:8px;align-items:center;padding:6px 0;border-top:1px solid #eaeef2;"
            + "color:inherit;text-decoration:none;cursor:pointer}a.result:hover .name{text-decoration:underline}"
            + "a.result img{width:48px;height:48px;object-fit:cover;border-radius:4px;flex:none;background:#f6f8fa}"
            + ".name{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:210px}"
            + ".price{font-weight:600}.save{color:#1a7f37;font-weight:600;margin-left:6px}"
            + ".no-save{color:#57606a;margin-left:6px}.match-heading{margin:8px 0 0;font-size:11px;color:#57606a;"
            + "text-transform:uppercase;letter-spacing:.04em}";

    /** The product this panel is about, as the content script recognised it. */
    static final class Product {
        final String url;
        final ProductRef ref;
        final Recognition page;
        /** On AliExpress, what the panel asked the worker for right after page.product; else null. */
        AliExpressPart.Asked asked;
        /** The time recognition of this page took, in milliseconds. */
        double recognizeMillis = Double.NaN;

        Product(String url, ProductRef ref, Recognition page) {
            this.url = url;
            this.ref = ref;
            this.page = page;
        }

        /** The {@code page.product} / {@code watch.add} fields of this product. */
        JSObject fields(String type) {
            JSObject message = Js.object();
            Js.put(message, "type", type);
            Js.put(message, "shop", ref.shop().key());
            Js.put(message, "id", ref.id());
            Js.put(message, "url", url);
            if (page.title() != null) {
                Js.put(message, "title", page.title());
            }
            if (hasPrice()) {
                Js.put(message, "price", page.price());
                if (page.currency() != null) {
                    Js.put(message, "currency", page.currency());
                }
            }
            if (page.imageUrl() != null) {
                Js.put(message, "imageUrl", page.imageUrl());
            }
            return message;
        }

        boolean hasPrice() {
            // The worker refuses larger prices.
            return !Double.isNaN(page.price()) && page.price() > 0 && page.price() <= 10_000_000;
        }
    }

    private Panel() {
    }

    /** Removes the panel, if any: the page is no (longer a) product page. */
    static void remove(HTMLDocument document) {
        Ui.remove(document.getElementById(HOST_ID));
    }

    /** A panel being built: its host (not in the page yet) and the body a part fills. */
    static final class Frame {
        final HTMLElement host;
        final HTMLElement body;
        private final JSObject root;
        private final HTMLElement panel;

        private Frame(HTMLElement host, HTMLElement body, JSObject root, HTMLElement panel) {
            this.host = host;
            this.body = body;
            this.root = root;
            this.panel = panel;
        }

        /** Puts the panel into the page, in place of any earlier one, built whole: the page sees one change. */
        void attach(HTMLDocument document, String state) {
            host.setAttribute("data-alismart-state", state);
            Ui.append(root, panel);
            remove(document);
            document.getDocumentElement().appendChild(host);
        }
    }

    /** An empty panel titled AliSmart, open or collapsed to its bar; {@code key} names what it is about. */
    static Frame frame(HTMLDocument document, String key, boolean collapsed) {
        HTMLElement host = document.createElement(HOST_TAG);
        host.setAttribute("id", HOST_ID);
        host.setAttribute("data-alismart-product", key);
        JSObject root = Ui.attachClosedShadow(host);
        Ui.append(root, Ui.el(document, "style", null, STYLE));
        HTMLElement panel = Ui.el(document, "div", "panel", null);
        panel.setAttribute("role", "complementary");
        panel.setAttribute("aria-label", "AliSmart");

        HTMLElement bar = Ui.el(document, "div", "bar", null);
        bar.appendChild(Ui.el(document, "p", "title", "AliSmart"));
        HTMLElement body = Ui.el(document, "div", "body", null);
        HTMLElement toggle = Ui.el(document, "button", "toggle", null);
        toggle.setAttribute("type", "button");
        bar.appendChild(toggle);
        panel.appendChild(bar);
        panel.appendChild(body);
        setCollapsed(host, body, toggle, collapsed);
        Ui.on(toggle, "click", () -> {
            boolean next = !"true".equals(host.getAttribute("data-alismart-collapsed"));
            setCollapsed(host, body, toggle, next);
            JSObject message = Js.object();
            Js.put(message, "type", Messages.SETTINGS_UPDATE);
            Js.put(message, "panelCollapsed", next);
            Ext.sendMessage(message).catchError(reason -> null);
        });
        return new Frame(host, body, root, panel);
    }

    /** Shows the panel for {@code product}; {@code answer} is the worker's answer to page.product. */
    static HTMLElement show(HTMLDocument document, Product product, JSObject answer) {
        Frame frame = frame(document, product.ref.key(), Js.isTrue(answer, "panelCollapsed"));
        HTMLElement host = frame.host;
        HTMLElement body = frame.body;
        String state;
        if (!Js.isTrue(answer, "ok")) {
            state = "error";
            // The worker's error code, for whoever debugs the page (no message text: it may be long).
            String code = Js.string(Js.object(answer, "error"), "code");
            host.setAttribute("data-alismart-error", code == null ? "no_answer" : code);
            body.appendChild(Ui.el(document, "p", "error", Ext.message("panel_unavailable")));
        } else {
            state = Js.isTrue(answer, "watched") ? "watched" : "ready";
            if (product.ref.shop() == Shop.ALIEXPRESS) {
                new AliExpressPart(document, product, answer).fill(body);
            } else {
                new FindPart(document, product).fill(body);
            }
        }
        frame.attach(document, state);
        return host;
    }

    private static void setCollapsed(HTMLElement host, HTMLElement body, HTMLElement toggle, boolean collapsed) {
        Ui.setHidden(body, collapsed);
        host.setAttribute("data-alismart-collapsed", collapsed ? "true" : "false");
        toggle.setTextContent(collapsed ? "\u25b4" : "\u25be");
        toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
        toggle.setAttribute("aria-label", Ext.message(collapsed ? "panel_expand" : "panel_collapse"));
    }
}
