package com.alismart.ext.background;

import com.alismart.ext.chrome.Alarms;
import com.alismart.ext.chrome.ContextMenus;
import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import com.alismart.ext.chrome.Tabs;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The service worker. Chrome may stop it whenever it is idle and start it again for the next event, so every
 * listener is registered here, synchronously, and nothing that matters lives in a Java static: state is in
 * {@code chrome.storage.local}.
 */
public final class Background {
    private Background() {
    }

    public static void main(String[] args) {
        Runtime runtime = Ext.chrome().getRuntime();
        runtime.getOnMessage().addListener(Background::onMessage);
        runtime.getOnInstalled().addListener(Background::onInstalled);
        runtime.getOnStartup().addListener(Background::onStartup);
        Ext.chrome().getContextMenus().getOnClicked().addListener(Background::onMenuClicked);
        Ext.chrome().getAlarms().getOnAlarm().addListener(Background::onAlarm);
        Ext.chrome().getNotifications().getOnClicked().addListener(Background::onNotificationClicked);
        Ext.chrome().getPermissions().getOnAdded().addListener(Background::onPermissionsAdded);
        Ext.chrome().getPermissions().getOnRemoved().addListener(Background::onPermissionsRemoved);
        exposeForTests();
    }

    private static void onMenuClicked(ContextMenus.OnClickData info, Tabs.Tab tab) {
        String src = Js.string(info, "srcUrl");
        if (ImageSearch.MENU_ID.equals(Js.string(info, "menuItemId")) && src != null && WebUrl.parse(src) != null) {
            int tabId = Js.isMissing(tab) ? -1 : tab.getId();
            int frameId = (int) Js.number(info, "frameId");
            findSimilar(src, tabId, frameId);
        }
    }

    private static void onAlarm(Alarms.Alarm alarm) {
        if (Watchlist.ALARM.equals(alarm.getName())) {
            new Thread(Watchlist::check).start();
        } else if (Coupons.ALARM.equals(alarm.getName())) {
            new Thread(Coupons::sync).start();
        }
    }

    private static void onNotificationClicked(String notificationId) {
        new Thread(() -> Watchlist.open(notificationId)).start();
    }

    private static void findSimilar(String src, int tabId, int frameId) {
        new Thread(() -> ImageSearch.find(src, tabId, frameId, null, true)).start();
    }

    private static void onPermissionsAdded(JSObject permissions) {
        Menus.permissionsChanged(true, permissions).catchError(Background::ignore);
    }

    private static void onPermissionsRemoved(JSObject permissions) {
        Menus.permissionsChanged(false, permissions).catchError(Background::ignore);
    }

    /** A menu update fails only while the menu is not made yet; onInstalled makes it with the new permissions. */
    private static JSObject ignore(Object reason) {
        return null;
    }

    /**
     * Headless browsers can neither click a context menu nor answer a permission prompt: the browser tests call the
     * same functions the menu's and the permission events' listeners call, through {@code alismartFindSimilar} and
     * {@code alismartPermissionsChanged} in the worker's scope. They only open our own results page or change
     * where our menu shows.
     */
    private static void exposeForTests() {
        expose((src, tabId, frameId) -> {
            if (src != null && WebUrl.parse(src) != null) {
                findSimilar(src, tabId, frameId);
            }
        }, Menus::permissionsChanged);
        // The daily alarm's handler, for the same reason: tests cannot wait a day.
        exposeCheck(() -> JSPromise.callAsync(Watchlist::check));
    }

    @org.teavm.jso.JSFunctor
    interface CheckHandler extends JSObject {
        JSPromise<JSObject> check();
    }

    @JSBody(params = "f", script = "self.alismartCheckPrices = f;")
    private static native void exposeCheck(CheckHandler f);

    @org.teavm.jso.JSFunctor
    interface FindHandler extends JSObject {
        void handle(String src, int tabId, int frameId);
    }

    @org.teavm.jso.JSFunctor
    interface PermissionsHandler extends JSObject {
        JSPromise<JSObject> handle(boolean added, JSObject permissions);
    }

    @JSBody(params = {"find", "permissions"}, script = ""
            + "self.alismartFindSimilar = function (src, tabId, frameId) {"
            + "  find(String(src), typeof tabId === 'number' ? tabId : -1, typeof frameId === 'number' ? frameId : 0);"
            + "};"
            + "self.alismartPermissionsChanged = function (added, changed) {"
            + "  return permissions(added === true, changed); };")
    private static native void expose(FindHandler find, PermissionsHandler permissions);

    private static boolean onMessage(JSObject message, Runtime.MessageSender sender, Runtime.SendResponse respond) {
        new Thread(() -> respond.send(Dispatcher.handle(message, sender))).start();
        return true; // we answer asynchronously
    }

    private static void onInstalled(Runtime.InstalledDetails details) {
        new Thread(() -> {
            Menus.create();
            prepare();
        }).start();
    }

    /** On install, update and browser start: storage brought up to date, alarms set, coupons fetched. */
    private static void prepare() {
        Setup.ready();
        Watchlist.schedule();
        Coupons.schedule();
        Coupons.sync();
    }

    private static void onStartup() {
        new Thread(Background::prepare).start();
    }
}
