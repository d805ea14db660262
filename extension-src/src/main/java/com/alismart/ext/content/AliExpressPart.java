package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Observation;
import com.alismart.ext.core.PriceChart;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The panel on an AliExpress product page: the price history (the server's days and the prices the shopper saw),
 * "watch this price" with a target, the coupons that apply to the page's price, who gets affiliate credit now, and
 * "find similar" for the main photo. Each part asks the worker on its own and fills in when the answer comes.
 */
final class AliExpressPart {
    static final int CHART_WIDTH = 274;
    static final int CHART_HEIGHT = 80;
    private static final int CHART_PAD = 4;

    private final HTMLDocument document;
    private final Panel.Product product;
    private final JSObject seen;

    AliExpressPart(HTMLDocument document, Panel.Product product, JSObject seen) {
        this.document = document;
        this.product = product;
        this.seen = seen;
    }

    void fill(HTMLElement body) {
        HTMLElement chart = Ui.el(document, "div", "history", null);
        chart.appendChild(Ui.el(document, "p", "muted", Ext.message("panel_historyLoading")));
        body.appendChild(chart);
        body.appendChild(watch());
        HTMLElement coupons = Ui.el(document, "div", "coupons", null);
        body.appendChild(coupons);
        HTMLElement credit = Ui.el(document, "p", "credit muted", null);
        body.appendChild(credit);
        if (product.page.imageUrl() != null) {
            body.appendChild(Ui.button(document, "similar", Ext.message("panel_findSimilar"), this::findSimilar));
        }
        loadHistory(chart);
        loadCoupons(coupons);
        loadCredit(credit);
    }

    /** The worker's answers the panel will need, asked for at once, beside page.product rather than after it. */
    static final class Asked {
        final JSPromise<JSObject> history;
        final JSPromise<JSObject> coupons;
        final JSPromise<JSObject> credit;

        private Asked(JSPromise<JSObject> history, JSPromise<JSObject> coupons, JSPromise<JSObject> credit) {
            this.history = history;
            this.coupons = coupons;
            this.credit = credit;
        }
    }

    /** Asks the worker for the history, the coupons (when the page shows a price) and the affiliate credit. */
    static Asked ask(Panel.Product product) {
        JSObject history = Js.object();
        Js.put(history, "type", Messages.PRODUCT_HISTORY);
        Js.put(history, "id", product.ref.id());
        if (product.hasPrice() && product.page.currency() != null) {
            Js.put(history, "currency", product.page.currency());
        }
        JSPromise<JSObject> coupons = null;
        if (product.hasPrice() && product.page.currency() != null) {
            // Which coupons apply depends on the price.
            JSObject message = Js.object();
            Js.put(message, "type", Messages.COUPONS_GET);
            coupons = quiet(Ext.sendMessage(message));
        }
        JSObject credit = Js.object();
        Js.put(credit, "type", Messages.AFFILIATE_STATUS);
        return new Asked(quiet(Ext.sendMessage(history)), coupons, quiet(Ext.sendMessage(credit)));
    }

    /** The promise, or one of an empty answer when it fails: a rejection must not surface as unhandled. */
    private static JSPromise<JSObject> quiet(JSPromise<JSObject> asked) {
        return asked.catchError(reason -> Js.object());
    }

    private void loadHistory(HTMLElement into) {
        product.asked.history.then(answer -> {
            try {
                drawHistory(into, answer);
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private void drawHistory(HTMLElement into, JSObject answer) {
        Ui.clear(into);
        JSObject result = Js.object(answer, "result");
        String currency = Js.string(result, "currency");
        List<Observation> points = new ArrayList<>();
        JSObject days = Js.object(result, "history");
        for (int i = 0; i < Js.length(days); i++) {
            JSObject day = Js.at(days, i);
            add(points, Ui.parseTime(Js.string(day, "date")), Js.number(day, "price"));
        }
        double now = Js.now();
        JSObject today = Js.object(Js.object(result, "product"), "price");
        add(points, now, Js.number(today, "amount"));
        // The prices the shopper saw here, when they are in the chart's currency.
        String pageCurrency = product.page.currency();
        if (currency != null && currency.equals(pageCurrency)) {
            JSObject own = Js.object(seen, "seen");
            for (int i = 0; i < Js.length(own); i++) {
                add(points, Js.number(Js.at(own, i), "t"), Js.number(Js.at(own, i), "p"));
            }
        }
        sortByTime(points);
        PriceChart chart = PriceChart.of(points, now, CHART_WIDTH, CHART_HEIGHT, CHART_PAD);
        if (!Js.isTrue(answer, "ok") || chart.isEmpty() || currency == null) {
            into.appendChild(Ui.el(document, "p", "muted", Ext.message("panel_historyUnavailable")));
            return;
        }
        into.appendChild(Ui.el(document, "p", "muted", Ext.message("panel_history")));
        PageLinks.benefitShown(product.ref.id());
        HTMLElement svg = Dom.polyline(document, points(chart), CHART_WIDTH, CHART_HEIGHT, "chart");
        into.appendChild(svg);
        HTMLElement range = Ui.el(document, "div", "range", null);
        range.appendChild(Ui.el(document, "span", "low",
                Ext.message("panel_low", Dom.formatMoney(chart.low(), currency))));
        range.appendChild(Ui.el(document, "span", "high",
                Ext.message("panel_high", Dom.formatMoney(chart.high(), currency))));
        into.appendChild(range);
    }

    /**
     * The chart's SVG points, as {@link PriceChart#svgPoints} gives them but with the browser's number formatting:
     * its rounding through {@code long} would bring TeaVM's 64-bit emulation into this script.
     */
    private static String points(PriceChart chart) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chart.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(Js.numberString(Math.floor(chart.x(i) * 10 + 0.5) / 10)).append(',')
                    .append(Js.numberString(Math.floor(chart.y(i) * 10 + 0.5) / 10));
        }
        return out.toString();
    }

    private static void add(List<Observation> points, double time, double price) {
        if (!Double.isNaN(time) && price >= 0) {
            points.add(new Observation(time, price));
        }
    }

    private static void sortByTime(List<Observation> points) {
        for (int i = 1; i < points.size(); i++) {
            for (int j = i; j > 0 && points.get(j - 1).time() > points.get(j).time(); j--) {
                Observation t = points.get(j);
                points.set(j, points.get(j - 1));
                points.set(j - 1, t);
            }
        }
    }

    private HTMLElement watch() {
        HTMLElement box = Ui.el(document, "div", "watch", null);
        HTMLElement target = Ui.el(document, "input", "target", null);
        target.setAttribute("inputmode", "decimal");
        target.setAttribute("aria-label", Ext.message("panel_target"));
        target.setAttribute("placeholder", Ext.message("panel_target"));
        double current = Js.number(seen, "targetPrice");
        if (!Double.isNaN(current)) {
            Dom.setValue(target, Js.numberString(current));
        }
        boolean watched = Js.isTrue(seen, "watched");
        HTMLElement status = Ui.el(document, "p", "watch-status muted", watched ? watchedText() : null);
        HTMLElement button = Ui.el(document, "button", "watch-button", null);
        button.setAttribute("type", "button");
        button.setTextContent(Ext.message(watched ? "panel_setTarget" : "panel_watch"));
        Ui.on(button, "click", () -> save(target, button, status));
        box.appendChild(target);
        box.appendChild(button);
        HTMLElement wrap = Ui.el(document, "div", null, null);
        wrap.appendChild(box);
        wrap.appendChild(status);
        return wrap;
    }

    private String watchedText() {
        double count = Js.number(seen, "observations");
        String text = Ext.message("panel_watched");
        return Double.isNaN(count) ? text : text + " \u00b7 " + (int) count + " " + Ext.message("panel_pricesSeen");
    }

    /** Watches the product (with the target, if one is typed), or changes the target of a watched one. */
    private void save(HTMLElement input, HTMLElement button, HTMLElement status) {
        String typed = Dom.value(input).trim();
        double target = typed.isEmpty() ? Double.NaN : Watching.parseTyped(typed);
        if (!typed.isEmpty() && Double.isNaN(target)) {
            status.setClassName("watch-status error");
            status.setTextContent(Ext.message("panel_badTarget"));
            return;
        }
        JSObject message;
        if (Js.isTrue(seen, "watched")) {
            message = Js.object();
            Js.put(message, "type", Messages.WATCH_TARGET);
            Js.put(message, "key", product.ref.key());
        } else {
            message = product.fields(Messages.WATCH_ADD);
        }
        if (!Double.isNaN(target)) {
            Js.put(message, "targetPrice", target);
        }
        Ext.sendMessage(message).then(answer -> {
            try {
                if (Js.isTrue(answer, "ok")) {
                    Js.put(seen, "watched", true);
                    button.setTextContent(Ext.message("panel_setTarget"));
                    status.setClassName("watch-status muted");
                    status.setTextContent(Double.isNaN(target) ? Ext.message("panel_watched")
                            : Ext.message("panel_watchedTarget", Dom.formatMoney(target, currencyOr("USD"))));
                } else {
                    status.setClassName("watch-status error");
                    status.setTextContent(Ext.message("panel_unavailable"));
                }
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private String currencyOr(String fallback) {
        return product.page.currency() != null ? product.page.currency() : fallback;
    }

    private void loadCoupons(HTMLElement into) {
        if (product.asked.coupons == null) {
            return;
        }
        product.asked.coupons.then(answer -> {
            try {
                drawCoupons(into, answer);
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private void drawCoupons(HTMLElement into, JSObject answer) {
        int shown = CouponList.draw(document, into, answer, product.page.price(), product.page.currency(),
                product.ref.id(), Ext.message("panel_coupons"), Ext.message("panel_noCoupons"));
        if (shown > 0) {
            PageLinks.benefitShown(product.ref.id());
        }
    }

    private void loadCredit(HTMLElement into) {
        PageLinks.showCredit(product.asked.credit, into);
    }

    /** Opens the Image Search results for the main photo, as the hover button does. */
    private void findSimilar() {
        String src = product.page.imageUrl();
        JSObject message = HoverButton.rectOf(src);
        if (!Js.isTrue(message, "ok")) {
            message = Js.object();
        }
        Js.delete(message, "ok");
        Js.put(message, "type", Messages.IMAGE_FIND);
        Js.put(message, "src", src);
        Ext.sendMessage(message).catchError(reason -> null);
    }
}
