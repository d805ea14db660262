package com.alismart.ext.background;

import com.alismart.ext.affiliate.Attribution;
import com.alismart.ext.affiliate.Credit;
import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Tabs;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Affiliate links, by the rules of {@link Attribution}: applied only when the shopper opens a product from
 * something we showed them, only with the setting on, never over another creator's recent click (then we stand
 * down for the rest of the browser session), never on other shops, never by writing a cookie. The {@code aeu_cid}
 * cookie is read here and only here, and its value goes nowhere: not to our server, not to analytics, not to
 * storage. What we keep for the session ({@code chrome.storage.session}, memory only) is whether we stand down and
 * the keys of links we opened ourselves.
 */
final class Affiliate {
    private static final String SESSION_KEY = "affiliate";
    private static final String SHORT_LINK = "https://s.click.aliexpress.com/";
    private static final int TIMEOUT_MILLIS = 4000;
    private static final int PAGE_TIMEOUT_MILLIS = 1500;
    private static final int MAX_KEYS = 50;

    private Affiliate() {
    }

    /** Who holds the credit now, standing down for the session when it is another creator. */
    static Credit credit() {
        JSObject session = session();
        String value = Js.string(cookieValue().await(), "value");
        Credit credit = Attribution.credit(value, Js.strings(session, "ourKeys"), Js.now());
        if (Attribution.standsDown(Js.isTrue(session, "standDown"), credit) && !Js.isTrue(session, "standDown")) {
            Js.put(session, "standDown", true);
            saveSession(session);
        }
        return credit;
    }

    /** For the panel: who gets credit, and whether a product link clicked now would go through ours. */
    static JSObject status() {
        Credit credit = credit();
        boolean standingDown = Js.isTrue(session(), "standDown");
        boolean enabled = Setup.settings().affiliateLinks();
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "credit", credit.key());
        Js.put(answer, "affiliateLinks", enabled);
        Js.put(answer, "standingDown", standingDown);
        Js.put(answer, "linking", Attribution.mayApplyLink(enabled, true, standingDown, credit));
        return answer;
    }

    /**
     * The shopper opens an AliExpress product from our search, image search, coupons or watch list: open it in a
     * new tab, through our affiliate link when the rules allow, else as the plain product URL.
     */
    static JSObject open(String url) {
        ProductRef product = ShopUrls.product(url);
        if (product == null || product.shop() != Shop.ALIEXPRESS) {
            return Dispatcher.error("bad_field", "only AliExpress product pages are opened this way");
        }
        Link link = link(product, TIMEOUT_MILLIS);
        JSObject props = Js.object();
        Js.put(props, "url", link.applied ? link.target : clean(product));
        Ext.chrome().getTabs().create(props);
        return answer(link);
    }

    /**
     * The shopper clicked a product link on an AliExpress page while our panel showed a benefit: open it where the
     * page would have (this tab, or a new one beside it), through our affiliate link when the rules allow, else as
     * the page's own link, unchanged. The wait is short: the shopper is watching the click.
     */
    static JSObject openFromPage(Messages.PageLink clicked, Tabs.Tab tab) {
        ProductRef product = ShopUrls.product(clicked.url());
        // A link that already carries an affiliate's attribution is somebody's: followed as it is.
        Link link = Attribution.linkCarriesAttribution(clicked.url()) ? new Link(null, false, Credit.OTHER)
                : link(product, PAGE_TIMEOUT_MILLIS);
        JSObject props = Js.object();
        Js.put(props, "url", link.applied ? link.target : clicked.url());
        if (clicked.newTab()) {
            Js.put(props, "openerTabId", tab.getId());
            Js.put(props, "index", tab.getIndex() + 1);
            Ext.chrome().getTabs().create(props);
        } else {
            Ext.chrome().getTabs().update(tab.getId(), props);
        }
        return answer(link);
    }

    private static final class Link {
        final String target;
        final boolean applied;
        final Credit credit;

        Link(String target, boolean applied, Credit credit) {
            this.target = target;
            this.applied = applied;
            this.credit = credit;
        }
    }

    private static String clean(ProductRef product) {
        return "https://www.aliexpress.com/item/" + product.id() + ".html";
    }

    /** Our affiliate link to {@code product} when the rules allow it now and the server gives one in time. */
    private static Link link(ProductRef product, int timeoutMillis) {
        Settings settings = Setup.settings();
        Credit credit = settings.affiliateLinks() ? credit() : Credit.NOBODY;
        if (Attribution.mayApplyLink(settings.affiliateLinks(), true, Js.isTrue(session(), "standDown"), credit)) {
            JSObject answer = links(settings.serverUrl() + "/api/v1/links", clean(product), timeoutMillis).await();
            JSObject first = Js.at(Js.object(answer, "items"), 0);
            String link = Js.string(first, "link");
            if (Js.isTrue(first, "affiliate") && link != null && link.startsWith(SHORT_LINK)) {
                remember(link);
                return new Link(link, true, credit);
            }
        }
        return new Link(null, false, credit);
    }

    private static JSObject answer(Link link) {
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "affiliate", link.applied);
        Js.put(answer, "credit", link.credit.key());
        return answer;
    }

    /** The key of a short link of ours ("…/e/_dKey" gives "_dKey"), kept so its click reads as ours. */
    private static void remember(String link) {
        String rest = link.substring(SHORT_LINK.length());
        if (!rest.startsWith("e/")) {
            return;
        }
        String key = rest.substring(2);
        int end = key.indexOf('?');
        key = end >= 0 ? key.substring(0, end) : key;
        if (key.isEmpty() || key.length() > 64) {
            return;
        }
        JSObject session = session();
        String[] keys = Js.strings(session, "ourKeys");
        int n = keys == null ? 0 : Math.min(keys.length, MAX_KEYS - 1);
        String[] next = new String[n + 1];
        for (int i = 0; i < n; i++) {
            next[i] = keys[keys.length - n + i];
        }
        next[n] = key;
        Js.putStrings(session, "ourKeys", next);
        saveSession(session);
    }

    private static JSObject session() {
        JSObject got = Ext.chrome().getStorage().getSession().get(keys()).await();
        JSObject session = Js.object(got, SESSION_KEY);
        return session == null ? Js.object() : session;
    }

    private static void saveSession(JSObject session) {
        JSObject update = Js.object();
        Js.put(update, SESSION_KEY, session);
        Ext.chrome().getStorage().getSession().set(update).await();
    }

    @JSBody(script = "return ['" + SESSION_KEY + "'];")
    private static native org.teavm.jso.core.JSArrayReader<org.teavm.jso.core.JSString> keys();

    /** Resolves to {value}: the aeu_cid value on AliExpress, if any; read only, never passed on. */
    @JSBody(script = "return chrome.cookies.get({url: 'https://www.aliexpress.com/', name: 'aeu_cid'})"
            + ".then(function (cookie) { return cookie ? {value: String(cookie.value)} : {}; },"
            + " function () { return {}; });")
    private static native JSPromise<JSObject> cookieValue();

    /** Resolves to the server's answer to POST /links for one URL, or to {} when it cannot be had. */
    @JSBody(params = {"endpoint", "url", "timeoutMillis"}, script = ""
            + "return fetch(endpoint, {method: 'POST', credentials: 'omit', cache: 'no-store',"
            + "  headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},"
            + "  body: JSON.stringify({urls: [url]}), signal: AbortSignal.timeout(timeoutMillis)})"
            + ".then(function (response) { return response.ok ? response.json() : {}; })"
            + ".catch(function () { return {}; });")
    private static native JSPromise<JSObject> links(String endpoint, String url, int timeoutMillis);
}
