package com.alismart.ext.chrome;

import org.teavm.jso.JSObject;

/** {@code chrome.i18n}. */
public interface I18n extends JSObject {
    /** The message for {@code key} from {@code _locales}, or "" when there is none. */
    String getMessage(String key);

    String getUILanguage();
}
