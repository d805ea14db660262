package com.alismart.ext.chrome;

import com.alismart.ext.core.StorageKeys;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * The small helpers through which the rest of the extension reaches Chrome. The blocking ones ({@link #localRead},
 * {@link #localWrite}) suspend the calling TeaVM thread: call them from a {@code new Thread}, never directly inside a
 * JS callback.
 */
public final class Ext {
    private Ext() {
    }

    public static Chrome chrome() {
        return Chrome.current();
    }

    /** Our extension id. */
    public static String id() {
        return chrome().getRuntime().getId();
    }

    /** {@code chrome.storage.local.get(keys)}, waited for. */
    public static JSObject localRead(String... keys) {
        JSArray<JSString> array = JSArray.create();
        for (String key : keys) {
            array.push(JSString.valueOf(key));
        }
        return chrome().getStorage().getLocal().get(array).await();
    }

    /**
     * {@code chrome.storage.local.set(items)}, waited for. Refuses keys outside {@link StorageKeys}: local storage
     * holds only what the privacy policy lists.
     */
    public static void localWrite(JSObject items) {
        for (String key : keys(items)) {
            if (!StorageKeys.isAllowed(key)) {
                throw new IllegalArgumentException("storage key not allowed: " + key);
            }
        }
        chrome().getStorage().getLocal().set(items).await();
    }

    /**
     * {@code chrome.storage.session.get(keys)}, waited for. Session storage is memory only: it is where an image
     * may wait between the worker and the results page, never local storage.
     */
    public static JSObject sessionRead(String... keys) {
        JSArray<JSString> array = JSArray.create();
        for (String key : keys) {
            array.push(JSString.valueOf(key));
        }
        return chrome().getStorage().getSession().get(array).await();
    }

    /** {@code chrome.storage.session.set(items)}, waited for. */
    public static void sessionWrite(JSObject items) {
        chrome().getStorage().getSession().set(items).await();
    }

    /** {@code chrome.runtime.sendMessage(message)}; the promise rejects when no part of the extension answers. */
    public static JSPromise<JSObject> sendMessage(JSObject message) {
        return chrome().getRuntime().sendMessage(message);
    }

    /** The localised message for {@code key}, or the key itself when it has none. */
    public static String message(String key) {
        String text = chrome().getI18n().getMessage(key);
        return text == null || text.isEmpty() ? key : text;
    }

    /** The localised message for {@code key} with its placeholders filled, or the key itself when it has none. */
    public static String message(String key, String... substitutions) {
        String text = messageWith(key, substitutions);
        return text == null || text.isEmpty() ? key : text;
    }

    @JSBody(params = {"key", "substitutions"}, script = "return chrome.i18n.getMessage(key, substitutions);")
    private static native String messageWith(String key, String[] substitutions);

    @JSBody(params = "o", script = "return o == null ? [] : Object.keys(o);")
    private static native String[] keys(JSObject o);
}
