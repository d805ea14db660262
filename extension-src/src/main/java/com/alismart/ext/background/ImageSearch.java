package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.Settings;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Image Search: the worker fetches the image itself (content scripts cannot read cross-origin images), shrinks it
 * to at most 512 px with createImageBitmap and OffscreenCanvas, and sends only that to the server. The image is
 * never stored; the results page gets the shrunk copy back to show what was searched.
 */
final class ImageSearch {
    static final int MAX_SIDE = 512;
    static final String MENU_ID = "alismart-find-similar";

    private ImageSearch() {
    }

    /** What the context menu does: open the results page for the image; the page asks for the search. */
    static void open(String src) {
        JSObject props = Js.object();
        Js.put(props, "url", Ext.chrome().getRuntime().getURL("results.html") + "#src=" + Js.encode(src));
        Ext.chrome().getTabs().create(props);
    }

    static JSObject run(String src) {
        Settings settings = Setup.settings();
        String currency = settings.currency().isEmpty()
                ? Currencies.forLocale(Ext.chrome().getI18n().getUILanguage()) : settings.currency();
        JSObject shrunk = fetchAndShrink(src, MAX_SIDE).await();
        if (Js.string(shrunk, "error") != null) {
            return Dispatcher.error("image_unavailable", "the image could not be fetched from its site ("
                    + Js.string(shrunk, "error") + ")");
        }
        JSObject uploaded;
        try {
            uploaded = upload(settings.serverUrl() + "/api/v1/image-search?limit=20&currency=" + currency,
                    Js.object(shrunk, "blob")).await();
        } catch (Throwable e) {
            return Dispatcher.error("unreachable", "the AliSmart server cannot be reached");
        }
        JSObject body = Js.object(uploaded, "body");
        if (!Js.isTrue(uploaded, "ok")) {
            JSObject error = Js.object(body, "error");
            String code = Js.string(error, "code");
            return Dispatcher.error(code == null ? "server_error" : code, String.valueOf(Js.string(error, "message")));
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "result", body);
        Js.put(answer, "queryImage", String.valueOf(Js.string(shrunk, "dataUrl")));
        return answer;
    }

    /**
     * Resolves to {blob, dataUrl}: the image as a JPEG whose longer side is at most maxSide; or to {error} (a
     * rejection would reach Java as a bare RuntimeException, its reason lost).
     */
    // Local names in these scripts are long on purpose: TeaVM's minifier gives parameters one- or two-letter
    // names, which a local "s" or "w" would shadow.
    @JSBody(params = {"url", "maxSide"}, script = ""
            + "return fetch(url, {credentials: 'omit', cache: 'no-store'}).then(function (response) {"
            + "  if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.blob();"
            + "}).then(function (original) { return createImageBitmap(original); }).then(function (bitmap) {"
            + "  var scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));"
            + "  var width = Math.max(1, Math.round(bitmap.width * scale));"
            + "  var height = Math.max(1, Math.round(bitmap.height * scale));"
            + "  var canvas = new OffscreenCanvas(width, height), paint = canvas.getContext('2d');"
            + "  paint.fillStyle = '#ffffff'; paint.fillRect(0, 0, width, height);"
            + "  paint.drawImage(bitmap, 0, 0, width, height); bitmap.close();"
            + "  return canvas.convertToBlob({type: 'image/jpeg', quality: 0.9});"
            + "}).then(function (shrunk) { return shrunk.arrayBuffer().then(function (buffer) {"
            + "  var bytes = new Uint8Array(buffer), binary = '';"
            + "  for (var offset = 0; offset < bytes.length; offset += 0x8000) {"
            + "    binary += String.fromCharCode.apply(null, bytes.subarray(offset, offset + 0x8000)); }"
            + "  return {blob: shrunk, dataUrl: 'data:image/jpeg;base64,' + btoa(binary)};"
            + "}); }).catch(function (failure) { return {error: String(failure && failure.message || failure)}; });")
    private static native JSPromise<JSObject> fetchAndShrink(String url, int maxSide);

    /** Resolves to {ok, body}: the server's answer to the upload, without cookies. */
    @JSBody(params = {"url", "blob"}, script = ""
            + "return fetch(url, {method: 'POST', credentials: 'omit', cache: 'no-store',"
            + "  headers: {'Content-Type': 'image/jpeg', 'Accept': 'application/json'}, body: blob,"
            + "  signal: AbortSignal.timeout(15000)}).then(function (response) {"
            + "  return response.json().then(function (answer) { return {ok: response.ok, body: answer}; },"
            + "    function () {"
            + "      return {ok: false, body: {error: {code: 'bad_response', message: 'HTTP ' + response.status}}};"
            + "    });"
            + "});")
    private static native JSPromise<JSObject> upload(String url, JSObject blob);
}
