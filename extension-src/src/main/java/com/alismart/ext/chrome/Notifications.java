package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** {@code chrome.notifications}. */
public interface Notifications extends JSObject {
    /** {@code options}: {@code {type: "basic", iconUrl, title, message}}; resolves to the notification id. */
    JSPromise<JSString> create(String notificationId, JSObject options);

    JSPromise<JSObject> clear(String notificationId);

    @JSProperty
    OnClicked getOnClicked();

    interface OnClicked extends JSObject {
        void addListener(ClickListener listener);
    }

    @JSFunctor
    interface ClickListener extends JSObject {
        void onClicked(String notificationId);
    }
}
