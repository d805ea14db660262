package com.alismart.server.search.query;

/**
 * Light, per-language suffix stripping: enough to make plural, gender and case forms of one word meet
 * ("rojo/rojas", "noire/noirs", "rote/roten", "черный/черных"). It is applied to lexicon forms and query words
 * alike, so it only has to be consistent, not linguistically right. Input is folded (no accents).
 */
final class Stemmer {
    private static final int MIN_STEM = 3;
    private static final String[] DE_ENDINGS = {"ern", "en", "er", "es", "em", "e", "n", "s"};
    private static final String[] RU_ENDINGS = {
        "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
        "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ых", "их", "ую", "юю", "ым", "им", "ом", "ем",
        "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ью", "ия", "ии",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"};

    private Stemmer() {
    }

    static String stem(Lang lang, String w) {
        if (w.length() < 4) {
            return w;
        }
        boolean cyrillic = Text.isCyrillic(w.charAt(0));
        if (cyrillic != (lang == Lang.RU) || !letters(w)) {
            return w;
        }
        switch (lang) {
            case EN:
                return english(w);
            case ES:
                return finalVowel(spanishPlural(w));
            case PT:
                return finalVowel(portuguesePlural(w));
            case FR:
                return french(w);
            case DE:
                return strip(w, DE_ENDINGS);
            case RU:
                return strip(w, RU_ENDINGS);
            default:
                return w;
        }
    }

    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String english(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String spanishPlural(String w) {
        int n = w.length();
        if (w.endsWith("ces") && n > 4) {
            return w.substring(0, n - 3) + "z";
        }
        if (w.endsWith("es") && n > 4 && !vowel(w.charAt(n - 3))) {
            return w.substring(0, n - 2);
        }
        // "gris", "tenis", "crisis" do not change in the plural
        if (w.endsWith("s") && vowel(w.charAt(n - 2)) && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String portuguesePlural(String w) {
        int n = w.length();
        if (w.endsWith("oes") || w.endsWith("aes")) {
            return w.substring(0, n - 3) + "ao";
        }
        if (n > 4 && (w.endsWith("ais") || w.endsWith("eis") || w.endsWith("ois") || w.endsWith("uis"))) {
            return w.substring(0, n - 2) + "l";
        }
        if (w.endsWith("ns")) {
            return w.substring(0, n - 2) + "m";
        }
        if (n > 4 && (w.endsWith("res") || w.endsWith("zes") || w.endsWith("ses"))) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String french(String w) {
        String s = w;
        if (s.endsWith("eaux") || s.endsWith("eux") || s.endsWith("oux")) {
            s = s.substring(0, s.length() - 1);
        } else if ((s.endsWith("s") || s.endsWith("x")) && !s.endsWith("ss") && !s.endsWith("is")
                && !s.endsWith("us")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() > MIN_STEM) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String finalVowel(String w) {
        char c = w.charAt(w.length() - 1);
        if ((c == 'a' || c == 'o' || c == 'e') && w.length() > MIN_STEM) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String strip(String w, String[] endings) {
        for (String e : endings) {
            if (w.endsWith(e) && w.length() - e.length() >= MIN_STEM) {
                if (e.equals("s") && w.charAt(w.length() - 2) == 's') {
                    continue;
                }
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
