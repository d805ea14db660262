package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.core.JSUndefined;

/** {@code chrome.storage}. */
public interface Storage extends JSObject {
    @JSProperty
    StorageArea getLocal();

    /**
     * {@code chrome.storage.session}: kept in memory only, never written to disk, emptied when the browser closes,
     * and by default out of content scripts' reach.
     */
    @JSProperty
    StorageArea getSession();

    @JSProperty
    OnChanged getOnChanged();

    /** {@code chrome.storage.local} and its siblings. */
    interface StorageArea extends JSObject {
        JSPromise<JSObject> get(JSArrayReader<JSString> keys);

        JSPromise<JSUndefined> set(JSObject items);

        JSPromise<JSUndefined> remove(JSArrayReader<JSString> keys);
    }

    interface OnChanged extends JSObject {
        void addListener(ChangeListener listener);
    }

    @JSFunctor
    interface ChangeListener extends JSObject {
        /** {@code changes} maps each key to {@code {oldValue, newValue}}; {@code areaName} is "local", "sync" … */
        void onChanged(JSObject changes, String areaName);
    }
}
