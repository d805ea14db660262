package com.alismart.ext.results;

import java.util.ArrayList;
import java.util.List;

/** The words of a listing title that name the product, without the listing noise ("2025 New Hot Sale"). */
final class TitleWords {
    private static final String[] NOISE = {"new", "hot", "sale", "2023", "2024", "2025", "2026", "fashion", "free",
        "shipping", "original", "high", "quality", "best", "top", "brand", "style", "for", "with", "and", "the", "of",
        "in", "a", "pcs", "1pc", "pc", "set", "lot", "wholesale", "dropshipping"};
    static final int MAX_WORDS = 6;

    private TitleWords() {
    }

    static String likely(String title) {
        if (title == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= title.length() && words.size() < MAX_WORDS; i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                word.setLength(0);
                if (!isNoise(w)) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }

    private static boolean isNoise(String w) {
        String lower = w.toLowerCase();
        for (String n : NOISE) {
            if (n.equals(lower)) {
                return true;
            }
        }
        return lower.length() < 2;
    }
}
