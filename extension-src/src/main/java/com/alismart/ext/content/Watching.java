package com.alismart.ext.content;

/** A price the shopper typed ("12.50", "12,50", "1 299"), or NaN: read by hand, not by Double.parseDouble. */
final class Watching {
    private Watching() {
    }

    static double parseTyped(String typed) {
        if (typed == null) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                digits.append(c);
            } else if (c == ',') {
                digits.append('.'); // a decimal comma; "1,299.00" is not a target anyone types
            } else if (c != ' ' && c != '\u00a0' && c != '$' && c != '\u20ac' && c != '\u00a3') {
                return Double.NaN;
            }
        }
        double price = PageMain.parsePrice(digits.toString());
        return price > 0 ? price : Double.NaN;
    }
}
