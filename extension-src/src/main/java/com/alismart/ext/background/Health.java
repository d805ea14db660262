package com.alismart.ext.background;

import com.alismart.ext.web.Fetch;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;

/** Asks the server how it is, for the popup. */
final class Health {
    private static final int TIMEOUT_MILLIS = 5000;

    private Health() {
    }

    static JSObject check() {
        String serverUrl = Setup.settings().serverUrl();
        Fetch.Response response;
        try {
            response = Fetch.getJson(serverUrl + "/api/v1/health", TIMEOUT_MILLIS).await();
        } catch (Throwable e) {
            return Dispatcher.error("unreachable", "the AliSmart server at " + serverUrl + " cannot be reached");
        }
        if (!response.isOk()) {
            return Dispatcher.error("server_error", "the AliSmart server answered HTTP " + response.getStatus());
        }
        JSObject body;
        try {
            body = response.json().await();
        } catch (Throwable e) {
            return Dispatcher.error("bad_response", "the AliSmart server sent an answer that is not JSON");
        }
        JSObject catalog = Js.object(body, "catalog");
        JSObject server = Js.object();
        // Pass on only the fields we know, with their types checked.
        Js.put(server, "status", String.valueOf(Js.string(body, "status")));
        Js.put(server, "version", String.valueOf(Js.string(body, "version")));
        Js.put(server, "catalogSize", Js.number(catalog, "size"));
        Js.put(server, "catalogSource", String.valueOf(Js.string(catalog, "source")));
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "serverUrl", serverUrl);
        Js.put(answer, "server", server);
        return answer;
    }
}
