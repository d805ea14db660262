package com.alismart.ext.recognize;

/**
 * Reads prices as shops print them, in every locale format: "8,71 €", "$1,299.00", "R$ 1.234,56", "₩19,519",
 * "CHF 1'234.50", "1 234,56 ₽"; a range ("€97,39 – 128,72") or "from 12,99 €" gives its first (low) amount. Never
 * throws; gives {@code null} when it is not sure, since a wrong price is worse than none.
 */
public final class Prices {
    /** Longer texts are cut: a price never needs more, and the scan stays cheap on hostile input. */
    static final int MAX_TEXT = 200;
    /** Amounts above this are taken for misreadings (an id, a phone number), not prices. */
    static final double MAX_AMOUNT = 1e9;
    private static final int MAX_DIGITS = 15;

    // Symbols and words that name a currency, longest first where one starts another. "$", "kr" and "¥" are
    // ambiguous and resolved from the page's country (see resolve); ISO codes are matched separately.
    private static final String[] SYMBOLS = {
        "US $", "USD", "US$", "USD", "AU $", "AUD", "AU$", "AUD", "A $", "AUD", "A$", "AUD",
        "CA $", "CAD", "CA$", "CAD", "C $", "CAD", "C$", "CAD", "NZ $", "NZD", "NZ$", "NZD",
        "HK $", "HKD", "HK$", "HKD",
        "SG $", "SGD", "SG$", "SGD", "S$", "SGD", "MX $", "MXN", "MX$", "MXN", "NT$", "TWD", "R$", "BRL",
        "CN¥", "CNY", "CN ¥", "CNY", "JP¥", "JPY", "JP ¥", "JPY", "RMB", "CNY", "元", "CNY", "円", "JPY",
        "€", "EUR", "£", "GBP", "₩", "KRW", "원", "KRW", "₹", "INR", "Rs.", "INR", "Rs", "INR",
        "₽", "RUB", "руб.", "RUB", "руб", "RUB", "р.", "RUB", "₺", "TRY", "TL", "TRY", "zł", "PLN", "Kč", "CZK",
        "Ft", "HUF", "lei", "RON", "Lei", "RON", "₴", "UAH", "грн", "UAH", "₪", "ILS", "₫", "VND", "฿", "THB",
        "₱", "PHP", "₦", "NGN", "RM", "MYR", "Rp", "IDR", "د.إ", "AED", "ر.س", "SAR", "ج.م", "EGP", "﷼", "SAR",
        "Fr.", "CHF",
        "kr.", "kr", "kr", "kr", "Kr", "kr", "$", "$", "¥", "¥",
    };
    // ISO 4217 codes a shop page may print beside a price ("EUR 29,99", "1.234,50 TRY").
    private static final String CODES = " USD EUR GBP JPY CNY KRW INR RUB TRY PLN CZK HUF RON UAH ILS VND THB PHP NGN"
            + " MYR IDR AED SAR CHF SEK NOK DKK ISK AUD CAD NZD HKD SGD MXN BRL TWD CLP COP PEN ARS ZAR EGP MAD"
            + " KZT BGN QAR KWD BHD OMR JOD PKR BDT LKR ";
    private static final String DOLLARS = " USD CAD AUD NZD HKD SGD MXN TWD CLP COP ARS ";
    private static final String KRONER = " SEK NOK DKK ISK ";

    private Prices() {
    }

    /**
     * The first price in {@code text}. {@code localCurrency} is the currency of the page's country when known
     * (a "$" on amazon.ca is CAD, a "kr" on a Danish page DKK), or {@code null}.
     */
    public static Money parse(String text, String localCurrency) {
        if (text == null) {
            return null;
        }
        try {
            return scan(normalise(text), localCurrency);
        } catch (RuntimeException e) {
            return null; // never reached by design; a price is not worth an error in the page
        }
    }

    /**
     * A price in machine format, as structured data gives it ("12.99", "1299", "1299.0"), or {@code NaN}. Lenient
     * about surrounding spaces only: anything else goes through {@link #parse}.
     */
    public static double number(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 24) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 0 && c == '0' && decimals < 0) {
                    continue; // leading zeros carry nothing and must not count against MAX_DIGITS
                }
                if (++digits > MAX_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0 && i > 0 && i < t.length() - 1) {
                decimals = 0;
            } else if (c == '+' && i == 0 && t.length() > 1) {
                continue;
            } else {
                return Double.NaN;
            }
        }
        if (decimals > 0 && digits == 0) {
            return 0;
        }
        return decimals > 0 ? mantissa / pow10(decimals) : mantissa;
    }

    /** The ISO code if {@code s} is one ("usd" and " EUR " too), else {@code null}. */
    public static String currencyCode(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.length() != 3) {
            return null;
        }
        char[] up = new char[3];
        for (int i = 0; i < 3; i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (c < 'A' || c > 'Z') {
                return null;
            }
            up[i] = c;
        }
        return new String(up);
    }

    // Spaces of every width become ' ', typographic apostrophes '\'', full-width digits and yen ASCII and '¥'.
    private static String normalise(String text) {
        int n = Math.min(text.length(), MAX_TEXT);
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007' || c == '\u200a' || c == '\t'
                    || c == '\n' || c == '\r' || c == '\u2002' || c == '\u2003' || c == '\u3000') {
                c = ' ';
            } else if (c == '\u2019' || c == '\u02bc') {
                c = '\'';
            } else if (c >= '\uff10' && c <= '\uff19') {
                c = (char) ('0' + (c - '\uff10'));
            } else if (c == '\uffe5') {
                c = '¥';
            } else if (c == '\uff0c') {
                c = ',';
            } else if (c == '\uff0e') {
                c = '.';
            }
            out[i] = c;
        }
        return new String(out);
    }

    private static Money scan(String s, String local) {
        // Up to 8 numbers and 8 currency marks, in order; positions let us pair each number with a mark beside it.
        int[] numStart = new int[8];
        int[] numEnd = new int[8];
        double[] numValue = new double[8];
        int numbers = 0;
        int[] curStart = new int[8];
        int[] curEnd = new int[8];
        String[] curCode = new String[8];
        int marks = 0;
        int i = 0;
        while (i < s.length() && (numbers < 8 || marks < 8)) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = numberEnd(s, i);
                char before = i > 0 ? s.charAt(i - 1) : ' ';
                if ((isLetter(before) && !isCurrencyEnd(s, i)) || before == '.' || before == ',') {
                    i = end; // a model number such as "X5" or "iPhone15", or the tail of a malformed "1..2"
                    continue;
                }
                if (numbers < 8) {
                    numStart[numbers] = i;
                    numEnd[numbers] = end;
                    numValue[numbers] = amount(s, i, end);
                    numbers++;
                }
                i = end;
                continue;
            }
            int matched = matchCurrency(s, i);
            if (matched > 0) {
                if (marks < 8) {
                    curStart[marks] = i;
                    curEnd[marks] = i + matched;
                    curCode[marks] = resolve(s.substring(i, i + matched), local);
                    marks++;
                }
                i += matched;
                continue;
            }
            i++;
        }
        for (int k = 0; k < numbers; k++) {
            if (isPercent(s, numEnd[k])) {
                continue;
            }
            for (int m = 0; m < marks; m++) {
                boolean before = curEnd[m] <= numStart[k] && gap(s, curEnd[m], numStart[k]);
                boolean after = curStart[m] >= numEnd[k] && gap(s, numEnd[k], curStart[m]);
                if (before || after) {
                    return money(numValue[k], curCode[m]);
                }
            }
        }
        // No amount beside a currency mark: a bare number ("24.99") is a price only when it is all the text says.
        if (numbers == 1 && marks == 0 && !isPercent(s, numEnd[0]) && onlyNumber(s, numStart[0], numEnd[0])) {
            return money(numValue[0], null);
        }
        return null;
    }

    private static Money money(double value, String code) {
        if (Double.isNaN(value) || value < 0 || value > MAX_AMOUNT) {
            return null;
        }
        return new Money(value, code);
    }

    /** The end of the number starting at {@code start}: digits, with separators that have digits after them. */
    private static int numberEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                i++;
            } else if ((c == ' ' || c == '\'') && digitRun(s, i + 1) == 3) {
                // A space or an apostrophe groups thousands only before exactly three digits: "1 234,56".
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** The value of the number in s[start, end), or NaN when its separators do not make sense. */
    private static double amount(String s, int start, int end) {
        // Separators and the groups of digits between them.
        int seps = 0;
        int dots = 0;
        int commas = 0;
        char last = 0;
        int lastAt = -1;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                seps++;
                if (c == '.') {
                    dots++;
                } else if (c == ',') {
                    commas++;
                }
                last = c;
                lastAt = i;
            }
        }
        int decimalAt = -1;
        if (seps > 0 && (last == '.' || last == ',')) {
            int lastCount = last == '.' ? dots : commas;
            int after = end - lastAt - 1;
            if (dots > 0 && commas > 0) {
                if (lastCount > 1) {
                    return Double.NaN; // "1,234.567.89"
                }
                decimalAt = lastAt;
            } else if (lastCount > 1) {
                decimalAt = -1; // "1.234.567": all thousands
            } else if (seps > 1) {
                decimalAt = lastAt; // "1 234,5" or "1'234.50"
            } else if (after == 3 && !onlyZeros(s, start, lastAt)) {
                decimalAt = -1; // "1,299", "19,519", "1.234": three digits after one separator group thousands
            } else {
                decimalAt = lastAt;
            }
            if (decimalAt >= 0 && (after < 1 || after > 4)) {
                return Double.NaN;
            }
        }
        int intEnd = decimalAt >= 0 ? decimalAt : end;
        if (!groupsValid(s, start, intEnd)) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (digits > 0 || c != '0') {
                    digits++;
                }
                if (digits > MAX_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (decimalAt >= 0 && i > decimalAt) {
                    decimals++;
                }
            }
        }
        // One division of exact integers: 871 / 100.0 is the double nearest 8.71, as a literal would be.
        return decimals > 0 ? mantissa / pow10(decimals) : mantissa;
    }

    // Thousands groups: every group after the first has three digits, or two in the Indian lakh style
    // ("1,23,456": two-digit groups, then a last one of three).
    private static boolean groupsValid(String s, int start, int end) {
        int group = 0;
        int groups = 0;
        for (int i = start; i <= end; i++) {
            if (i < end && isDigit(s.charAt(i))) {
                group++;
                continue;
            }
            boolean first = groups == 0;
            boolean lastGroup = i == end;
            if (first ? group < 1 || (!lastGroup && group > 3) : group != 3 && (lastGroup || group != 2)) {
                return false;
            }
            groups++;
            group = 0;
        }
        return true;
    }

    private static boolean onlyZeros(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Length of the currency mark at {@code i}, or 0. */
    private static int matchCurrency(String s, int i) {
        if (i > 0 && isLetter(s.charAt(i - 1)) && isLetter(s.charAt(i))) {
            return 0; // inside a word: "FORM" holds no "RM"
        }
        for (int k = 0; k < SYMBOLS.length; k += 2) {
            String symbol = SYMBOLS[k];
            if (s.startsWith(symbol, i)) {
                int end = i + symbol.length();
                boolean wordy = isLetter(symbol.charAt(symbol.length() - 1));
                if (wordy && end < s.length() && isLetter(s.charAt(end))) {
                    continue; // "Rs" in "Rss", "TL" in "TLC"
                }
                return symbol.length();
            }
        }
        if (i + 3 <= s.length() && (i + 3 == s.length() || !isLetter(s.charAt(i + 3)))) {
            String code = s.substring(i, i + 3);
            if (isUpper(code) && CODES.indexOf(" " + code + " ") >= 0) {
                return 3;
            }
        }
        return 0;
    }

    /** The ISO code a currency mark stands for on a page whose country uses {@code local}. */
    private static String resolve(String mark, String local) {
        for (int k = 0; k < SYMBOLS.length; k += 2) {
            if (SYMBOLS[k].equals(mark)) {
                String code = SYMBOLS[k + 1];
                if (code.equals("$")) {
                    return local != null && DOLLARS.indexOf(" " + local + " ") >= 0 ? local : "USD";
                }
                if (code.equals("kr")) {
                    return local != null && KRONER.indexOf(" " + local + " ") >= 0 ? local : null;
                }
                if (code.equals("¥")) {
                    return "CNY".equals(local) ? "CNY" : "JPY";
                }
                return code;
            }
        }
        return mark; // an ISO code
    }

    // A number right after letters is part of a word ("X5", "iPhone15") unless those letters are a currency mark
    // ("USD12", "RM12").
    private static boolean isCurrencyEnd(String s, int i) {
        int from = i - 1;
        while (from > 0 && isLetter(s.charAt(from - 1)) && i - from < 4) {
            from--;
        }
        for (int k = from; k < i; k++) {
            if (matchCurrency(s, k) == i - k) {
                return true;
            }
        }
        return false;
    }

    /** Between a number and its currency mark there may be nothing but up to two spaces. */
    private static boolean gap(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPercent(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ' && i - end < 2) {
            i++;
        }
        return i < s.length() && (s.charAt(i) == '%' || s.charAt(i) == '\uff05');
    }

    private static boolean onlyNumber(String s, int start, int end) {
        for (int i = 0; i < s.length(); i++) {
            if ((i < start || i >= end) && s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Letters of the scripts shops write prices in; by range, since Character.isLetter brings Unicode tables. */
    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u024f' && c != '\u00d7'
                && c != '\u00f7') || (c >= '\u0370' && c <= '\u052f') || (c >= '\u0620' && c <= '\u064a');
    }

    private static double pow10(int n) {
        double p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
