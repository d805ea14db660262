package com.alismart.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the taxonomy's colour, material and gender words in a piece of title text. The template loader uses it to
 * keep free word pools neutral, which is what lets every generated title agree with its product's fields.
 */
final class TitleWords {
    /** Words that name a gender; "unisex" maps to itself because it means the product has none. */
    static final Map<String, String> GENDER_WORDS = Map.ofEntries(
            Map.entry("women", "women"), Map.entry("woman", "women"), Map.entry("womens", "women"),
            Map.entry("ladies", "women"), Map.entry("lady", "women"), Map.entry("female", "women"),
            Map.entry("men", "men"), Map.entry("man", "men"), Map.entry("mens", "men"), Map.entry("male", "men"),
            Map.entry("kids", "kids"), Map.entry("kid", "kids"), Map.entry("children", "kids"),
            Map.entry("child", "kids"), Map.entry("girls", "kids"), Map.entry("girl", "kids"),
            Map.entry("boys", "kids"), Map.entry("boy", "kids"), Map.entry("unisex", "unisex"));

    /** Spellings a shopper would read as one of the canonical colours. */
    private static final Map<String, String> COLOR_ALIASES = Map.of("grey", "gray", "golden", "gold");

    private static final List<List<String>> MATERIAL_TOKENS = Taxonomy.MATERIALS.stream()
            .map(TitleWords::tokens)
            .toList();

    private TitleWords() {
    }

    /** Lower-case runs of letters and digits; "Women's 18K" gives [women, s, 18k]. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** Canonical materials named in the text, multi-word ones ("sterling silver") matched as phrases. */
    static Set<String> materialsIn(String text) {
        List<String> tokens = tokens(text);
        Set<String> found = new LinkedHashSet<>();
        for (List<String> material : MATERIAL_TOKENS) {
            if (indexOf(tokens, material) >= 0) {
                found.add(String.join(" ", material));
            }
        }
        return found;
    }

    /**
     * Canonical colours named in the text. A colour word inside a material phrase does not count: "sterling silver"
     * is a metal, not the colour of the product.
     */
    static Set<String> colorsIn(String text) {
        List<String> tokens = new ArrayList<>(tokens(text));
        for (List<String> material : MATERIAL_TOKENS) {
            int at;
            while ((at = indexOf(tokens, material)) >= 0) {
                for (int i = 0; i < material.size(); i++) {
                    tokens.set(at + i, "");
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (String token : tokens) {
            String color = COLOR_ALIASES.getOrDefault(token, token);
            if (Taxonomy.COLORS.containsKey(color)) {
                found.add(color);
            }
        }
        return found;
    }

    /** Genders named in the text ("women", "men", "kids", or "unisex"). */
    static Set<String> gendersIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            String gender = GENDER_WORDS.get(token);
            if (gender != null) {
                found.add(gender);
            }
        }
        return found;
    }

    /** "stainless steel" gives "Stainless Steel". */
    static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static int indexOf(List<String> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
