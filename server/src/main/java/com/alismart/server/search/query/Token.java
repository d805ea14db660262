package com.alismart.server.search.query;

/**
 * One unit of a query: a word, a number or a symbol that matters to prices and ratings.
 *
 * @param raw      lower case, as typed (accents kept); what ends up in keywords
 * @param fold     {@link Text#fold} of raw; what the lexicon is keyed on
 * @param type     word, number or symbol
 * @param value    the number's value (numbers only)
 * @param integer  whether the number was typed without a decimal part (numbers only)
 * @param space    whether whitespace or punctuation came before it
 * @param joined   whether a hyphen glued it to the previous word ("t-shirt", "red-black")
 */
record Token(String raw, String fold, Type type, double value, boolean integer, boolean space, boolean joined) {
    enum Type { WORD, NUMBER, SYMBOL }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isSymbol(String s) {
        return type == Type.SYMBOL && fold.equals(s);
    }
}
