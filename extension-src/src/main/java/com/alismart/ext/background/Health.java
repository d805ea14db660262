package com.alismart.ext.background;

import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;

/** Asks the server how it is, for the popup. */
final class Health {
    private static final int TIMEOUT_MILLIS = 5000;

    private Health() {
    }

    static JSObject check() {
        String serverUrl = Setup.settings().serverUrl();
        ServerApi.Result result = ServerApi.get(serverUrl + "/api/v1/health", TIMEOUT_MILLIS);
        if (result.error != null) {
            return result.error;
        }
        JSObject body = result.body;
        JSObject catalog = Js.object(body, "catalog");
        JSObject server = Js.object();
        // Pass on only the fields we know, with their types checked.
        Js.put(server, "status", String.valueOf(Js.string(body, "status")));
        Js.put(server, "version", String.valueOf(Js.string(body, "version")));
        Js.put(server, "catalogSize", Js.number(catalog, "size"));
        Js.put(server, "catalogSource", String.valueOf(Js.string(catalog, "source")));
        Js.put(server, "catalogState", String.valueOf(Js.string(catalog, "state")));
        Js.put(server, "catalogProgress", Js.number(catalog, "progress"));
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "serverUrl", serverUrl);
        Js.put(answer, "server", server);
        return answer;
    }
}
