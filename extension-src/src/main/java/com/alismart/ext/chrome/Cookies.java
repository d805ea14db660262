package com.alismart.ext.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/**
 * {@code chrome.cookies}, read only: the extension never creates, changes or removes a cookie, so no such method is
 * bound here.
 */
public interface Cookies extends JSObject {
    /** {@code details}: {@code {url, name}}; resolves to the cookie, or to {@code null} when there is none. */
    JSPromise<Cookie> get(JSObject details);

    interface Cookie extends JSObject {
        @JSProperty
        String getName();

        @JSProperty
        String getValue();

        @JSProperty
        String getDomain();
    }
}
