package com.alismart.ext.popup;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.core.StorageKeys;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The popup's switches: the "Find similar" button on shop photos, affiliate links and price-drop notifications
 * (settings, written by the worker), and "Find
 * similar on any site", which is not a setting but Chrome's optional host permission itself, asked for from the
 * click (Chrome refuses a request made later) and shown as Chrome reports it.
 */
final class SettingsView {
    /** The optional host permission of the manifest. */
    static final String ANY_SITE = "<all_urls>";

    private SettingsView() {
    }

    static void show(HTMLDocument document) {
        HTMLElement hover = document.getElementById("setting-hover-button");
        HTMLElement affiliate = document.getElementById("setting-affiliate");
        HTMLElement notifications = document.getElementById("setting-notifications");
        HTMLElement anySite = document.getElementById("setting-any-site");
        Ext.chrome().getStorage().getLocal().get(keys()).then(stored -> {
            JSObject settings = Js.object(stored, StorageKeys.SETTINGS);
            Settings current = Settings.from(settings == null ? null : new JsFields(settings));
            setChecked(hover, current.hoverButton());
            setChecked(affiliate, current.affiliateLinks());
            setChecked(notifications, current.notifications());
            hover.setAttribute("data-loaded", "true");
            return null;
        });
        onSwitch(hover, "hoverButton");
        onSwitch(affiliate, "affiliateLinks");
        onSwitch(notifications, "notifications");
        Ext.chrome().getPermissions().contains(origins()).then(granted -> {
            setChecked(anySite, granted.booleanValue());
            return null;
        });
        anySite.addEventListener("change", e -> {
            if (isChecked(anySite)) {
                Ext.chrome().getPermissions().request(origins()).then(granted -> {
                    setChecked(anySite, granted.booleanValue());
                    return null;
                }, failure -> {
                    setChecked(anySite, false);
                    return null;
                });
            } else {
                Ext.chrome().getPermissions().remove(origins());
            }
        });
    }

    /** A switch the worker writes to the settings when it changes. */
    private static void onSwitch(HTMLElement input, String key) {
        input.addEventListener("change", e -> {
            JSObject message = Js.object();
            Js.put(message, "type", Messages.SETTINGS_UPDATE);
            Js.put(message, key, isChecked(input));
            Ext.sendMessage(message);
        });
    }

    private static JSObject origins() {
        JSObject o = Js.object();
        Js.putStrings(o, "origins", new String[] {ANY_SITE});
        return o;
    }

    @JSBody(script = "return ['settings'];")
    private static native JSArrayReader<JSString> keys();

    @JSBody(params = "e", script = "return e.checked === true;")
    private static native boolean isChecked(HTMLElement e);

    @JSBody(params = {"e", "on"}, script = "e.checked = on;")
    private static native void setChecked(HTMLElement e, boolean on);
}
