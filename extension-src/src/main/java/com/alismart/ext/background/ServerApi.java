package com.alismart.ext.background;

import com.alismart.ext.web.Fetch;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * GET requests to the AliSmart server, for the handlers: the answer's JSON body, or an error answer in the
 * dispatcher's shape that says what went wrong (unreachable, an HTTP error with the server's own code, not JSON).
 */
final class ServerApi {
    private ServerApi() {
    }

    /** A result: {@link #body} when it worked, else {@link #error} is the answer to send back. */
    static final class Result {
        final JSObject body;
        final JSObject error;

        private Result(JSObject body, JSObject error) {
            this.body = body;
            this.error = error;
        }

        static Result of(JSObject body) {
            return new Result(body, null);
        }

        static Result failed(JSObject error) {
            return new Result(null, error);
        }
    }

    /** {@code url} is absolute, built from the settings' server URL. Suspends the calling thread. */
    static Result get(String url, int timeoutMillis) {
        return finish(start(url, timeoutMillis));
    }

    /**
     * Sends a GET now, for {@link #finish} to wait for later, so that two requests can be under way at once. A
     * failure is kept for finish (as null): it never surfaces as an unhandled rejection meanwhile.
     */
    static JSPromise<Fetch.Response> start(String url, int timeoutMillis) {
        return Fetch.getJson(url, timeoutMillis).catchError(reason -> null);
    }

    /** Waits for a GET {@link #start}ed before. Suspends the calling thread. */
    static Result finish(JSPromise<Fetch.Response> pending) {
        Fetch.Response response;
        try {
            response = pending.await();
        } catch (Throwable e) {
            response = null;
        }
        if (Js.isMissing(response)) {
            return new Result(null, Dispatcher.error("unreachable", "the AliSmart server cannot be reached"));
        }
        JSObject body;
        try {
            body = response.json().await();
        } catch (Throwable e) {
            return new Result(null, Dispatcher.error(response.isOk() ? "bad_response" : "server_error",
                    "the AliSmart server answered HTTP " + response.getStatus() + " without JSON"));
        }
        if (!response.isOk()) {
            JSObject error = Js.object(body, "error");
            String code = Js.string(error, "code");
            String message = Js.string(error, "message");
            return new Result(null, Dispatcher.error(code == null ? "server_error" : code,
                    message == null ? "the AliSmart server answered HTTP " + response.getStatus() : message));
        }
        return new Result(body, null);
    }
}
