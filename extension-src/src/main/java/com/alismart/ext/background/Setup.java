package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Settings;
import com.alismart.ext.core.StorageKeys;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Brings storage to the current version: settings migrated to {@link Settings#VERSION} with defaults for what is
 * missing, and an anonymous client id. Every handler calls {@link #ready} first, so the worker is correct whichever
 * event wakes it.
 */
final class Setup {
    /** Only a cache of "storage was checked during this worker's life"; losing it costs one storage read. */
    private static boolean checked;

    private Setup() {
    }

    static synchronized void ready() {
        if (checked) {
            return;
        }
        JSObject stored = Ext.localRead(StorageKeys.SETTINGS, StorageKeys.CLIENT_ID);
        JSObject storedSettings = Js.object(stored, StorageKeys.SETTINGS);
        Settings settings = Settings.from(storedSettings == null ? null : new JsFields(storedSettings));
        JSObject updates = Js.object();
        boolean write = false;
        if (storedSettings == null || Js.number(storedSettings, "version") != Settings.VERSION
                || !settings.serverUrl().equals(Js.string(storedSettings, "serverUrl"))) {
            Js.put(updates, StorageKeys.SETTINGS, toJs(settings));
            write = true;
        }
        if (!isUuid(Js.string(stored, StorageKeys.CLIENT_ID))) {
            Js.put(updates, StorageKeys.CLIENT_ID, randomUuid());
            write = true;
        }
        if (write) {
            Ext.localWrite(updates);
        }
        checked = true;
    }

    /** The current settings, read from storage. */
    static Settings settings() {
        ready();
        JSObject stored = Js.object(Ext.localRead(StorageKeys.SETTINGS), StorageKeys.SETTINGS);
        return Settings.from(stored == null ? null : new JsFields(stored));
    }

    static JSObject toJs(Settings s) {
        JSObject o = Js.object();
        Js.put(o, "version", Settings.VERSION);
        Js.put(o, "serverUrl", s.serverUrl());
        Js.put(o, "affiliateLinks", s.affiliateLinks());
        Js.put(o, "analytics", s.analytics());
        Js.put(o, "notifications", s.notifications());
        Js.put(o, "currency", s.currency());
        Js.put(o, "language", s.language());
        Js.put(o, "shipTo", s.shipTo());
        Js.put(o, "hoverButton", s.hoverButton());
        Js.put(o, "panelCollapsed", s.panelCollapsed());
        return o;
    }

    /** Writes the settings, in the current version. */
    static void save(Settings s) {
        ready();
        JSObject updates = Js.object();
        Js.put(updates, StorageKeys.SETTINGS, toJs(s));
        Ext.localWrite(updates);
    }

    private static boolean isUuid(String s) {
        return s != null && s.length() == 36 && s.charAt(8) == '-' && s.charAt(13) == '-' && s.charAt(14) == '4';
    }

    @JSBody(script = "return crypto.randomUUID();")
    private static native String randomUuid();
}
