package com.alismart.ext.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** The global {@code fetch}, which service workers have and {@code XMLHttpRequest} they do not. */
public final class Fetch {
    private Fetch() {
    }

    /**
     * A GET for JSON that sends no cookies or credentials and gives up after {@code timeoutMillis}: our server never
     * needs a cookie, and a promise of ours is that none reaches it.
     */
    @JSBody(params = {"url", "timeoutMillis"}, script = "return fetch(url, {method: 'GET', credentials: 'omit',"
            + " cache: 'no-store', headers: {'Accept': 'application/json'},"
            + " signal: AbortSignal.timeout(timeoutMillis)});")
    public static native JSPromise<Response> getJson(String url, int timeoutMillis);

    /** {@code Response}. */
    public interface Response extends JSObject {
        @JSProperty
        int getStatus();

        @JSProperty
        boolean isOk();

        JSPromise<JSObject> json();
    }
}
