package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.recognize.Carts;
import com.alismart.ext.recognize.Money;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The panel on an AliExpress cart: the coupons that apply to the amount the cart shows, the nearest one not reached
 * yet, and who gets affiliate credit. AliExpress draws the cart in the browser and changes its amount as items are
 * ticked, so the amount is read again whenever the page changes ({@link Navigation}) and the list follows it.
 */
final class CartPart {
    /** Whether this page is a cart being followed. */
    private static boolean active;
    private static int generation;
    /** The amount and currency last drawn, or null before the first. */
    private static Money drawn;
    /** The worker's answers: asked once per cart page. */
    private static JSPromise<JSObject> coupons;
    private static JSObject couponsAnswer;
    private static HTMLElement amountLine;
    private static HTMLElement couponsBox;

    private CartPart() {
    }

    /** Leaves the cart (a navigation away): nothing more is drawn for it. */
    static void leave() {
        active = false;
        drawn = null;
        coupons = null;
        couponsAnswer = null;
        amountLine = null;
        couponsBox = null;
    }

    static boolean isShown() {
        return active;
    }

    /** The cart at {@code url} is shown; generation {@code current} of the page. */
    static void look(HTMLDocument document, String url, int current) {
        active = true;
        generation = current;
        update(document, url);
    }

    /** The page changed: reads the amount again, and shows (or corrects) the panel when it is new. */
    static void update(HTMLDocument document, String url) {
        if (!active || generation != PageMain.generation()) {
            return;
        }
        Money amount = Carts.amount(url, new DomPage(document));
        if (amount == null || (drawn != null && drawn.amount() == amount.amount()
                && drawn.currency().equals(amount.currency()))) {
            return; // not drawn yet, or the same amount
        }
        boolean first = drawn == null;
        drawn = amount;
        if (first) {
            show(document);
        } else if (amountLine != null) {
            redraw(document);
        }
    }

    private static void show(HTMLDocument document) {
        int expected = generation;
        JSObject cart = Js.object();
        Js.put(cart, "type", Messages.PAGE_CART);
        JSObject get = Js.object();
        Js.put(get, "type", Messages.COUPONS_GET);
        coupons = Ext.sendMessage(get).catchError(reason -> Js.object());
        JSObject status = Js.object();
        Js.put(status, "type", Messages.AFFILIATE_STATUS);
        JSPromise<JSObject> credit = Ext.sendMessage(status).catchError(reason -> Js.object());
        Ext.sendMessage(cart).then(answer -> {
            try {
                if (active && expected == generation && expected == PageMain.generation() && Js.isTrue(answer, "ok")) {
                    draw(document, Js.isTrue(answer, "panelCollapsed"), credit);
                }
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private static void draw(HTMLDocument document, boolean collapsed, JSPromise<JSObject> credit) {
        Panel.Frame frame = Panel.frame(document, PageLinks.CART, collapsed);
        amountLine = Ui.el(document, "p", "cart-amount", null);
        couponsBox = Ui.el(document, "div", "coupons", null);
        HTMLElement creditLine = Ui.el(document, "p", "credit muted", null);
        frame.body.appendChild(amountLine);
        frame.body.appendChild(couponsBox);
        frame.body.appendChild(creditLine);
        redraw(document);
        frame.attach(document, "cart");
        PageLinks.showCredit(credit, creditLine);
        int expected = generation;
        coupons.then(answer -> {
            try {
                if (active && expected == generation) {
                    couponsAnswer = answer;
                    redraw(document);
                }
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private static void redraw(HTMLDocument document) {
        String money = Dom.formatMoney(drawn.amount(), drawn.currency());
        amountLine.setTextContent(Ext.message("panel_cartAmount", money));
        amountLine.setAttribute("data-amount", Js.numberString(drawn.amount()));
        if (couponsAnswer == null) {
            return;
        }
        int shown = CouponList.draw(document, couponsBox, couponsAnswer, drawn.amount(), drawn.currency(), null,
                Ext.message("panel_cartCoupons"), Ext.message("panel_cartNoCoupons"));
        if (shown > 0) {
            PageLinks.benefitShown(PageLinks.CART);
        } else {
            PageLinks.benefitGone();
        }
    }
}
