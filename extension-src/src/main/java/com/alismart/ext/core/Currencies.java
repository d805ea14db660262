package com.alismart.ext.core;

/** The shopper's likely currency, from the browser's locale, until they choose one in the settings. */
public final class Currencies {
    // Region → currency for the countries AliExpress ships to most; the euro area listed one by one.
    private static final String[] REGION_CURRENCY = {
        "US", "USD", "GB", "GBP", "CA", "CAD", "AU", "AUD", "NZ", "NZD", "BR", "BRL", "MX", "MXN", "RU", "RUB",
        "UA", "UAH", "KZ", "KZT", "BY", "USD", "PL", "PLN", "CZ", "CZK", "HU", "HUF", "RO", "RON", "SE", "SEK",
        "NO", "NOK", "DK", "DKK", "CH", "CHF", "TR", "TRY", "IL", "ILS", "AE", "AED", "SA", "SAR", "JP", "JPY",
        "KR", "KRW", "IN", "INR", "SG", "SGD", "MY", "MYR", "TH", "THB", "VN", "VND", "ID", "IDR", "PH", "PHP",
        "CL", "CLP", "CO", "COP", "PE", "PEN", "AR", "USD", "ZA", "ZAR", "EG", "EGP", "MA", "MAD", "NG", "NGN",
        "DE", "EUR", "FR", "EUR", "ES", "EUR", "IT", "EUR", "PT", "EUR", "NL", "EUR", "BE", "EUR", "AT", "EUR",
        "IE", "EUR", "FI", "EUR", "GR", "EUR", "SK", "EUR", "SI", "EUR", "LT", "EUR", "LV", "EUR", "EE", "EUR",
        "LU", "EUR", "HR", "EUR", "CY", "EUR", "MT", "EUR",
    };
    // Without a region, the language's largest market.
    private static final String[] LANGUAGE_CURRENCY = {
        "en", "USD", "es", "EUR", "fr", "EUR", "de", "EUR", "it", "EUR", "nl", "EUR", "pt", "BRL", "ru", "RUB",
        "pl", "PLN", "uk", "UAH", "tr", "TRY", "ja", "JPY", "ko", "KRW", "he", "ILS", "ar", "USD",
    };

    private Currencies() {
    }

    /** The ISO 4217 currency for a BCP 47 tag such as "pt-BR", "de" or "es_MX"; "USD" when unknown. */
    public static String forLocale(String tag) {
        if (tag == null) {
            return "USD";
        }
        String region = region(tag);
        if (!region.isEmpty()) {
            String c = lookup(REGION_CURRENCY, region);
            if (c != null) {
                return c;
            }
        }
        int sep = indexOfSeparator(tag);
        String c = lookup(LANGUAGE_CURRENCY, lower(sep >= 0 ? tag.substring(0, sep) : tag));
        return c == null ? "USD" : c;
    }

    /** The region of a BCP 47 tag, upper case ("pt-BR", "zh-Hant-TW", "es_mx"), or "" when it names none. */
    public static String region(String tag) {
        if (tag == null) {
            return "";
        }
        int sep = indexOfSeparator(tag);
        if (sep < 0) {
            return "";
        }
        String rest = tag.substring(sep + 1);
        int next = indexOfSeparator(rest);
        String second = next >= 0 ? rest.substring(0, next) : rest;
        if (second.length() == 4 && next >= 0) { // a script subtag: "zh-Hant-TW"
            String third = rest.substring(next + 1);
            int end = indexOfSeparator(third);
            second = end >= 0 ? third.substring(0, end) : third;
        }
        return second.length() == 2 ? upper(second) : "";
    }

    private static String lookup(String[] pairs, String key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    private static int indexOfSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' || s.charAt(i) == '_') {
                return i;
            }
        }
        return -1;
    }

    private static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    private static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }
}
