package com.alismart.server.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits a query into words, numbers and the few symbols that carry meaning (currency signs, "+", "-", "/", "%",
 * "<", ">", stars). Other punctuation, emoji and markup characters only separate tokens.
 */
final class Tokenizer {
    /** More tokens than this is not a shopping query; the rest is ignored so work stays bounded. */
    static final int MAX_TOKENS = 64;
    static final int MAX_CHARS = 1000;

    /** French elided articles and prepositions: "l'été", "jusqu'à", "d'or". */
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quelqu");
    /** Letters typed right before "$" that name a dollar: "R$", "C$", "AU$", "MX$". */
    private static final Set<String> DOLLAR_PREFIXES = Set.of("us", "r", "c", "ca", "a", "au", "mx", "nz", "hk",
            "s", "sg");
    private static final String SYMBOLS = "$\u20AC\u00A3\u00A5\u20BD\u20B4\u20B9\u20A9\u20B8\u20BA+&/,<>~%\u2264\u2265"
            + "\u2605\u2606\u2B50";

    private Tokenizer() {
    }

    /**
     * @param glue tells whether letters typed right after a number are a separate word ("40usd", "3000руб");
     *             null keeps such runs whole
     */
    static List<Token> tokenize(String text, Predicate<String> glue) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int n = s.length();
        boolean space = true;
        boolean hyphen = false;
        int i = 0;
        while (i < n && out.size() < MAX_TOKENS) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (wordChar(cp)) {
                int j = runEnd(s, i);
                emitRun(out, s.substring(i, j), space, hyphen, glue);
                space = false;
                hyphen = false;
                i = j;
            } else if (cp == '-' && !space && !out.isEmpty() && i + 1 < n && i > 0
                    && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                hyphen = true;
                i++;
            } else if (cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '\u2212' || cp == '\u2012') {
                out.add(symbol("-", String.valueOf((char) cp), space));
                space = false;
                hyphen = false;
                i += len;
            } else if (cp == '$') {
                dollar(out, space);
                space = false;
                hyphen = false;
                i++;
            } else if (cp < 0x10000 && SYMBOLS.indexOf(cp) >= 0) {
                String sym = cp == '\u2B50' || cp == '\u2606' ? "\u2605" : String.valueOf((char) cp);
                out.add(symbol(sym, String.valueOf((char) cp), space));
                space = false;
                hyphen = false;
                i += len;
            } else {
                space = true;
                hyphen = false;
                i += len;
            }
        }
        return out;
    }

    private static boolean wordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** A run of letters and digits; "1,299.00" and "women's" stay one run. */
    private static int runEnd(String s, int start) {
        int n = s.length();
        int j = start;
        while (j < n) {
            int c = s.codePointAt(j);
            if (wordChar(c)) {
                j += Character.charCount(c);
            } else if ((c == '.' || c == ',') && j > start && j + 1 < n && Character.isDigit(s.charAt(j - 1))
                    && Character.isDigit(s.charAt(j + 1))) {
                j++;
            } else if (Text.isApostrophe(c) && j > start && j + 1 < n && Character.isLetter(s.charAt(j - 1))
                    && Character.isLetter(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static void emitRun(List<Token> out, String run, boolean space, boolean joined, Predicate<String> glue) {
        int apostrophe = firstApostrophe(run);
        if (apostrophe > 0) {
            String head = run.substring(0, apostrophe);
            if (ELISIONS.contains(Text.fold(head)) && apostrophe + 1 < run.length()) {
                out.add(word(head + "'", space, joined));
                emitRun(out, run.substring(apostrophe + 1), false, false, glue);
                return;
            }
            out.add(word(normaliseApostrophes(run), space, joined));
            return;
        }
        int digitsEnd = 0;
        while (digitsEnd < run.length() && (Character.isDigit(run.charAt(digitsEnd))
                || run.charAt(digitsEnd) == '.' || run.charAt(digitsEnd) == ',')) {
            digitsEnd++;
        }
        if (digitsEnd == run.length()) {
            out.add(number(run, space, joined));
            return;
        }
        if (digitsEnd > 0 && glue != null) {
            String tail = run.substring(digitsEnd);
            if (glue.test(Text.fold(tail))) {
                out.add(number(run.substring(0, digitsEnd), space, joined));
                out.add(word(tail, false, false));
                return;
            }
        }
        out.add(word(run, space, joined));
    }

    private static int firstApostrophe(String run) {
        for (int k = 0; k < run.length(); k++) {
            if (Text.isApostrophe(run.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static String normaliseApostrophes(String run) {
        StringBuilder sb = new StringBuilder(run.length());
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            sb.append(Text.isApostrophe(c) ? '\'' : c);
        }
        return sb.toString();
    }

    /** "$" alone, or glued to the letters before it: "R$" is a real, "US $" (with a space) still a dollar. */
    private static void dollar(List<Token> out, boolean space) {
        if (!out.isEmpty()) {
            Token prev = out.get(out.size() - 1);
            if (prev.isWord() && ((!space && DOLLAR_PREFIXES.contains(prev.fold())) || prev.fold().equals("us"))) {
                out.set(out.size() - 1, symbol(prev.fold() + "$", prev.raw() + (space ? " $" : "$"), prev.space()));
                return;
            }
        }
        out.add(symbol("$", "$", space));
    }

    private static Token word(String raw, boolean space, boolean joined) {
        return new Token(raw, Text.fold(raw), Token.Type.WORD, 0, false, space, joined);
    }

    private static Token symbol(String fold, String raw, boolean space) {
        return new Token(raw, fold, Token.Type.SYMBOL, 0, false, space, false);
    }

    private static Token number(String raw, boolean space, boolean joined) {
        double v = Numbers.parse(raw);
        if (Double.isNaN(v)) {
            return word(raw, space, joined);
        }
        return new Token(raw, raw, Token.Type.NUMBER, v, !Numbers.hasDecimals(raw), space, joined);
    }
}
