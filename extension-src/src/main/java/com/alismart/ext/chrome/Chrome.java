package com.alismart.ext.chrome;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The {@code chrome} namespace. */
public abstract class Chrome implements JSObject {
    @JSBody(script = "return typeof chrome === 'undefined' ? null : chrome;")
    public static native Chrome current();

    @JSProperty
    public abstract Runtime getRuntime();

    @JSProperty
    public abstract Storage getStorage();

    @JSProperty
    public abstract Tabs getTabs();

    @JSProperty
    public abstract Alarms getAlarms();

    @JSProperty
    public abstract ContextMenus getContextMenus();

    @JSProperty
    public abstract Notifications getNotifications();

    @JSProperty
    public abstract Cookies getCookies();

    @JSProperty
    public abstract I18n getI18n();

    @JSProperty
    public abstract Permissions getPermissions();
}
