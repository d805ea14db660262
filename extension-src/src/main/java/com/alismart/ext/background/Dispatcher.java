package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import com.alismart.ext.core.BadMessage;
import com.alismart.ext.core.ImageRect;
import com.alismart.ext.core.Messages;
import com.alismart.ext.shop.ProductRef;
import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSObject;

/**
 * The one message dispatcher: validates the sender and the message, routes by type, and always answers, with
 * {@code {ok: true, ...}} or {@code {ok: false, error: {code, message}}} for the sender to rethrow.
 */
final class Dispatcher {
    private Dispatcher() {
    }

    static JSObject handle(JSObject message, Runtime.MessageSender sender) {
        try {
            if (Js.isMissing(sender) || !Ext.id().equals(Js.string(sender, "id"))) {
                throw new BadMessage("bad_sender", "messages are accepted from this extension only");
            }
            JsFields fields = new JsFields(message);
            String type = Messages.type(fields);
            Setup.ready();
            switch (type) {
                case Messages.PAGE_PRODUCT: {
                    Messages.ProductSeen seen = Messages.productSeen(fields);
                    requireContentScriptOn(sender, seen.product());
                    return ProductPages.seen(seen);
                }
                case Messages.SERVER_HEALTH:
                    requireExtensionPage(sender);
                    return Health.check();
                case Messages.SEARCH: {
                    requireExtensionPage(sender);
                    return Search.run(Messages.searchRequest(fields));
                }
                case Messages.IMAGE_SEARCH: {
                    requireExtensionPage(sender);
                    return ImageSearch.run(Messages.imageJob(fields));
                }
                case Messages.IMAGE_FIND: {
                    requireContentScript(sender);
                    String src = Messages.imageSource(fields);
                    // The panel's "Find similar" has no rectangle when the photo is out of view: the worker then
                    // asks the page for one only if it must photograph the screen.
                    ImageRect rect = Double.isNaN(fields.number("x")) && Double.isNaN(fields.number("width"))
                            ? null : ImageRect.from(fields);
                    if (!Setup.settings().hoverButton()) {
                        throw new BadMessage("turned_off", "the Find similar button is turned off");
                    }
                    ImageSearch.find(src, sender.getTab().getId(), (int) Js.number(sender, "frameId"), rect, false);
                    return ok();
                }
                case Messages.SETTINGS_UPDATE: {
                    if (!Messages.onlyPanelState(fields)) {
                        requireExtensionPage(sender);
                    } else if (!isExtensionPage(sender)) {
                        requireContentScript(sender);
                    }
                    Setup.save(Messages.settingsUpdate(fields, Setup.settings()));
                    return ok();
                }
                case Messages.WATCH_ADD: {
                    Messages.WatchRequest request = Messages.watchAdd(fields);
                    requireContentScriptOnOrExtensionPage(sender, request.product().product());
                    return Watchlist.add(request);
                }
                case Messages.WATCH_TARGET: {
                    ProductRef product = Messages.watchKey(fields);
                    requireContentScriptOnOrExtensionPage(sender, product);
                    return Watchlist.target(product, Messages.targetPrice(fields));
                }
                case Messages.WATCH_REMOVE:
                    requireExtensionPage(sender);
                    return Watchlist.remove(Messages.watchKey(fields));
                case Messages.WATCH_LIST:
                    requireExtensionPage(sender);
                    return Watchlist.list();
                case Messages.WATCH_CHECK:
                    requireExtensionPage(sender);
                    return Watchlist.check();
                case Messages.PRODUCT_OPEN:
                    // The panel's results open as the popup's do: the affiliate rules are applied in Affiliate.
                    if (!isExtensionPage(sender)) {
                        requireContentScript(sender);
                    }
                    return Affiliate.open(Messages.productUrl(fields));
                case Messages.FIND_ALIEXPRESS: {
                    ProductRef page = ShopUrls.product(pageUrl(sender));
                    requireContentScript(sender);
                    if (page == null || page.shop() == Shop.ALIEXPRESS) {
                        throw new BadMessage("bad_sender", "find on AliExpress is for other shops' product pages");
                    }
                    return CrossFind.run(Messages.findRequest(fields));
                }
                case Messages.PRODUCT_HISTORY: {
                    ProductRef product = Messages.historyProduct(fields);
                    requireContentScriptOn(sender, product);
                    return CrossFind.history(product, Messages.currency(fields));
                }
                case Messages.AFFILIATE_STATUS:
                    requireContentScriptOnAliExpress(sender);
                    return Affiliate.status();
                case Messages.PAGE_INJECT: {
                    requireContentScript(sender);
                    String url = pageUrl(sender);
                    if (ShopUrls.product(url) == null && !ShopUrls.isAliExpressCart(url)) {
                        throw new BadMessage("bad_sender", "the page script is for product and cart pages");
                    }
                    return ProductPages.inject(sender.getTab().getId(), (int) Js.number(sender, "frameId"));
                }
                case Messages.PAGE_CART: {
                    requireContentScript(sender);
                    if (!ShopUrls.isAliExpressCart(pageUrl(sender))) {
                        throw new BadMessage("bad_sender", "page.cart must come from an AliExpress cart's tab");
                    }
                    JSObject answer = ok();
                    Js.put(answer, "panelCollapsed", Setup.settings().panelCollapsed());
                    return answer;
                }
                case Messages.PAGE_LINK: {
                    Messages.PageLink link = Messages.pageLink(fields);
                    requireContentScriptOnAliExpress(sender);
                    return Affiliate.openFromPage(link, sender.getTab());
                }
                case Messages.COUPONS_GET:
                    if (!isExtensionPage(sender)) {
                        requireContentScript(sender);
                    }
                    return Coupons.get(fields.isTrue("refresh"));
                default:
                    throw new BadMessage("unknown_type", "unknown message type");
            }
        } catch (BadMessage e) {
            return error(e.code(), e.getMessage());
        } catch (Throwable e) {
            return error("internal", "the extension could not handle this request");
        }
    }

    /** A content script may speak only for the product its own tab shows. */
    private static void requireContentScriptOn(Runtime.MessageSender sender, ProductRef product) throws BadMessage {
        if (Js.isMissing(sender.getTab()) || !product.equals(ShopUrls.product(pageUrl(sender)))) {
            throw new BadMessage("bad_sender", "a product page message must come from that product's tab");
        }
    }

    /**
     * The URL the sending frame shows now. Chrome gives {@code sender.url} as the document was loaded, so after a
     * single-page shop's history.pushState it still names the first product; for the top frame the tab's URL
     * (ours to read on the shops' hosts) is the current one.
     */
    private static String pageUrl(Runtime.MessageSender sender) {
        String url = Js.string(sender, "url");
        if (Js.number(sender, "frameId") == 0 && !Js.isMissing(sender.getTab())) {
            String tabUrl = sender.getTab().getUrl();
            if (tabUrl != null && WebUrl.parse(tabUrl) != null) {
                return tabUrl;
            }
        }
        return url;
    }

    /** Only a content script on an AliExpress page (a product, a cart, any other) may ask this. */
    private static void requireContentScriptOnAliExpress(Runtime.MessageSender sender) throws BadMessage {
        requireContentScript(sender);
        if (ShopUrls.shopOf(pageUrl(sender)) != Shop.ALIEXPRESS) {
            throw new BadMessage("bad_sender", "this message is for AliExpress pages only");
        }
    }

    private static void requireContentScript(Runtime.MessageSender sender) throws BadMessage {
        if (Js.isMissing(sender.getTab()) || WebUrl.parse(Js.string(sender, "url")) == null) {
            throw new BadMessage("bad_sender", "this message must come from a content script on a web page");
        }
    }

    /** Our own pages may act on any product; a content script only on the product its tab shows. */
    private static void requireContentScriptOnOrExtensionPage(Runtime.MessageSender sender, ProductRef product)
            throws BadMessage {
        if (isExtensionPage(sender)) {
            return;
        }
        requireContentScriptOn(sender, product);
    }

    private static boolean isExtensionPage(Runtime.MessageSender sender) {
        String url = Js.string(sender, "url");
        return url != null && url.startsWith("chrome-extension://" + Ext.id() + "/");
    }

    private static void requireExtensionPage(Runtime.MessageSender sender) throws BadMessage {
        if (!isExtensionPage(sender)) {
            throw new BadMessage("bad_sender", "this message must come from an extension page");
        }
    }

    static JSObject ok() {
        JSObject o = Js.object();
        Js.put(o, "ok", true);
        return o;
    }

    static JSObject error(String code, String message) {
        JSObject error = Js.object();
        Js.put(error, "code", code);
        Js.put(error, "message", message);
        JSObject o = Js.object();
        Js.put(o, "ok", false);
        Js.put(o, "error", error);
        return o;
    }
}
