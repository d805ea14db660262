package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {
    private static final int N = 20_000;
    private static List<Product> sample;

    @BeforeAll
    static void generate() {
        sample = new CatalogGenerator(42).products(N).toList();
    }

    @Test
    void the_same_seed_gives_the_same_products() {
        List<Product> again = new CatalogGenerator(42).products(2_000).toList();
        assertThat(again).isEqualTo(sample.subList(0, 2_000));
    }

    @Test
    void a_product_depends_only_on_seed_and_index() {
        CatalogGenerator g = new CatalogGenerator(42);
        assertThat(g.product(12_345)).isEqualTo(sample.get(12_345));
        assertThat(g.product(0)).isEqualTo(sample.get(0));
        assertThat(g.products(N).parallel().toList()).isEqualTo(sample);
    }

    @Test
    void a_different_seed_gives_a_different_catalog() {
        List<Product> other = new CatalogGenerator(43).products(1_000).toList();
        Set<String> titles = sample.subList(0, 1_000).stream().map(Product::title).collect(Collectors.toSet());
        assertThat(other.stream().filter(p -> titles.contains(p.title()))).hasSizeLessThan(10);
        assertThat(other.get(0).id()).isNotEqualTo(sample.get(0).id());
    }

    @Test
    void every_category_appears_in_the_first_5000_products() {
        Set<String> seen = sample.subList(0, 5_000).stream().map(Product::category).collect(Collectors.toSet());
        Set<String> all = Taxonomy.CATEGORIES.stream().map(Taxonomy.Category::id).collect(Collectors.toSet());
        assertThat(seen).isEqualTo(all).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void fashion_and_electronics_are_more_common_than_niche_categories() {
        Map<String, Long> counts = sample.stream()
                .collect(Collectors.groupingBy(Product::category, Collectors.counting()));
        assertThat(counts.get("dresses")).isGreaterThan(2 * counts.get("garden"));
        assertThat(counts.get("phone-cases")).isGreaterThan(2 * counts.get("stationery"));
    }

    @Test
    void ids_are_unique_16_digit_numbers_starting_1005() {
        Set<String> ids = new HashSet<>();
        for (Product p : sample) {
            assertThat(p.id()).matches("1005\\d{12}");
            ids.add(p.id());
        }
        assertThat(ids).hasSize(N);
        CatalogGenerator g = new CatalogGenerator(42);
        assertThat(g.product(CatalogGenerator.MAX_PRODUCTS - 1).id()).matches("1005\\d{12}");
        assertThatThrownBy(() -> g.product(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fields_are_sane() {
        for (Product p : sample) {
            assertThat(Taxonomy.CATEGORY_BY_ID).containsKey(p.category());
            assertThat(p.price()).isPositive().isLessThanOrEqualTo(p.originalPrice());
            assertThat(p.originalPrice()).isLessThanOrEqualTo(p.price() / 0.25 + 0.01);
            assertThat(p.price() * 100).isCloseTo(Math.round(p.price() * 100), offset(1e-6));
            assertThat(p.rating()).isBetween(3.6, 5.0);
            assertThat(p.rating() * 10).isCloseTo(Math.round(p.rating() * 10), offset(1e-6));
            assertThat(p.orders()).isNotNegative();
            assertThat(p.currency()).isEqualTo("USD");
            assertThat(p.imageUrl()).isNull();
            assertThat(p.shape()).isNotBlank();
            assertThat(p.storeRating()).isBetween(90.0, 99.9);
            assertThat(p.createdAt()).isBetween(CatalogGenerator.REFERENCE_DATE.minusYears(3),
                    CatalogGenerator.REFERENCE_DATE);
            assertThat(p.colors()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(Taxonomy.COLORS.keySet()).containsAll(p.colors());
            assertThat(Taxonomy.MATERIALS).containsAll(p.materials());
            assertThat(p.gender()).isIn(null, "women", "men", "kids");
            assertThat(p.title()).hasSizeBetween(15, 150).doesNotContain("{", "  ");
        }
    }

    @Test
    void distributions_look_like_a_marketplace() {
        double free = sample.stream().filter(Product::freeShipping).count() / (double) N;
        assertThat(free).isBetween(0.55, 0.67);
        double undiscounted = sample.stream().filter(p -> p.price() == p.originalPrice()).count() / (double) N;
        assertThat(undiscounted).isBetween(0.15, 0.30);
        long under100 = sample.stream().filter(p -> p.orders() < 100).count();
        assertThat(under100).isGreaterThan(N * 7 / 10);
        assertThat(sample.stream().filter(p -> p.orders() >= 10_000)).isNotEmpty();
        long endsIn99 = sample.stream().filter(p -> Math.round(p.price() * 100) % 100 == 99).count();
        assertThat(endsIn99).isGreaterThan(N * 3 / 10);
        double meanRating = sample.stream().mapToDouble(Product::rating).average().orElseThrow();
        assertThat(meanRating).isBetween(4.4, 4.9);
        assertThat(sample.stream().filter(p -> p.colors().size() > 1).count()).isGreaterThan(N / 4);
    }

    @Test
    void about_one_store_per_50_products_each_with_one_name_and_rating() {
        Map<String, String> names = new HashMap<>();
        Map<String, Double> ratings = new HashMap<>();
        for (Product p : sample) {
            assertThat(p.storeId()).matches("\\d{10,}");
            assertThat(names.computeIfAbsent(p.storeId(), k -> p.storeName())).isEqualTo(p.storeName());
            assertThat(ratings.computeIfAbsent(p.storeId(), k -> p.storeRating())).isEqualTo(p.storeRating());
        }
        assertThat(names).hasSizeBetween(N / 50, N / 50 + 40);
        assertThat(sample.subList(0, 100).stream().map(Product::storeId).distinct().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void titles_agree_with_colours_materials_and_gender() {
        for (Product p : sample) {
            String title = p.title().toLowerCase(Locale.ROOT);
            String withoutMaterials = title;
            for (String material : p.materials()) {
                assertThat(title).as(p.title()).contains(material);
                withoutMaterials = withoutMaterials.replace(material, " ");
            }
            for (String material : Taxonomy.MATERIALS) {
                if (hasWord(title, material)) {
                    assertThat(p.materials()).as(p.title()).contains(material);
                }
            }
            for (String color : Taxonomy.COLORS.keySet()) {
                if (hasWord(withoutMaterials, color)) {
                    assertThat(p.colors()).as(p.title()).contains(color);
                }
            }
            assertThat(hasWord(title, p.colors().get(0))).as(p.title()).isTrue();
            String gender = genderOf(title);
            assertThat(gender).as(p.title()).isEqualTo(p.gender());
        }
    }

    @Test
    void sizes_named_in_titles_match_the_size_list() {
        // Each phrase form the templates use, with how its ends map onto stored size values.
        Map<Pattern, String> forms = Map.of(
                Pattern.compile("\\bsize (\\d+)-(\\d+)\\b"), "%s",
                Pattern.compile("(?<![\\w-])((?:\\dx|x)?[sml])-((?:\\dx|x)?[sml])(?![\\w-])"), "%s",
                Pattern.compile("\\b(\\d+)-(\\d+) years\\b"), "%sy",
                Pattern.compile("\\b(\\w+) to (\\w+) size\\b"), "%s");
        int checked = 0;
        for (Product p : sample) {
            String title = p.title().toLowerCase(Locale.ROOT);
            for (Map.Entry<Pattern, String> form : forms.entrySet()) {
                Matcher m = form.getKey().matcher(title);
                if (m.find()) {
                    assertThat(p.sizes()).as(p.title()).isNotEmpty();
                    assertThat(p.sizes().get(0)).as(p.title()).isEqualTo(form.getValue().formatted(m.group(1)));
                    assertThat(p.sizes().get(p.sizes().size() - 1)).as(p.title())
                            .isEqualTo(form.getValue().formatted(m.group(2)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void fashion_has_sizes_and_gadgets_do_not() {
        for (Product p : sample) {
            if (p.category().equals("shoes") || p.category().equals("dresses")) {
                assertThat(p.sizes()).as(p.title()).isNotEmpty();
            }
            if (p.category().equals("audio") || p.category().equals("phone-cases")) {
                assertThat(p.sizes()).isEmpty();
                assertThat(p.gender()).isNull();
            }
        }
    }

    private static boolean hasWord(String text, String word) {
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])").matcher(text).find();
    }

    /** A reading of the title written independently of the generator's own word lists. */
    private static String genderOf(String title) {
        Set<String> found = new HashSet<>();
        if (title.matches(".*\\b(women|women's|ladies)\\b.*")) {
            found.add("women");
        }
        if (title.matches(".*\\b(men|men's)\\b.*")) {
            found.add("men");
        }
        if (title.matches(".*\\b(kids|children|children's)\\b.*")) {
            found.add("kids");
        }
        assertThat(found).as(title).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.iterator().next();
    }
}
