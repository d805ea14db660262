package com.alismart.ext.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** {@code chrome.tabs}. */
public interface Tabs extends JSObject {
    /** {@code queryInfo} as in the API, e.g. {@code {active: true, currentWindow: true}}. */
    JSPromise<JSArrayReader<Tab>> query(JSObject queryInfo);

    /** {@code createProperties}: {@code {url, active}}. */
    JSPromise<Tab> create(JSObject createProperties);

    JSPromise<Tab> get(int tabId);

    /** {@code updateProperties}: {@code {url}} navigates the tab. */
    JSPromise<Tab> update(int tabId, JSObject updateProperties);

    /**
     * Resolves to a data URL of what the window's active tab shows. Needs {@code activeTab} for that tab (granted
     * by a click on our context menu) or the {@code <all_urls>} host permission.
     */
    JSPromise<JSString> captureVisibleTab(int windowId, JSObject options);

    /** {@code options}: {@code {frameId}}; rejects when no content script in the tab answers. */
    JSPromise<JSObject> sendMessage(int tabId, JSObject message, JSObject options);

    interface Tab extends JSObject {
        @JSProperty
        int getId();

        @JSProperty
        int getWindowId();

        /** The tab's place in its window, from 0. */
        @JSProperty
        int getIndex();

        @JSProperty
        String getUrl();

        @JSProperty
        String getTitle();

        @JSProperty
        boolean isActive();
    }
}
