package com.alismart.server.search.query;

/**
 * Reads the numbers shoppers type: "40", "40.50", "40,50", "1,299.00", "1.299,00", "1.299". A single separator
 * followed by exactly three digits groups thousands in every language: no price has three decimals.
 */
final class Numbers {
    private static final int MAX_DIGITS = 12;

    private Numbers() {
    }

    /** The value, or NaN when the text is not a well-formed number (a date like "12.5.2023"). */
    static double parse(String raw) {
        int dots = 0;
        int commas = 0;
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return Double.NaN;
        }
        if (dots + commas == 0) {
            return Double.parseDouble(raw);
        }
        char decimal = decimalSeparator(raw, dots, commas);
        char group = decimal == '.' ? ',' : decimal == ',' ? '.' : (dots > 0 ? '.' : ',');
        if (!groupsValid(raw, group, decimal)) {
            return Double.NaN;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == decimal) {
                sb.append('.');
            } else if (c != group) {
                sb.append(c);
            }
        }
        return Double.parseDouble(sb.toString());
    }

    /** Whether the number has a decimal part ("40.50", "4,5"), as opposed to "40" or "1,299". */
    static boolean hasDecimals(String raw) {
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '.') {
                dots++;
            } else if (raw.charAt(i) == ',') {
                commas++;
            }
        }
        return dots + commas > 0 && decimalSeparator(raw, dots, commas) != 0;
    }

    /** '.', ',' or 0 when every separator groups thousands. */
    private static char decimalSeparator(String raw, int dots, int commas) {
        if (dots > 0 && commas > 0) {
            return raw.charAt(Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(',')));
        }
        char sep = dots > 0 ? '.' : ',';
        if (dots + commas > 1) {
            return 0;
        }
        int at = raw.indexOf(sep);
        boolean threeAfter = raw.length() - at - 1 == 3;
        return threeAfter && at > 0 && raw.charAt(0) != '0' ? 0 : sep;
    }

    private static boolean groupsValid(String raw, char group, char decimal) {
        int end = decimal == 0 ? raw.length() : raw.lastIndexOf(decimal);
        if (decimal != 0 && (raw.indexOf(decimal) != end || end == raw.length() - 1 || end == 0)) {
            return false;
        }
        int run = 0;
        boolean first = true;
        for (int i = 0; i < end; i++) {
            if (raw.charAt(i) == group) {
                if (run == 0 || (first ? run > 3 : run != 3)) {
                    return false;
                }
                first = false;
                run = 0;
            } else {
                run++;
            }
        }
        return run > 0 && (first || run == 3);
    }
}
