package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.Settings;
import com.alismart.ext.core.StorageKeys;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Today's coupons, kept in {@code chrome.storage.local} under {@code coupons} ({@code etag}, {@code fetchedAt},
 * {@code items} and what they were asked for) and refreshed on install, on browser start and daily, revalidated
 * with the ETag so an unchanged list costs a 304. Offline, the stored list is served; expired coupons are never
 * shown (the pages check the expiry against the clock).
 */
final class Coupons {
    static final String ALARM = "alismart-coupons";
    /** A list older than this is fetched again when asked for. */
    static final double STALE_MILLIS = 24 * 3600 * 1000;
    private static final int TIMEOUT_MILLIS = 8000;
    private static final int MAX_ITEMS = 200;
    private static final Object LOCK = new Object();

    private Coupons() {
    }

    /** Schedules the daily refresh; alarms outlive the worker. */
    static void schedule() {
        Daily.schedule(ALARM);
    }

    /** The stored list, refreshed first when it is stale or was asked for another country or currency. */
    static JSObject get(boolean refresh) {
        JSObject stored = stored();
        String[] wanted = wanted();
        boolean fresh = stored != null && Js.now() - Js.number(stored, "fetchedAt") < STALE_MILLIS
                && same(stored, wanted);
        JSObject answer = Dispatcher.ok();
        if (refresh || !fresh) {
            JSObject synced = sync();
            if (!Js.isTrue(synced, "ok")) {
                Js.put(answer, "offline", true);
            }
            stored = stored();
        }
        if (stored == null) {
            Js.put(answer, "items", Js.array());
            return answer;
        }
        Js.put(answer, "items", Js.object(stored, "items"));
        Js.put(answer, "fetchedAt", Js.number(stored, "fetchedAt"));
        String updatedAt = Js.string(stored, "updatedAt");
        if (updatedAt != null) {
            Js.put(answer, "updatedAt", updatedAt);
        }
        Js.put(answer, "currency", String.valueOf(Js.string(stored, "currency")));
        return answer;
    }

    /**
     * Asks the server for the list, with the stored ETag when it was asked for the same country, currency and
     * language, and stores what comes back. The stored list stays as it was when the server cannot be reached.
     */
    static JSObject sync() {
        synchronized (LOCK) {
            Settings settings = Setup.settings();
            String[] wanted = wanted();
            JSObject stored = stored();
            String etag = stored != null && same(stored, wanted) ? Js.string(stored, "etag") : null;
            String url = settings.serverUrl() + "/api/v1/coupons?country=" + Js.encode(wanted[0]) + "&currency="
                    + Js.encode(wanted[1]) + "&lang=" + Js.encode(wanted[2]);
            JSObject got = revalidate(url, etag == null ? "" : etag, TIMEOUT_MILLIS).await();
            double status = Js.number(got, "status");
            if (status == 304 && stored != null) {
                Js.put(stored, "fetchedAt", Js.now());
                write(stored);
                JSObject answer = Dispatcher.ok();
                Js.put(answer, "changed", false);
                return answer;
            }
            JSObject body = Js.object(got, "body");
            JSObject items = Js.object(body, "items");
            if (status != 200 || !Js.isArray(items)) {
                return Dispatcher.error("unreachable", "the coupons could not be fetched");
            }
            JSObject kept = Js.array();
            int n = Math.min(Js.length(items), MAX_ITEMS);
            for (int i = 0; i < n; i++) {
                Js.push(kept, Js.at(items, i));
            }
            JSObject record = Js.object();
            Js.put(record, "etag", String.valueOf(Js.string(got, "etag")));
            Js.put(record, "fetchedAt", Js.now());
            String updatedAt = Js.string(body, "updatedAt");
            if (updatedAt != null) {
                Js.put(record, "updatedAt", updatedAt);
            }
            Js.put(record, "country", wanted[0]);
            Js.put(record, "currency", wanted[1]);
            Js.put(record, "lang", wanted[2]);
            Js.put(record, "items", kept);
            write(record);
            JSObject answer = Dispatcher.ok();
            Js.put(answer, "changed", true);
            return answer;
        }
    }

    private static boolean same(JSObject stored, String[] wanted) {
        return wanted[0].equals(Js.string(stored, "country")) && wanted[1].equals(Js.string(stored, "currency"))
                && wanted[2].equals(Js.string(stored, "lang"));
    }

    /** {country, currency, language} from the settings, else from the browser's locale. */
    static String[] wanted() {
        Settings settings = Setup.settings();
        String ui = Ext.chrome().getI18n().getUILanguage();
        String currency = settings.currency().isEmpty() ? Currencies.forLocale(ui) : settings.currency();
        String country = settings.shipTo().isEmpty() ? Currencies.region(ui) : settings.shipTo();
        String lang = settings.language().isEmpty() ? ui : settings.language();
        int sep = lang == null ? -1 : Math.max(lang.indexOf('-'), lang.indexOf('_'));
        String primary = lang == null ? "en" : (sep > 0 ? lang.substring(0, sep) : lang).toLowerCase();
        return new String[] {country, currency, primary};
    }

    private static JSObject stored() {
        return Js.object(Ext.localRead(StorageKeys.COUPONS), StorageKeys.COUPONS);
    }

    private static void write(JSObject record) {
        JSObject update = Js.object();
        Js.put(update, StorageKeys.COUPONS, record);
        Ext.localWrite(update);
    }

    /**
     * Resolves to {status, etag, body}: a GET without cookies, revalidated with If-None-Match when {@code etag} is
     * not empty; {status: 0} when the server cannot be reached.
     */
    @JSBody(params = {"url", "etag", "timeoutMillis"}, script = ""
            + "var headers = {'Accept': 'application/json'}; if (etag) { headers['If-None-Match'] = etag; }"
            + "return fetch(url, {method: 'GET', credentials: 'omit', cache: 'no-store', headers: headers,"
            + "  signal: AbortSignal.timeout(timeoutMillis)}).then(function (response) {"
            + "  var tag = response.headers.get('ETag') || '';"
            + "  if (response.status !== 200) { return {status: response.status, etag: tag}; }"
            + "  return response.json().then(function (answer) {"
            + "    return {status: 200, etag: tag, body: answer}; }, function () { return {status: 0}; });"
            + "}, function () { return {status: 0}; });")
    private static native JSPromise<JSObject> revalidate(String url, String etag, int timeoutMillis);
}
