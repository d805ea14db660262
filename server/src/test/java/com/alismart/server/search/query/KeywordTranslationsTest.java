package com.alismart.server.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTranslationsTest {
    private static final KeywordTranslations T = KeywordTranslations.load();
    /** As if the catalog's text had only these words. */
    private static final Set<String> CATALOG = Set.of("portable", "hiking", "boots", "backpack", "laptop", "box",
            "headphones", "wireless", "sunglasses", "oculos");

    private static KeywordTranslations.Translation translate(String lang, String... keywords) {
        return T.translate(List.of(keywords), lang, CATALOG::contains);
    }

    @Test
    void translates_single_words_the_catalog_does_not_have_in_any_inflection() {
        KeywordTranslations.Translation t = translate("fr", "chaussures", "randonnée", "imperméables");
        assertThat(t.fromWords()).contains("hiking", "waterproof");
        assertThat(t.fromPhrases()).isEmpty();
        assertThat(translate("ru", "беспроводные", "наушники").fromWords()).containsExactly("wireless", "headphones");
        assertThat(translate("de", "kabellose", "Kopfhörer").fromWords()).containsExactly("wireless", "headphones");
    }

    @Test
    void a_phrase_means_itself_not_its_words() {
        KeywordTranslations.Translation t = translate("fr", "sac", "dos", "ordinateur", "portable");
        assertThat(t.fromPhrases()).containsExactly("backpack", "laptop");
        assertThat(t.phraseWords()).containsExactlyInAnyOrder("sac", "dos", "ordinateur", "portable");
        KeywordTranslations.Translation sun = translate("pt", "óculos", "sol");
        assertThat(sun.fromPhrases()).containsExactly("sunglasses");
    }

    @Test
    void a_word_the_catalog_knows_is_left_alone_and_the_language_hint_is_only_a_preference() {
        assertThat(translate("de", "box").fromWords()).isEmpty();
        assertThat(translate(null, "randonnée").fromWords()).containsExactly("hiking");
        assertThat(translate("xx", "mochila").fromWords()).containsExactly("backpack");
    }

    @Test
    void unknown_or_hostile_words_give_nothing_and_never_throw() {
        KeywordTranslations.Translation t = translate("es", "zzzz", "", "'", "<script>", "x".repeat(5000));
        assertThat(t.fromWords()).isEmpty();
        assertThat(t.fromPhrases()).isEmpty();
        assertThat(translate("es").fromWords()).isEmpty();
    }
}
