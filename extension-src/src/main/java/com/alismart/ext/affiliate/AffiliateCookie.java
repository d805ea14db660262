package com.alismart.ext.affiliate;

/**
 * What the {@code aeu_cid} cookie says about the last affiliate click: when it happened and whose it was. The value
 * is read in the browser only; this class keeps nothing of it but the two facts, and nothing here ever sends it.
 *
 * <p>Shape, as the affiliate redirector sets it: {@code <32 hex>-<13-digit epoch ms>-<5 digits>-<affiliate key>},
 * e.g. {@code 5856849ddcbb4dd9a90eda679e57ef37-1780700763697-04522-_c45d2J9R}. The key may itself contain '-'.
 */
public final class AffiliateCookie {
    static final int MAX_LENGTH = 512;

    private final double clickTime;
    private final String affiliateKey;

    private AffiliateCookie(double clickTime, String affiliateKey) {
        this.clickTime = clickTime;
        this.affiliateKey = affiliateKey;
    }

    /** The parsed cookie, or {@code null} when the value does not have the shape above. */
    public static AffiliateCookie parse(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        if (value.length() > 1 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
            value = value.substring(1, value.length() - 1);
        }
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        int first = value.indexOf('-');
        if (first != 32 || !allHex(value, 0, 32)) {
            return null;
        }
        int second = value.indexOf('-', first + 1);
        if (second != first + 14 || !allDigits(value, first + 1, second)) {
            return null;
        }
        int third = value.indexOf('-', second + 1);
        if (third != second + 6 || !allDigits(value, second + 1, third)) {
            return null;
        }
        String key = value.substring(third + 1);
        if (key.isEmpty() || !isKey(key)) {
            return null;
        }
        double time = 0;
        for (int i = first + 1; i < second; i++) {
            time = time * 10 + (value.charAt(i) - '0');
        }
        return new AffiliateCookie(time, key);
    }

    /** When the click happened, in epoch milliseconds. */
    public double clickTime() {
        return clickTime;
    }

    /** The affiliate the click was credited to. */
    public String affiliateKey() {
        return affiliateKey;
    }

    private static boolean allHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** Affiliate keys seen in the wild are short URL-safe tokens. */
    private static boolean isKey(String s) {
        if (s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
