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
        exposeForTests();
    }

    private static void onMenuClicked(ContextMenus.OnClickData info, Tabs.Tab tab) {
        String src = Js.string(info, "srcUrl");
        if (ImageSearch.MENU_ID.equals(Js.string(info, "menuItemId")) && src != null && WebUrl.parse(src) != null) {
            ImageSearch.open(src);
        }
    }

    private static void onAlarm(Alarms.Alarm alarm) {
        if (Watchlist.ALARM.equals(alarm.getName())) {
            new Thread(Watchlist::check).start();
        }
    }

    private static void onNotificationClicked(String notificationId) {
        new Thread(() -> Watchlist.open(notificationId)).start();
    }

    /**
     * The context menu cannot be clicked in a headless browser: the browser tests call the same function the
     * menu does, through {@code alismartFindSimilar} in the worker's scope. It only opens our own results page.
     */
    private static void exposeForTests() {
        expose(src -> {
            if (src != null && WebUrl.parse(src) != null) {
                ImageSearch.open(src);
            }
        });
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
    interface SrcHandler extends JSObject {
        void handle(String src);
    }

    @JSBody(params = "f", script = "self.alismartFindSimilar = f;")
    private static native void expose(SrcHandler f);

    private static boolean onMessage(JSObject message, Runtime.MessageSender sender, Runtime.SendResponse respond) {
        new Thread(() -> respond.send(Dispatcher.handle(message, sender))).start();
        return true; // we answer asynchronously
    }

    private static void onInstalled(Runtime.InstalledDetails details) {
        createMenus();
        new Thread(Background::prepare).start();
    }

    private static void prepare() {
        Setup.ready();
        Watchlist.schedule();
    }

    /** Menus persist across worker restarts; they are made on install and update only. */
    private static void createMenus() {
        ContextMenus menus = Ext.chrome().getContextMenus();
        menus.removeAll();
        JSObject item = Js.object();
        Js.put(item, "id", ImageSearch.MENU_ID);
        Js.put(item, "title", Ext.message("menu_findSimilar"));
        Js.putStrings(item, "contexts", new String[] {"image"});
        Js.putStrings(item, "documentUrlPatterns", ShopPatterns.PAGES);
        menus.create(item);
    }

    private static void onStartup() {
        new Thread(Background::prepare).start();
    }
}
