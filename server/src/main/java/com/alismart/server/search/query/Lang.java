package com.alismart.server.search.query;

import java.util.Locale;

/** The languages the lexicon covers, in the order used to break ties when no language is preferred. */
enum Lang {
    EN("en"), ES("es"), FR("fr"), DE("de"), PT("pt"), RU("ru");

    final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The language for an ISO 639-1 code, ignoring case and any region ("pt-BR"), or null. */
    static Lang of(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.length() > 2 && (c.charAt(2) == '-' || c.charAt(2) == '_')) {
            c = c.substring(0, 2);
        }
        for (Lang l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        return null;
    }

    /** Spanish, French, Portuguese and Russian put the head noun first ("funda iphone", "чехол iphone"). */
    boolean headFirst() {
        return this == ES || this == FR || this == PT || this == RU;
    }
}
