package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSPromise;

/**
 * {@code chrome.permissions}: the optional host permission behind "Find similar on any site". {@link #request} must
 * be called straight from the user's click, or Chrome refuses it.
 */
public interface Permissions extends JSObject {
    /** {@code permissions}: {@code {origins: [...]}}. */
    JSPromise<JSBoolean> contains(JSObject permissions);

    JSPromise<JSBoolean> request(JSObject permissions);

    JSPromise<JSBoolean> remove(JSObject permissions);

    @JSProperty
    OnChanged getOnAdded();

    @JSProperty
    OnChanged getOnRemoved();

    interface OnChanged extends JSObject {
        void addListener(ChangeListener listener);
    }

    @JSFunctor
    interface ChangeListener extends JSObject {
        /** {@code permissions}: {@code {permissions: [...], origins: [...]}}, what was added or removed. */
        void onChanged(JSObject permissions);
    }
}
