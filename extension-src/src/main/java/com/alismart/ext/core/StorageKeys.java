package com.alismart.ext.core;

/**
 * Every key the extension writes to {@code chrome.storage.local}, and nothing else may be written (promise 5 of the
 * privacy policy: coupons, settings, the anonymous id, the user's own watch list, and the analytics queue).
 */
public final class StorageKeys {
    public static final String SETTINGS = "settings";
    public static final String CLIENT_ID = "clientId";
    public static final String COUPONS = "coupons";
    public static final String WATCHLIST = "watchlist";
    public static final String ANALYTICS_QUEUE = "analyticsQueue";

    private static final String[] ALL = {SETTINGS, CLIENT_ID, COUPONS, WATCHLIST, ANALYTICS_QUEUE};

    private StorageKeys() {
    }

    public static String[] all() {
        return ALL.clone();
    }

    public static boolean isAllowed(String key) {
        for (String k : ALL) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
