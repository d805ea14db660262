package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Tabs;
import com.alismart.ext.core.BadMessage;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.ImageRect;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * Image Search. The worker fetches the image itself (content scripts cannot read cross-origin images) without
 * cookies, and shrinks it to at most 512 px with createImageBitmap and OffscreenCanvas. When the site will not hand
 * it over (403 for hot-link protection, a CORS or network error, an HTML page or a placeholder instead of the
 * photo), it captures the visible tab and crops the image's rectangle, which the content script measured.
 *
 * <p>Order matters: both happen before the results tab opens, while the shop's tab is still the visible one. The
 * prepared image then waits in {@code chrome.storage.session} (memory only, never on disk, gone when the browser
 * closes; never {@code chrome.storage.local}) under a random job id until the results page asks for the search;
 * the last {@value #KEPT_JOBS} jobs are kept so that a reload of the results page still works.
 */
final class ImageSearch {
    static final int MAX_SIDE = 512;
    static final String MENU_ID = "alismart-find-similar";
    /** A fetched image smaller than this a side is a stand-in (a spacer, a "no hot-linking" badge), not the photo. */
    static final int MIN_FETCHED = 32;
    static final int FETCH_TIMEOUT_MILLIS = 8000;
    static final String JOBS_KEY = "imageJobs";
    static final int KEPT_JOBS = 3;
    /** The host permission behind "Find similar on any site"; it also lets the worker capture without a click. */
    static final String ANY_SITE = "<all_urls>";

    /** Serialises read-modify-write of the jobs in session storage. */
    private static final Object JOBS_LOCK = new Object();

    private ImageSearch() {
    }

    /**
     * What a click on the context menu or on the hover button does: fetch (or capture) and shrink the image, keep
     * it for the results page, open that page next to the shop's tab. {@code tabId} is -1 when unknown (no capture
     * then); {@code rect} is null when the content script is to be asked for it; {@code byMenu} tells whether the
     * click was on our menu, which grants activeTab for the capture.
     */
    static void find(String src, int tabId, int frameId, ImageRect rect, boolean byMenu) {
        JSObject job = Js.object();
        Js.put(job, "createdAt", Js.now());
        String image = fetchShrunk(src);
        if (image != null) {
            Js.put(job, "source", "page");
        } else {
            String refused = captureRefusal(tabId, frameId, byMenu);
            if (refused != null) {
                Js.put(job, "error", refused);
            } else {
                ImageRect where = rect != null ? rect : askRect(tabId, frameId, src);
                pause(); // lets the page repaint without our hover button, which the content script just hid
                JSObject captured = where == null ? null : capture(tabId, where);
                if (captured == null) {
                    Js.put(job, "error", "image_unavailable");
                } else {
                    image = String.valueOf(Js.string(captured, "dataUrl"));
                    Js.put(job, "source", "screen");
                }
            }
        }
        if (image != null) {
            Js.put(job, "image", image);
        }
        String id = keep(job);
        JSObject props = Js.object();
        Js.put(props, "url", Ext.chrome().getRuntime().getURL("results.html") + "#job=" + id);
        if (tabId >= 0) {
            Js.put(props, "openerTabId", tabId);
        }
        Ext.chrome().getTabs().create(props);
    }

    /**
     * The image at {@code src}, fetched without cookies and shrunk to a JPEG data URL of at most {@value #MAX_SIDE}
     * px a side; {@code null} when the site will not hand it over or sends a stand-in. Suspends the calling thread.
     */
    static String fetchShrunk(String src) {
        JSObject fetched = fetchBitmap(src, FETCH_TIMEOUT_MILLIS).await();
        JSObject bitmap = Js.object(fetched, "bitmap");
        if (bitmap == null || Js.number(bitmap, "width") < MIN_FETCHED || Js.number(bitmap, "height") < MIN_FETCHED) {
            close(bitmap);
            return null;
        }
        JSObject image = shrink(bitmap, 0, 0, (int) Js.number(bitmap, "width"), (int) Js.number(bitmap, "height"),
                MAX_SIDE).await();
        String dataUrl = Js.string(image, "dataUrl");
        return dataUrl != null && dataUrl.startsWith(JPEG_DATA_URL) ? dataUrl : null;
    }

    private static final String JPEG_DATA_URL = "data:image/jpeg;base64,";

    /**
     * Image Search on the server for a JPEG data URL that {@link #fetchShrunk} or a capture made: the server's
     * answer body, or the error answer to send back. Suspends the calling thread.
     */
    static ServerApi.Result search(String dataUrl, String currency, int limit) {
        JSObject uploaded;
        try {
            uploaded = upload(Setup.settings().serverUrl() + "/api/v1/image-search?limit=" + limit + "&currency="
                    + currency, toBlob(dataUrl)).await();
        } catch (Throwable e) {
            return ServerApi.Result.failed(Dispatcher.error("unreachable", "the AliSmart server cannot be reached"));
        }
        JSObject body = Js.object(uploaded, "body");
        if (!Js.isTrue(uploaded, "ok")) {
            JSObject failure = Js.object(body, "error");
            String code = Js.string(failure, "code");
            return ServerApi.Result.failed(Dispatcher.error(code == null ? "server_error" : code,
                    String.valueOf(Js.string(failure, "message"))));
        }
        return ServerApi.Result.of(body);
    }

    /**
     * Why the screen cannot be used, as an error code, or null when it may. A click on our menu grants activeTab;
     * the hover button is a click in the page, which grants nothing, so it needs the optional host permission.
     */
    private static String captureRefusal(int tabId, int frameId, boolean byMenu) {
        if (tabId < 0 || frameId != 0) {
            // A rectangle inside a frame is not one in the tab's viewport.
            return "image_unavailable";
        }
        if (!byMenu && !hasAnySite()) {
            return "capture_needs_menu";
        }
        return null;
    }

    static boolean hasAnySite() {
        JSObject query = Js.object();
        Js.putStrings(query, "origins", new String[] {ANY_SITE});
        try {
            JSBoolean granted = Ext.chrome().getPermissions().contains(query).await();
            return granted.booleanValue();
        } catch (Throwable e) {
            return false;
        }
    }

    /** The image's rectangle from the content script of the tab, or null when it cannot say. */
    private static ImageRect askRect(int tabId, int frameId, String src) {
        JSObject message = Js.object();
        Js.put(message, "type", Messages.IMAGE_RECT);
        Js.put(message, "src", src);
        JSObject options = Js.object();
        Js.put(options, "frameId", frameId);
        try {
            JSObject answer = Ext.chrome().getTabs().sendMessage(tabId, message, options).await();
            return Js.isTrue(answer, "ok") ? ImageRect.from(new JsFields(answer)) : null;
        } catch (BadMessage e) {
            return null;
        } catch (Throwable e) {
            // No content script there (a page outside the six shops): nothing can say where the image is.
            return null;
        }
    }

    /** The visible tab, cropped to {@code rect} and shrunk; null when Chrome refuses or the tab is not in front. */
    private static JSObject capture(int tabId, ImageRect rect) {
        try {
            Tabs.Tab tab = Ext.chrome().getTabs().get(tabId).await();
            if (!tab.isActive()) {
                // Capturing now would photograph whatever tab the shopper switched to.
                return null;
            }
            JSObject options = Js.object();
            Js.put(options, "format", "png");
            JSString shot = Ext.chrome().getTabs().captureVisibleTab(tab.getWindowId(), options).await();
            JSObject decoded = decode(shot.stringValue()).await();
            JSObject bitmap = Js.object(decoded, "bitmap");
            if (bitmap == null) {
                return null;
            }
            int[] crop = rect.crop((int) Js.number(bitmap, "width"), (int) Js.number(bitmap, "height"));
            return shrink(bitmap, crop[0], crop[1], crop[2], crop[3], MAX_SIDE).await();
        } catch (Throwable e) {
            return null;
        }
    }

    /** Stores the job in session storage, keeping the newest few, and returns its id. */
    private static String keep(JSObject job) {
        String id = randomId();
        synchronized (JOBS_LOCK) {
            JSObject jobs = Js.object(Ext.sessionRead(JOBS_KEY), JOBS_KEY);
            JSObject kept = Js.object();
            if (jobs != null) {
                String[] ids = Js.keys(jobs);
                // Oldest first, so the newest KEPT_JOBS - 1 survive beside the new one.
                sortByCreation(jobs, ids);
                for (int i = Math.max(0, ids.length - (KEPT_JOBS - 1)); i < ids.length; i++) {
                    Js.put(kept, ids[i], Js.object(jobs, ids[i]));
                }
            }
            Js.put(kept, id, job);
            JSObject items = Js.object();
            Js.put(items, JOBS_KEY, kept);
            Ext.sessionWrite(items);
        }
        return id;
    }

    private static void sortByCreation(JSObject jobs, String[] ids) {
        for (int i = 1; i < ids.length; i++) {
            for (int j = i; j > 0 && created(jobs, ids[j - 1]) > created(jobs, ids[j]); j--) {
                String t = ids[j];
                ids[j] = ids[j - 1];
                ids[j - 1] = t;
            }
        }
    }

    private static double created(JSObject jobs, String id) {
        double t = Js.number(Js.object(jobs, id), "createdAt");
        return Double.isNaN(t) ? 0 : t;
    }

    /** What the results page asks for: the search for a prepared job. */
    static JSObject run(String jobId) {
        JSObject job = Js.object(Js.object(Ext.sessionRead(JOBS_KEY), JOBS_KEY), jobId);
        if (job == null) {
            return Dispatcher.error("job_expired", "this search is no longer available; search the image again");
        }
        String error = Js.string(job, "error");
        if (error != null) {
            return Dispatcher.error(error, "image_unavailable".equals(error)
                    ? "the image could not be fetched from its site"
                    : "the site would not hand over the image, and the screen may only be used after a right-click");
        }
        String image = Js.string(job, "image");
        if (image == null || !image.startsWith(JPEG_DATA_URL)) {
            return Dispatcher.error("image_unavailable", "the image could not be fetched from its site");
        }
        Settings settings = Setup.settings();
        String currency = settings.currency().isEmpty()
                ? Currencies.forLocale(Ext.chrome().getI18n().getUILanguage()) : settings.currency();
        ServerApi.Result result = search(image, currency, 20);
        if (result.error != null) {
            return result.error;
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "result", result.body);
        Js.put(answer, "queryImage", image);
        Js.put(answer, "source", "screen".equals(Js.string(job, "source")) ? "screen" : "page");
        return answer;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @JSBody(params = "bitmap", script = "if (bitmap && bitmap.close) { bitmap.close(); }")
    private static native void close(JSObject bitmap);

    @JSBody(script = "return crypto.randomUUID();")
    private static native String randomId();

    /**
     * Resolves to {bitmap}, the image at {@code url} fetched without cookies and decoded, or to {error} (a
     * rejection would reach Java as a bare RuntimeException, its reason lost). An HTML page or any other
     * non-image fails to decode, which is what hot-link protection often sends.
     */
    // Local names in these scripts are long on purpose: TeaVM's minifier gives parameters one- or two-letter
    // names, which a local "s" or "w" would shadow.
    @JSBody(params = {"url", "timeoutMillis"}, script = ""
            + "return fetch(url, {credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(timeoutMillis)})"
            + ".then(function (response) {"
            + "  if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.blob();"
            + "}).then(function (original) { return createImageBitmap(original); }).then(function (decoded) {"
            + "  return {bitmap: decoded};"
            + "}).catch(function (failure) { return {error: String(failure && failure.message || failure)}; });")
    private static native JSPromise<JSObject> fetchBitmap(String url, int timeoutMillis);

    /** Resolves to {bitmap} for a data URL (a tab capture), or to {error}. */
    @JSBody(params = "dataUrl", script = ""
            + "return fetch(dataUrl).then(function (response) { return response.blob(); })"
            + ".then(function (original) { return createImageBitmap(original); })"
            + ".then(function (decoded) { return {bitmap: decoded}; })"
            + ".catch(function (failure) { return {error: String(failure && failure.message || failure)}; });")
    private static native JSPromise<JSObject> decode(String dataUrl);

    /**
     * Resolves to {dataUrl}: the part (sx, sy, sw, sh) of the bitmap as a JPEG whose longer side is at most
     * maxSide, on white (transparent PNGs would turn black). Closes the bitmap.
     */
    @JSBody(params = {"bitmap", "sx", "sy", "sw", "sh", "maxSide"}, script = ""
            + "var scale = Math.min(1, maxSide / Math.max(sw, sh));"
            + "var width = Math.max(1, Math.round(sw * scale)), height = Math.max(1, Math.round(sh * scale));"
            + "var canvas = new OffscreenCanvas(width, height), paint = canvas.getContext('2d');"
            + "paint.fillStyle = '#ffffff'; paint.fillRect(0, 0, width, height);"
            + "paint.drawImage(bitmap, sx, sy, sw, sh, 0, 0, width, height); bitmap.close();"
            + "return canvas.convertToBlob({type: 'image/jpeg', quality: 0.9}).then(function (shrunk) {"
            + "  return shrunk.arrayBuffer(); }).then(function (buffer) {"
            + "  var bytes = new Uint8Array(buffer), binary = '';"
            + "  for (var offset = 0; offset < bytes.length; offset += 0x8000) {"
            + "    binary += String.fromCharCode.apply(null, bytes.subarray(offset, offset + 0x8000)); }"
            + "  return {dataUrl: 'data:image/jpeg;base64,' + btoa(binary)};"
            + "});")
    private static native JSPromise<JSObject> shrink(JSObject bitmap, int sx, int sy, int sw, int sh, int maxSide);

    /** The JPEG bytes of a data URL as a Blob, decoded here rather than fetched. */
    @JSBody(params = "dataUrl", script = ""
            + "var binary = atob(dataUrl.substring(dataUrl.indexOf(',') + 1)), bytes = new Uint8Array(binary.length);"
            + "for (var index = 0; index < binary.length; index++) { bytes[index] = binary.charCodeAt(index); }"
            + "return new Blob([bytes], {type: 'image/jpeg'});")
    private static native JSObject toBlob(String dataUrl);

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
