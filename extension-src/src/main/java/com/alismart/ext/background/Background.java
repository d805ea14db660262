package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import org.teavm.jso.JSObject;

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
    }

    private static boolean onMessage(JSObject message, Runtime.MessageSender sender, Runtime.SendResponse respond) {
        new Thread(() -> respond.send(Dispatcher.handle(message, sender))).start();
        return true; // we answer asynchronously
    }

    private static void onInstalled(Runtime.InstalledDetails details) {
        new Thread(Setup::ready).start();
    }

    private static void onStartup() {
        new Thread(Setup::ready).start();
    }
}
