package com.alismart.server.search.query;

import java.util.Locale;

/**
 * What a lexicon form means. The first group gives a word its role in the result; the second group are markers
 * that only mean something next to a number or another word ("under" 40, 4 "stars", "size" M, "not" X).
 */
enum Kind {
    // roles, in the order that breaks ties between equally long matches
    KEEP(true, false),
    FREE_SHIPPING(true, true),
    SORT(true, true),
    GENDER(true, true),
    COLOR(true, true),
    MATERIAL(true, true),
    CATEGORY(true, true),
    CURRENCY(true, true),
    STOP(true, false),
    // markers
    PRICE_MAX(false, false),
    PRICE_MIN(false, false),
    RANGE_START(false, false),
    RANGE_MID(false, false),
    OR_MORE(false, false),
    OR_LESS(false, false),
    PRICE_WORD(false, true),
    APPROX(false, false),
    UNIT(false, false),
    RATING_WORD(false, true),
    STAR_WORD(false, true),
    SIZE_MARKER(false, false),
    NEGATION(false, false),
    COLOR_MODIFIER(false, true);

    /** Whether a word of this kind takes a role by itself (as opposed to shaping a pattern around it). */
    final boolean role;
    /** Whether inflected forms match by default (plural, gender, case), through {@link Stemmer}. */
    final boolean inflects;

    Kind(boolean role, boolean inflects) {
        this.role = role;
        this.inflects = inflects;
    }

    /** The kind a patterns.tsv line names in its first column ("price_max"). */
    static Kind named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
