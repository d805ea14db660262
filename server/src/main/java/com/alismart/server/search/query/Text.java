package com.alismart.server.search.query;

import java.text.Normalizer;

/** Character-level helpers: the accent-free form every lexicon lookup uses. */
final class Text {
    /** Base letters for U+00C0..U+024F, so folding Latin text never runs the normaliser per character. */
    private static final char[] LATIN_BASE = new char[0x0250 - 0x00C0];

    static {
        for (int c = 0x00C0; c < 0x0250; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char b = d.charAt(0);
            LATIN_BASE[c - 0x00C0] = b < 0x80 ? b : (char) c;
        }
    }

    private Text() {
    }

    static boolean isCyrillic(int cp) {
        return cp >= 0x0400 && cp <= 0x04FF;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    /**
     * Lower-case text without accents or apostrophes: "Envío" and "envio" meet, "women's" meets "womens", "чёрный"
     * meets "черный". Cyrillic keeps its "й" because stripping the breve would merge unrelated words.
     */
    static String fold(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x80) {
                if (c != '\'') {
                    sb.append(c);
                }
            } else if (c == '\u0451') {
                sb.append('\u0435');
            } else if (c >= 0x0400 && c <= 0x04FF) {
                sb.append(c);
            } else if (c == '\u00DF') {
                sb.append("ss");
            } else if (c == '\u00E6') {
                sb.append("ae");
            } else if (c == '\u0153') {
                sb.append("oe");
            } else if (c == '\u00F8') {
                sb.append('o');
            } else if (c == '\u0142') {
                sb.append('l');
            } else if (c == '\u0111') {
                sb.append('d');
            } else if (c >= 0x00C0 && c < 0x0250) {
                sb.append(LATIN_BASE[c - 0x00C0]);
            } else if (c >= 0x0300 && c <= 0x036F) {
                continue;
            } else if (!isApostrophe(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
