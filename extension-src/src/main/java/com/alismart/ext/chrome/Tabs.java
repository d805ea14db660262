package com.alismart.ext.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;

/** {@code chrome.tabs}. */
public interface Tabs extends JSObject {
    /** {@code queryInfo} as in the API, e.g. {@code {active: true, currentWindow: true}}. */
    JSPromise<JSArrayReader<Tab>> query(JSObject queryInfo);

    /** {@code createProperties}: {@code {url, active}}. */
    JSPromise<Tab> create(JSObject createProperties);

    interface Tab extends JSObject {
        @JSProperty
        int getId();

        @JSProperty
        int getWindowId();

        @JSProperty
        String getUrl();

        @JSProperty
        String getTitle();
    }
}
