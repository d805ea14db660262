package com.alismart.ext.popup;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.coupons.Coupon;
import com.alismart.ext.coupons.Durations;
import com.alismart.ext.core.Messages;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Coupons tab: today's coupons from the worker (which keeps them for offline use), each with its discount,
 * minimum spend, scope and a countdown to its end, and its code copied in one click. Rendered through DOM APIs with
 * every field's type checked; expired coupons are not shown.
 */
final class CouponsView {
    private static final double SOON_MILLIS = 24 * 3600 * 1000;

    private final HTMLDocument document;
    private final HTMLElement list;
    private final HTMLElement message;
    private final HTMLElement updated;
    private final HTMLElement filter;
    private final List<Coupon> coupons = new ArrayList<>();
    private boolean offline;

    CouponsView(HTMLDocument document) {
        this.document = document;
        list = document.getElementById("coupons-list");
        message = document.getElementById("coupons-message");
        updated = document.getElementById("coupons-updated");
        filter = document.getElementById("coupons-filter");
        filter.addEventListener("change", e -> render());
    }

    /** Asks the worker for the coupons (it refreshes a stale list) and shows them. */
    void show() {
        list.setAttribute("data-state", "loading");
        say(Ext.message("coupons_loading"));
        JSObject request = Js.object();
        Js.put(request, "type", Messages.COUPONS_GET);
        Ext.sendMessage(request).then(answer -> {
            if (Js.isTrue(answer, "ok")) {
                read(answer);
            } else {
                coupons.clear();
                offline = true;
            }
            render();
            return null;
        }, failure -> {
            coupons.clear();
            offline = true;
            render();
            return null;
        });
    }

    private void read(JSObject answer) {
        coupons.clear();
        offline = Js.isTrue(answer, "offline");
        JSObject items = Js.object(answer, "items");
        int n = Js.length(items);
        for (int i = 0; i < n; i++) {
            JSObject item = Js.at(items, i);
            JSObject scope = Js.object(item, "scope");
            Coupon c = Coupon.from(new JsFields(item), fields(Js.object(item, "discount")),
                    fields(Js.object(item, "value")), scope == null ? null : new JsFields(scope),
                    parseTime(Js.string(item, "expiresAt")));
            if (c != null) {
                coupons.add(c);
            }
        }
        double fetchedAt = Js.number(answer, "fetchedAt");
        if (fetchedAt > 0) {
            int hours = Durations.hoursSince(fetchedAt, Js.now());
            int minutes = Durations.minutesSince(fetchedAt, Js.now());
            updated.setTextContent(hours > 0 ? Ext.message("coupons_updatedHours", String.valueOf(hours))
                    : minutes > 0 ? Ext.message("coupons_updatedMinutes", String.valueOf(minutes))
                    : Ext.message("coupons_updatedNow"));
        } else {
            updated.setTextContent("");
        }
    }

    private static JsFields fields(JSObject o) {
        return o == null ? null : new JsFields(o);
    }

    private void render() {
        Dom.clear(list);
        String wanted = Dom.value(filter);
        double now = Js.now();
        int shown = 0;
        for (Coupon c : coupons) {
            if (c.expiresAt() <= now || !wanted.isEmpty() && !wanted.equals(c.scope())) {
                continue;
            }
            list.appendChild(row(c, now));
            shown++;
        }
        if (shown > 0) {
            list.setAttribute("data-state", "items");
            if (offline) {
                say(Ext.message("coupons_offline"));
            } else {
                message.setAttribute("hidden", "");
            }
        } else {
            list.setAttribute("data-state", "empty");
            say(offline && coupons.isEmpty() ? Ext.message("coupons_offline")
                    : wanted.isEmpty() ? Ext.message("coupons_empty") : Ext.message("coupons_emptyFilter"));
        }
    }

    private HTMLElement row(Coupon c, double now) {
        HTMLElement li = document.createElement("li");
        li.setAttribute("class", "coupon");
        li.setAttribute("data-code", c.code());
        li.setAttribute("data-scope", c.scope());
        String money = c.isPercent() ? null : Dom.formatMoney(c.amountOff(), c.currency());
        li.appendChild(text("div", "coupon-off", c.isPercent()
                ? Ext.message("coupon_percentOff", Js.numberString(c.percentOff()))
                        + (c.maxOff() > 0 ? " · " + Ext.message("coupon_upTo", Dom.formatMoney(c.maxOff(),
                                c.currency())) : "")
                : Ext.message("coupon_amountOff", money)));
        HTMLElement code = document.createElement("div");
        code.setAttribute("class", "coupon-code");
        code.appendChild(text("code", null, c.code()));
        HTMLElement copy = document.createElement("button");
        copy.setAttribute("type", "button");
        copy.setTextContent(Ext.message("coupon_copy"));
        copy.addEventListener("click", e -> copyCode(c.code(), copy));
        code.appendChild(copy);
        li.appendChild(code);
        String scope = Coupon.CATEGORY.equals(c.scope()) && c.category() != null
                ? Ext.message("couponScope_category", c.category()) : Ext.message("couponScope_" + c.scope());
        li.appendChild(text("div", "coupon-terms", (c.minSpend() > 0
                ? Ext.message("coupon_minSpend", Dom.formatMoney(c.minSpend(), c.currency()))
                : Ext.message("coupon_noMinimum")) + " · " + scope));
        double left = c.expiresAt() - now;
        int[] parts = Durations.split(left);
        String unit = Durations.firstUnit(left);
        HTMLElement ends = text("div", "coupon-ends", unit.equals("d")
                ? Ext.message("coupon_endsDays", String.valueOf(parts[0]), String.valueOf(parts[1]))
                : unit.equals("h") ? Ext.message("coupon_endsHours", String.valueOf(parts[0]),
                        String.valueOf(parts[1]))
                : Ext.message("coupon_endsMinutes", String.valueOf(parts[1])));
        if (left < SOON_MILLIS) {
            ends.setAttribute("data-soon", "");
        }
        li.appendChild(ends);
        if (c.title() != null) {
            li.appendChild(text("div", "coupon-title", c.title()));
        }
        return li;
    }

    private HTMLElement text(String tag, String className, String content) {
        HTMLElement e = document.createElement(tag);
        if (className != null) {
            e.setAttribute("class", className);
        }
        e.setTextContent(content);
        return e;
    }

    private void copyCode(String code, HTMLElement button) {
        copy(code).then(ok -> {
            boolean done = Js.isTrue(ok, "ok");
            button.setTextContent(Ext.message(done ? "coupon_copied" : "coupon_copyFailed"));
            if (done) {
                button.setAttribute("data-copied", "");
            }
            Window.setTimeout(() -> {
                button.removeAttribute("data-copied");
                button.setTextContent(Ext.message("coupon_copy"));
            }, 2000);
            return null;
        });
    }

    /** Resolves to {ok}: the clipboard API, else the older copy command on a hidden field. */
    @JSBody(params = "code", script = ""
            + "function fallback() { try { var field = document.createElement('textarea'); field.value = code;"
            + "  field.setAttribute('readonly', ''); field.style.position = 'fixed'; field.style.opacity = '0';"
            + "  document.body.appendChild(field); field.select(); var copied = document.execCommand('copy');"
            + "  field.remove(); return {ok: copied}; } catch (failure) { return {ok: false}; } }"
            + "if (navigator.clipboard && navigator.clipboard.writeText) {"
            + "  return navigator.clipboard.writeText(code).then(function () { return {ok: true}; }, fallback); }"
            + "return Promise.resolve(fallback());")
    private static native JSPromise<JSObject> copy(String code);

    /** An ISO 8601 instant in epoch milliseconds, or NaN. */
    @JSBody(params = "iso", script = "var time = Date.parse(iso || ''); return isNaN(time) ? NaN : time;")
    private static native double parseTime(String iso);

    private void say(String text) {
        message.setTextContent(text);
        message.removeAttribute("hidden");
    }
}
