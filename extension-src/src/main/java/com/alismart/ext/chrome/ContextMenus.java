package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** {@code chrome.contextMenus}. */
public interface ContextMenus extends JSObject {
    /** {@code createProperties}: {@code {id, title, contexts, documentUrlPatterns, targetUrlPatterns}}. */
    void create(JSObject createProperties);

    JSPromise<JSUndefined> removeAll();

    /** {@code updateProperties} as for {@link #create}; rejects when there is no item {@code id}. */
    JSPromise<JSUndefined> update(String id, JSObject updateProperties);

    @JSProperty
    OnClicked getOnClicked();

    interface OnClicked extends JSObject {
        void addListener(ClickListener listener);
    }

    @JSFunctor
    interface ClickListener extends JSObject {
        void onClicked(OnClickData info, Tabs.Tab tab);
    }

    interface OnClickData extends JSObject {
        @JSProperty
        String getMenuItemId();

        @JSProperty
        String getSrcUrl();

        @JSProperty
        String getPageUrl();

        @JSProperty
        String getMediaType();

        /** 0 for the tab's top frame. */
        @JSProperty
        int getFrameId();
    }
}
