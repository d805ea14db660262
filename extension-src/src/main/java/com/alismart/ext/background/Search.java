package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Currencies;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;

/** Smart Search for the popup: the worker calls the server, so only it knows the server and the settings. */
final class Search {
    private static final int TIMEOUT_MILLIS = 8000;

    private Search() {
    }

    static JSObject run(Messages.SearchRequest request) {
        Settings settings = Setup.settings();
        String uiLanguage = Ext.chrome().getI18n().getUILanguage();
        String currency = settings.currency().isEmpty() ? Currencies.forLocale(uiLanguage) : settings.currency();
        String lang = settings.language().isEmpty() ? uiLanguage : settings.language();
        StringBuilder url = new StringBuilder(settings.serverUrl()).append("/api/v1/search?q=")
                .append(Js.encode(request.query()))
                .append("&page=").append(request.page())
                .append("&size=20&currency=").append(currency)
                .append("&lang=").append(Js.encode(lang == null ? "" : lang));
        for (String chip : request.drop()) {
            url.append("&drop=").append(Js.encode(chip));
        }
        ServerApi.Result result = ServerApi.get(url.toString(), TIMEOUT_MILLIS);
        if (result.error != null) {
            return result.error;
        }
        JSObject answer = Dispatcher.ok();
        Js.put(answer, "result", result.body);
        return answer;
    }
}
