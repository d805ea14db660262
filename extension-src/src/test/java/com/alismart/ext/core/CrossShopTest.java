package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.ext.core.CrossShop.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossShopTest {
    @Test
    void takes_the_naming_words_of_long_marketplace_titles() {
        assertThat(CrossShop.query("SOREL Men's Caribou Waterproof Boot, Buff, 10.5 - Amazon.com"))
                .isEqualTo("SOREL Men's Caribou Waterproof Boot");
        assertThat(CrossShop.query("Amazon Basics Lightweight Hiking Backpack 30 L | Black"))
                .isEqualTo("Lightweight Hiking Backpack");
        assertThat(CrossShop.query("Wireless Earbuds Bluetooth 5.3 Headphones with 40H Playtime (Black) [2025 New]"))
                .isEqualTo("Wireless Earbuds Bluetooth 5.3 Headphones 40H Playtime");
        assertThat(CrossShop.query("Damen Winterstiefel – warm gefüttert, wasserdicht"))
                .isEqualTo("Damen Winterstiefel");
        assertThat(CrossShop.query("Tênis Feminino Casual Confortável"))
                .isEqualTo("Tênis Feminino Casual Confortável");
    }

    @Test
    void hostile_or_empty_titles_give_no_query() {
        assertThat(CrossShop.query(null)).isEmpty();
        assertThat(CrossShop.query("   ")).isEmpty();
        assertThat(CrossShop.query("!!! --- 123 ???")).isEmpty();
        assertThat(CrossShop.query("<script>alert(1)</script>")).isEqualTo("script alert");
        assertThat(CrossShop.query("x".repeat(10_000)).length()).isEqualTo(10_000);
        assertThat(CrossShop.query("a b c d e f g h i j k l m n o p".replace(" ", "aa "))
                .split(" ")).hasSize(CrossShop.MAX_QUERY_WORDS);
    }

    @Test
    void a_near_identical_photo_comes_first_then_what_both_searches_found() {
        List<Hit> image = List.of(new Hit("a", 0.80), new Hit("b", 0.98), new Hit("c", 0.70));
        List<Hit> text = List.of(new Hit("c", Double.NaN), new Hit("d", Double.NaN), new Hit("a", Double.NaN));
        assertThat(CrossShop.merge(image, text, 10)).containsExactly("b", "a", "c", "d");
        assertThat(CrossShop.merge(image, text, 2)).containsExactly("b", "a");
        assertThat(CrossShop.merge(List.of(), text, 10)).containsExactly("c", "d", "a");
    }

    @Test
    void of_two_look_alike_photos_the_one_the_title_found_too_comes_first_and_is_the_only_same_product() {
        List<Hit> image = List.of(new Hit("look-alike", 0.996), new Hit("pictured", 0.990), new Hit("other", 0.90));
        List<Hit> text = List.of(new Hit("pictured", Double.NaN), new Hit("other", Double.NaN));
        List<CrossShop.Match> ranked = CrossShop.rank(image, text, 6);
        assertThat(ranked).extracting(CrossShop.Match::id).containsExactly("pictured", "look-alike", "other");
        assertThat(ranked).extracting(CrossShop.Match::same).containsExactly(true, false, false);
        assertThat(ranked.get(0).byText()).isTrue();
        assertThat(ranked.get(1).byText()).isFalse();
    }

    @Test
    void two_candidates_both_searches_found_with_near_equal_photos_are_a_tie_and_neither_is_the_same() {
        List<Hit> image = List.of(new Hit("a", 0.9601), new Hit("b", 0.9593));
        List<Hit> text = List.of(new Hit("b", Double.NaN), new Hit("a", Double.NaN));
        List<CrossShop.Match> ranked = CrossShop.rank(image, text, 6);
        assertThat(ranked).extracting(CrossShop.Match::same).containsOnly(false);
        // Apart by more than the tie, the first is the same product.
        List<Hit> apart = List.of(new Hit("a", 0.99), new Hit("b", 0.96));
        assertThat(CrossShop.rank(apart, text, 6)).extracting(CrossShop.Match::same).containsExactly(true, false);
    }

    @Test
    void a_close_photo_alone_or_a_title_alone_is_no_same_product() {
        assertThat(CrossShop.rank(List.of(new Hit("a", 0.96)), List.of(), 6).get(0).same()).isFalse();
        assertThat(CrossShop.rank(List.of(), List.of(new Hit("a", Double.NaN)), 6).get(0).same()).isFalse();
        assertThat(CrossShop.rank(List.of(new Hit("a", 0.94)), List.of(new Hit("a", Double.NaN)), 6).get(0).same())
                .isFalse();
        assertThat(CrossShop.rank(List.of(new Hit("a", 0.96)), List.of(new Hit("a", Double.NaN)), 6).get(0).same())
                .isTrue();
    }

    @Test
    void only_a_likely_same_product_counts_for_a_saving() {
        assertThat(CrossShop.likelySame(0.98, false)).isTrue();
        assertThat(CrossShop.likelySame(0.95, true)).isTrue();
        assertThat(CrossShop.likelySame(0.94, true)).isFalse();
        assertThat(CrossShop.likelySame(0.95, false)).isFalse();
        assertThat(CrossShop.likelySame(0.5, true)).isFalse();
        assertThat(CrossShop.likelySame(Double.NaN, true)).isFalse();
    }

    @Test
    void saving_is_what_the_shopper_keeps_and_never_negative() {
        assertThat(CrossShop.saving(29.99, 12.49)).isEqualTo(17.5);
        assertThat(CrossShop.saving(10, 12)).isZero();
        assertThat(CrossShop.saving(Double.NaN, 12)).isZero();
        assertThat(CrossShop.saving(10, 0)).isZero();
    }
}
