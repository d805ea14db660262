package com.alismart.ext.content;

import com.alismart.ext.affiliate.Attribution;
import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Affiliate credit on AliExpress pages. The panel says who gets it now; and a product link the shopper clicks on the
 * page goes through our affiliate link only while the panel shows them a benefit (a coupon that applies, the price
 * history) and the worker says the rules allow it (the setting on, nobody else's recent click, not standing down).
 * Only the shopper's own plain click counts: a script's click, a modified or middle click, a link the page handles
 * itself, a download, or a link into a frame is left alone. Page links are never rewritten; the worker opens the
 * clicked one where the page would have, and when it cannot answer, the page's own link is followed.
 */
final class PageLinks {
    /** Whether a product link clicked now goes through ours: the worker's affiliate.status answer for this page. */
    private static boolean linking;
    /** The product id (or {@link #CART}) whose panel shows a benefit now, or null. */
    private static String benefit;
    /** The product id of the page, which its own links (a colour, a size) do not leave; null on a cart. */
    private static String pageProduct;
    private static boolean installed;
    static final String CART = "cart";

    private PageLinks() {
    }

    /** A new page: nothing shown yet, nothing armed. */
    static void reset(String productId) {
        linking = false;
        benefit = null;
        pageProduct = productId;
    }

    /** The panel for {@code about} (a product id, or {@link #CART}) shows the shopper a coupon or the history. */
    static void benefitShown(String about) {
        if (about.equals(pageProduct) || (pageProduct == null && CART.equals(about))) {
            benefit = about;
            install();
        }
    }

    /** The benefit is gone (a cart's amount fell below every coupon's minimum): clicks are the page's again. */
    static void benefitGone() {
        benefit = null;
    }

    /** Fills the credit line from the worker's affiliate.status answer, and notes whether links would be ours. */
    static void showCredit(JSPromise<JSObject> asked, HTMLElement into) {
        String expected = pageProduct;
        asked.then(answer -> {
            try {
                if (Js.isTrue(answer, "ok")) {
                    String credit = Js.string(answer, "credit");
                    boolean ours = Js.isTrue(answer, "linking");
                    into.setAttribute("data-credit", String.valueOf(credit));
                    into.setTextContent("alismart".equals(credit) ? Ext.message("panel_creditOurs")
                            : "other".equals(credit) ? Ext.message("panel_creditOther")
                            : Ext.message(ours ? "panel_creditNobodyLinking" : "panel_creditNobody"));
                    if (same(expected, pageProduct)) {
                        linking = ours;
                    }
                }
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        }, failure -> null);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void install() {
        if (!installed) {
            installed = true;
            listenForClicks(PageLinks::clicked);
        }
    }

    /**
     * The shopper's plain click on a link, after the page's own handlers ran; returns true when we take it over
     * (the caller then prevents the default).
     */
    private static boolean clicked(String href, boolean newTab) {
        if (!linking || benefit == null || href == null || !href.startsWith("https://")) {
            return false;
        }
        ProductRef product = ShopUrls.product(href);
        if (product == null || product.shop() != Shop.ALIEXPRESS || product.id().equals(pageProduct)
                || Attribution.linkCarriesAttribution(href)) {
            return false;
        }
        JSObject message = Js.object();
        Js.put(message, "type", Messages.PAGE_LINK);
        Js.put(message, "url", href);
        Js.put(message, "newTab", newTab);
        Ext.sendMessage(message).then(answer -> {
            if (!Js.isTrue(answer, "ok")) {
                follow(href, newTab);
            }
            return null;
        }, failure -> {
            // The worker did not answer: the shopper still gets where they clicked.
            follow(href, newTab);
            return null;
        });
        return true;
    }

    @org.teavm.jso.JSFunctor
    interface Clicked extends JSObject {
        boolean take(String href, boolean newTab);
    }

    // In the bubble phase on window: the page's handlers have run, and a click they took (defaultPrevented) is theirs.
    @JSBody(params = "clicked", script = "window.addEventListener('click', function (event) {"
            + " try {"
            + "  if (!event.isTrusted || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey"
            + "   || event.shiftKey || event.altKey) { return; }"
            + "  var path = event.composedPath ? event.composedPath() : [], link = null;"
            + "  for (var i = 0; i < path.length && i < 32; i++) {"
            + "   var e = path[i]; if (e && e.tagName === 'A' && e.href) { link = e; break; } }"
            + "  if (!link || link.hasAttribute('download')) { return; }"
            + "  var target = (link.getAttribute('target') || '').toLowerCase();"
            + "  if (target !== '' && target !== '_self' && target !== '_blank' && target !== '_top') { return; }"
            + "  if (clicked(String(link.href), target === '_blank')) { event.preventDefault(); }"
            + " } catch (failure) { /* never into the page */ } });")
    private static native void listenForClicks(Clicked clicked);

    @JSBody(params = {"href", "newTab"}, script = "try { if (newTab) { window.open(href, '_blank', 'noopener'); }"
            + " else { location.assign(href); } } catch (failure) { /* never into the page */ }")
    private static native void follow(String href, boolean newTab);
}
