package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** {@code chrome.runtime}. */
public interface Runtime extends JSObject {
    @JSProperty
    String getId();

    String getURL(String path);

    JSObject getManifest();

    JSPromise<JSObject> sendMessage(JSObject message);

    @JSProperty
    OnMessage getOnMessage();

    @JSProperty
    OnInstalled getOnInstalled();

    @JSProperty
    OnStartup getOnStartup();

    interface OnMessage extends JSObject {
        void addListener(MessageListener listener);
    }

    /** Return {@code true} to answer later through {@code sendResponse}. */
    @JSFunctor
    interface MessageListener extends JSObject {
        boolean onMessage(JSObject message, MessageSender sender, SendResponse sendResponse);
    }

    @JSFunctor
    interface SendResponse extends JSObject {
        void send(JSObject response);
    }

    interface MessageSender extends JSObject {
        @JSProperty
        String getId();

        /** Present when the message comes from a content script. */
        @JSProperty
        Tabs.Tab getTab();

        @JSProperty
        String getUrl();

        @JSProperty
        String getOrigin();
    }

    interface OnInstalled extends JSObject {
        void addListener(InstalledListener listener);
    }

    @JSFunctor
    interface InstalledListener extends JSObject {
        void onInstalled(InstalledDetails details);
    }

    interface InstalledDetails extends JSObject {
        /** "install", "update", "chrome_update" or "shared_module_update". */
        @JSProperty
        String getReason();

        @JSProperty
        String getPreviousVersion();
    }

    interface OnStartup extends JSObject {
        void addListener(StartupListener listener);
    }

    @JSFunctor
    interface StartupListener extends JSObject {
        void onStartup();
    }
}
