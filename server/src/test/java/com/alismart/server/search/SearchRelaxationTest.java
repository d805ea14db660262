package com.alismart.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.Product;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colour named in the title ranks first; a search that matches nothing loosens its softest parts and says so. */
class SearchRelaxationTest {
    private static final Rates RATES = Rates.embedded();
    private static CatalogIndex index;

    private static Product product(String id, String title, String category, List<String> colors, List<String> sizes,
            int orders) {
        return new Product(id, title, category, colors, List.of("cotton"), "women", sizes, 20, 30, "USD", 4.5,
                orders, true, "s1", "Store", 97.5, LocalDate.of(2026, 1, 1), null, null);
    }

    @BeforeAll
    static void build(@TempDir Path dir) {
        List<Product> products = List.of(
                product("1005000000000001", "Women's White Knitted Dress Long Sleeve", "dresses",
                        List.of("white", "red"), List.of("s", "m"), 9000),
                product("1005000000000002", "Women's Red Cotton Summer Dress", "dresses", List.of("red"),
                        List.of("m", "l"), 40),
                product("1005000000000003", "Women's Hiking Boots Waterproof", "shoes", List.of("brown"),
                        List.of("37", "38"), 500));
        index = CatalogIndex.build(dir.resolve("index"), "test", products.stream(), RATES, n -> { });
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchService.Result run(List<String> keywords, String category, List<String> colors,
            List<String> sizes) {
        Interpretation in = new Interpretation(keywords, category, colors, List.of(), null, sizes, null, null, "USD",
                null, false, "relevance", List.of());
        return new SearchService(index, (q, lang, c) -> in, RATES)
                .search(new SearchService.Request("ignored", 1, 20, "USD", "en", List.of()), "http://s");
    }

    private static List<String> ids(SearchService.Result r) {
        return r.items().stream().map(i -> i.id().substring(14)).toList();
    }

    @Test
    void the_product_whose_main_colour_was_asked_for_comes_first_despite_popularity() {
        SearchService.Result r = run(List.of("dress"), "dresses", List.of("red"), List.of());
        assertThat(ids(r)).containsExactly("02", "01");
        assertThat(r.relaxed()).isEmpty();
    }

    @Test
    void known_words_that_no_product_of_the_rest_has_only_rank() {
        SearchService.Result r = run(List.of("boots"), "dresses", List.of(), List.of());
        assertThat(ids(r)).containsExactlyInAnyOrder("01", "02");
        assertThat(r.relaxed()).containsExactly("keywords");
    }

    @Test
    void words_the_catalog_does_not_know_need_no_loosening() {
        SearchService.Result r = run(List.of("wallet"), "dresses", List.of(), List.of());
        assertThat(ids(r)).containsExactlyInAnyOrder("01", "02");
        assertThat(r.relaxed()).isEmpty();
    }

    @Test
    void a_size_nothing_comes_in_is_loosened_alone_and_the_words_still_hold() {
        SearchService.Result r = run(List.of("boots"), "shoes", List.of(), List.of("50"));
        assertThat(ids(r)).containsExactly("03");
        assertThat(r.relaxed()).containsExactly("sizes");
    }

    @Test
    void several_parts_are_loosened_together_when_no_single_one_is_enough() {
        SearchService.Result r = run(List.of("boots"), "dresses", List.of("green"), List.of("50"));
        assertThat(ids(r)).containsExactlyInAnyOrder("01", "02");
        assertThat(r.relaxed()).containsExactly("keywords", "sizes", "colors");
    }

    @Test
    void strict_parts_are_never_loosened() {
        SearchService.Result r = run(List.of("boots"), "jewelry", List.of(), List.of());
        assertThat(r.items()).isEmpty();
        assertThat(r.relaxed()).isEmpty();
    }
}
