package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.coupons.Coupon;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The coupons that apply to an amount on an AliExpress page (a product's price, a cart's subtotal), best first as
 * the worker keeps them, and the nearest one not reached yet: "add US $3.20 more to use SAVE5". Only coupons whose
 * conditions the page lets us check: the currency, the minimum spend, and the product for product coupons.
 */
final class CouponList {
    static final int SHOWN = 3;

    private CouponList() {
    }

    /**
     * Draws into {@code into} the coupons of the worker's {@code coupons.get} answer that apply to {@code amount} in
     * {@code currency} ({@code productId} may be null: a cart); returns how many were shown.
     */
    static int draw(HTMLDocument document, HTMLElement into, JSObject answer, double amount, String currency,
            String productId, String heading, String none) {
        Ui.clear(into);
        if (!Js.isTrue(answer, "ok")) {
            return 0;
        }
        JSObject items = Js.object(answer, "items");
        double now = Js.now();
        HTMLElement list = Ui.el(document, "ul", null, null);
        int shown = 0;
        Coupon nearest = null;
        for (int i = 0; i < Js.length(items); i++) {
            Coupon c = parse(Js.at(items, i));
            if (c == null) {
                continue;
            }
            if (c.appliesTo(amount, currency, productId, null, now)) {
                if (shown < SHOWN) {
                    HTMLElement row = Ui.el(document, "li", "coupon", null);
                    row.appendChild(Ui.el(document, "span", "code", c.code()));
                    row.appendChild(Ui.el(document, "span", null, " \u00b7 " + c.title()));
                    list.appendChild(row);
                }
                shown++;
            } else if (c.minSpend() > amount && c.appliesTo(c.minSpend(), currency, productId, null, now)
                    && (nearest == null || c.minSpend() < nearest.minSpend())) {
                nearest = c;
            }
        }
        into.appendChild(Ui.el(document, "p", "muted", shown == 0 ? none : heading));
        if (shown > 0) {
            into.appendChild(list);
        }
        if (nearest != null) {
            HTMLElement more = Ui.el(document, "p", "more muted", Ext.message("panel_couponMissing",
                    Dom.formatMoney(nearest.missing(amount), currency), nearest.code()));
            into.appendChild(more);
        }
        return Math.min(shown, SHOWN);
    }

    private static Coupon parse(JSObject item) {
        JSObject scope = Js.object(item, "scope");
        return Coupon.from(new JsFields(item), fields(Js.object(item, "discount")), fields(Js.object(item, "value")),
                scope == null ? null : new JsFields(scope), Ui.parseTime(Js.string(item, "expiresAt")));
    }

    private static JsFields fields(JSObject o) {
        return o == null ? null : new JsFields(o);
    }
}
