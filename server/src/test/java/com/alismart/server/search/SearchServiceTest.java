package com.alismart.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.Product;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters are exact, sorts are honoured, synonyms and spelling help the text match. */
class SearchServiceTest {
    private static final Rates RATES = Rates.embedded();
    private static CatalogIndex index;

    private static Product product(String id, String title, String category, List<String> colors,
            List<String> materials, String gender, List<String> sizes, double price, double rating, int orders,
            boolean free, LocalDate created) {
        return new Product(id, title, category, colors, materials, gender, sizes, price, price * 1.5, "USD", rating,
                orders, free, "s1", "Store", 97.5, created, null, null);
    }

    static final List<Product> PRODUCTS = List.of(
            product("1005000000000001", "Women's Red Waterproof Hiking Boots Leather Outdoor Trekking", "shoes",
                    List.of("red"), List.of("leather"), "women", List.of("37", "38", "39"), 35.99, 4.8, 1200, true,
                    LocalDate.of(2026, 3, 1)),
            product("1005000000000002", "Women's Red Hiking Boots Suede Ankle Winter", "shoes", List.of("red"),
                    List.of("suede"), "women", List.of("36", "38"), 45.50, 4.5, 300, false, LocalDate.of(2025, 1, 1)),
            product("1005000000000003", "Men's Black Running Sneakers Mesh Breathable", "shoes", List.of("black"),
                    List.of("mesh"), "men", List.of("42", "43"), 25.00, 4.6, 5000, true, LocalDate.of(2026, 9, 1)),
            product("1005000000000004", "Women's Red Hiking Boots Waterproof Nylon", "shoes", List.of("red", "black"),
                    List.of("nylon"), "women", List.of("38"), 19.99, 4.2, 80, true, LocalDate.of(2026, 10, 1)),
            product("1005000000000005", "Silicone Phone Case Shockproof Cover for iPhone 15", "phone-cases",
                    List.of("blue"), List.of("silicone"), null, List.of(), 3.49, 4.7, 20000, true,
                    LocalDate.of(2024, 5, 1)),
            product("1005000000000006", "Leather Phone Case Wallet Cover Card Holder", "phone-cases",
                    List.of("brown"), List.of("leather"), null, List.of(), 8.99, 4.9, 900, false,
                    LocalDate.of(2026, 6, 1)),
            product("1005000000000007", "Wireless Earbuds Bluetooth 5.3 Noise Cancelling Earphones", "audio",
                    List.of("white"), List.of("plastic"), null, List.of(), 15.99, 4.4, 15000, true,
                    LocalDate.of(2026, 1, 1)),
            product("1005000000000008", "Women's Summer Dress Floral Red Cotton Maxi", "dresses", List.of("red"),
                    List.of("cotton"), "women", List.of("s", "m", "l", "xl"), 22.00, 4.3, 700, true,
                    LocalDate.of(2026, 4, 1)),
            product("1005000000000009", "Hypoallergenic Earrings Stainless Steel Nickel Free Hoops", "jewelry",
                    List.of("silver"), List.of("stainless steel"), "women", List.of(), 4.20, 4.8, 3000, true,
                    LocalDate.of(2026, 2, 1)),
            product("1005000000000010", "Nickel Alloy Earrings Vintage Drop Gold Plated", "jewelry", List.of("gold"),
                    List.of("alloy"), "women", List.of(), 2.10, 4.1, 400, true, LocalDate.of(2026, 2, 2)));

    @BeforeAll
    static void build(@TempDir Path dir) {
        index = CatalogIndex.build(dir.resolve("index"), "test", PRODUCTS.stream(), RATES, n -> { });
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Interpretation interpretation(List<String> keywords, String category, List<String> colors,
            String gender, Double min, Double max, String currency, Double rating, boolean free, String sort,
            List<String> excluded, List<String> sizes) {
        return new Interpretation(keywords, category, colors, List.of(), gender, sizes, min, max, currency, rating,
                free, sort, excluded);
    }

    private static SearchService.Result run(Interpretation in, String currency, List<String> drop) {
        SearchService service = new SearchService(index, (q, lang, c) -> in, RATES);
        return service.search(new SearchService.Request("ignored", 1, 20, currency, "en", drop), "http://s");
    }

    private static List<String> ids(SearchService.Result r) {
        return r.items().stream().map(SearchService.Item::id).map(id -> id.substring(14)).toList();
    }

    @Test
    void every_result_satisfies_every_constraint() {
        Interpretation in = interpretation(List.of("waterproof", "hiking", "boots"), "shoes", List.of("red"),
                "women", null, 40.0, "USD", null, false, "relevance", List.of(), List.of());
        SearchService.Result r = run(in, "USD", List.of());
        assertThat(ids(r)).containsExactly("01", "04");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.price().amount()).isLessThanOrEqualTo(40));
        assertThat(r.totalExact()).isTrue();
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void price_bounds_in_another_currency_are_converted() {
        // 20 EUR is about 21.7 USD: only the 19.99 USD boots qualify.
        Interpretation in = interpretation(List.of("boots"), "shoes", List.of(), null, null, 20.0, "EUR", null, false,
                "relevance", List.of(), List.of());
        SearchService.Result r = run(in, "EUR", List.of());
        assertThat(ids(r)).containsExactly("04");
        assertThat(r.items().get(0).price().currency()).isEqualTo("EUR");
        assertThat(r.items().get(0).price().amount()).isEqualTo(Rates.round(19.99 * 0.92, "EUR"));
    }

    @Test
    void rating_shipping_sizes_and_exclusions_are_exact() {
        assertThat(ids(run(interpretation(List.of(), "shoes", List.of(), null, null, null, "USD", 4.6, false,
                "relevance", List.of(), List.of()), "USD", List.of()))).containsExactlyInAnyOrder("01", "03");
        assertThat(ids(run(interpretation(List.of("boots"), "shoes", List.of(), null, null, null, "USD", null, true,
                "relevance", List.of(), List.of()), "USD", List.of()))).containsExactlyInAnyOrder("01", "04");
        assertThat(ids(run(interpretation(List.of(), "shoes", List.of(), null, null, null, "USD", null, false,
                "relevance", List.of(), List.of("36")), "USD", List.of()))).containsExactly("02");
        assertThat(ids(run(interpretation(List.of("phone", "case"), null, List.of(), null, null, null, "USD", null,
                false, "relevance", List.of("silicone"), List.of()), "USD", List.of()))).containsExactly("06");
        // "Nickel Free" earrings are what "earrings without nickel" asks for; the nickel alloy ones are not.
        assertThat(ids(run(interpretation(List.of("earrings"), null, List.of(), null, null, null, "USD", null,
                false, "relevance", List.of("nickel"), List.of()), "USD", List.of()))).containsExactly("09");
    }

    @Test
    void sorts_are_honoured() {
        Function<String, List<String>> sorted = sort -> ids(run(interpretation(List.of(), "shoes", List.of(), null,
                null, null, "USD", null, false, sort, List.of(), List.of()), "USD", List.of()));
        assertThat(sorted.apply("price_asc")).containsExactly("04", "03", "01", "02");
        assertThat(sorted.apply("price_desc")).containsExactly("02", "01", "03", "04");
        assertThat(sorted.apply("orders")).containsExactly("03", "01", "02", "04");
        assertThat(sorted.apply("rating")).containsExactly("01", "03", "02", "04");
        assertThat(sorted.apply("newest")).containsExactly("04", "03", "01", "02");
    }

    @Test
    void synonyms_and_spelling_find_the_product() {
        SearchService.Result trainers = run(interpretation(List.of("trainers"), null, List.of(), null, null, null,
                "USD", null, false, "relevance", List.of(), List.of()), "USD", List.of());
        assertThat(ids(trainers)).containsExactly("03");
        SearchService.Result typo = run(interpretation(List.of("earbudz"), null, List.of(), null, null, null, "USD",
                null, false, "relevance", List.of(), List.of()), "USD", List.of());
        assertThat(ids(typo)).containsExactly("07");
        assertThat(typo.spelling()).containsEntry("earbudz", "earbuds");
    }

    @Test
    void unisex_products_match_a_gender_and_gendered_ones_must_agree() {
        List<String> found = ids(run(interpretation(List.of("case"), null, List.of(), "women", null, null, "USD", null,
                false, "relevance", List.of(), List.of()), "USD", List.of()));
        assertThat(found).containsExactlyInAnyOrder("05", "06");
        List<String> men = ids(run(interpretation(List.of(), "shoes", List.of(), "men", null, null, "USD", null,
                false, "relevance", List.of(), List.of()), "USD", List.of()));
        assertThat(men).containsExactly("03");
    }

    @Test
    void a_removed_chip_no_longer_constrains() {
        Interpretation in = interpretation(List.of("boots"), "shoes", List.of("red"), "women", null, 40.0, "USD",
                null, false, "relevance", List.of(), List.of());
        assertThat(ids(run(in, "USD", List.of("priceMax")))).containsExactlyInAnyOrder("01", "02", "04");
        SearchService.Result r = run(in, "USD", List.of("priceMax", "colors:red", "gender"));
        assertThat(r.interpretation().colors()).isEmpty();
        assertThat(r.interpretation().priceMax()).isNull();
        assertThat(ids(r)).contains("01", "02", "04");
    }

    @Test
    void pages_do_not_overlap() {
        SearchService service = new SearchService(index, (q, l, c) -> interpretation(List.of(), null, List.of(), null,
                null, null, "USD", null, false, "price_asc", List.of(), List.of()), RATES);
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            seen.addAll(service.search(new SearchService.Request("x", page, 3, "USD", null, List.of()), "h").items()
                    .stream().map(SearchService.Item::id).toList());
        }
        assertThat(seen).hasSize(PRODUCTS.size()).doesNotHaveDuplicates();
    }

    @Test
    void items_carry_the_api_fields() {
        SearchService.Item item = run(interpretation(List.of("earbuds"), null, List.of(), null, null, null, "USD",
                null, false, "relevance", List.of(), List.of()), "USD", List.of()).items().get(0);
        assertThat(item.url()).isEqualTo("https://www.aliexpress.com/item/1005000000000007.html");
        assertThat(item.imageUrl()).isEqualTo("http://s/api/v1/images/1005000000000007.png");
        assertThat(item.store().name()).isEqualTo("Store");
        assertThat(item.originalPrice().amount()).isGreaterThan(item.price().amount());
        assertThat(item.category()).isEqualTo("audio");
    }

    @Test
    void an_index_built_from_the_same_source_is_reused(@TempDir Path dir) throws Exception {
        Path at = dir.resolve("idx");
        try (CatalogIndex built = CatalogIndex.build(at, "src-a", PRODUCTS.stream(), RATES, n -> { })) {
            assertThat(built.size()).isEqualTo(PRODUCTS.size());
        }
        try (CatalogIndex reused = CatalogIndex.openIfCurrent(at, "src-a")) {
            assertThat(reused).isNotNull();
            assertThat(reused.size()).isEqualTo(PRODUCTS.size());
        }
        assertThat(CatalogIndex.openIfCurrent(at, "src-b")).isNull();
    }

    @Test
    void a_failed_build_leaves_the_previous_index_whole(@TempDir Path dir) throws Exception {
        Path at = dir.resolve("idx");
        CatalogIndex.build(at, "good", PRODUCTS.stream(), RATES, n -> { }).close();
        Stream<Product> broken = Stream.concat(PRODUCTS.stream(), Stream.<Product>generate(() -> {
            throw new IllegalStateException("feed broke half-way");
        }).limit(1));
        try {
            CatalogIndex.build(at, "bad", broken, RATES, n -> { });
        } catch (IllegalStateException expected) {
            // the feed failed
        }
        try (CatalogIndex still = CatalogIndex.openIfCurrent(at, "good")) {
            assertThat(still).isNotNull();
            assertThat(still.reader().numDocs()).isEqualTo(PRODUCTS.size());
        }
    }
}
