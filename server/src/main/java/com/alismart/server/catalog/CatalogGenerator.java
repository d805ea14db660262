package com.alismart.server.catalog;

import com.alismart.server.catalog.CatalogTemplates.CategoryTemplate;
import com.alismart.server.catalog.CatalogTemplates.ProductType;
import com.alismart.server.catalog.CatalogTemplates.SizeScheme;
import com.alismart.server.catalog.CatalogTemplates.StoreGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates the embedded demo catalog from {@link CatalogTemplates}. Product {@code i} is a pure function of
 * (seed, i): nothing is shared between products, so a catalog of any size streams in constant memory, in parallel
 * if the caller likes, and the same seed always gives the same catalog.
 *
 * <p>Distributions, chosen to look like a marketplace listing page:
 * <ul>
 *   <li>categories and types by the table's weights (fashion and electronics dominate);
 *   <li>price log-normal across the type's range, ending .99, .49, .89 or .79 like seller prices, else any cents;
 *       original price = price / (1 - discount) with the discount between 5% and 75%, or no discount (22%);
 *   <li>rating 3.6-5.0, skewed high (median 4.7); orders log-normal, so most products have under 100 and
 *       a few 10,000+, older products more;
 *   <li>creation dates in the three years before {@link #REFERENCE_DATE}, a fixed day so output never depends
 *       on when it runs;
 *   <li>stores: every 1,000 consecutive products share 20 local stores, and 30% of products come from one of
 *       20 catalog-wide big stores, so n products have about n/50 + 20 distinct stores. A store only sells
 *       categories of its own kind (its store group). Its rating is the percentage of positive feedback,
 *       90.0-99.9, as AliExpress shows it on store pages.
 * </ul>
 *
 * <p>Titles are keyword-stuffed like real listings, and every colour, material and gender word in a title comes
 * from the product's own fields: the template table is checked on load to keep its free words neutral.
 */
public final class CatalogGenerator {
    /** The catalog's "today": creation dates and the year in "2026 New" are relative to it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);

    /** The seed the server uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20261101L;

    /** Ids are "1005" and 12 digits, so at most this many products have distinct ids. */
    public static final long MAX_PRODUCTS = 1_000_000_000_000L;

    private static final int STORE_BLOCK = 1000;
    private static final double BIG_STORE_SHARE = 0.3;
    private static final int AGE_DAYS = 3 * 365;
    private static final int TITLE_MAX = 150;
    private static final long STORE_ID_BASE = 1_100_000_000L;
    private static final int STORE_ID_SPREAD = 101;

    private final long seed;
    private final CatalogTemplates templates;
    private final List<Category> categories = new ArrayList<>();
    private final double[] categoryCumulative;
    private final int storeSlots;
    private final List<StoreGroup> slotGroups = new ArrayList<>();
    private final long idMultiplier;
    private final long idOffset;
    private final Map<ProductType, Map<String, Set<String>>> containers = new IdentityHashMap<>();

    /** A category with its precomputed draw tables. */
    private record Category(
            CategoryTemplate template, double[] typeCumulative, int slotOffset, double[] bigStoreCumulative,
            List<String> openers) {
    }

    private record Store(String id, String name, String brand, double rating) {
        boolean official() {
            return name.contains("Official");
        }
    }

    private record Sizes(List<String> values, String phrase) {
        static final Sizes NONE = new Sizes(List.of(), null);
    }

    /** A title fragment; the higher its priority, the earlier it is dropped from an over-long title (0 = never). */
    private record Part(String text, int priority) {
    }

    public CatalogGenerator(long seed) {
        this(seed, CatalogTemplates.bundled());
    }

    /** A generator over another template table, which must be free of {@link CatalogTemplates#problems()}. */
    public CatalogGenerator(long seed, CatalogTemplates templates) {
        List<String> problems = templates.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalog templates: " + String.join("; ", problems));
        }
        this.seed = seed;
        this.templates = templates;
        List<String> groupNames = new ArrayList<>(templates.storeGroups().keySet());
        int[] groupOffsets = new int[groupNames.size()];
        int slots = 0;
        for (int g = 0; g < groupNames.size(); g++) {
            StoreGroup group = templates.storeGroups().get(groupNames.get(g));
            groupOffsets[g] = slots;
            for (int k = 0; k < group.slots(); k++) {
                slotGroups.add(group);
            }
            slots += group.slots();
        }
        this.storeSlots = slots;
        double[] cumulative = new double[templates.categories().size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            CategoryTemplate c = templates.categories().get(i);
            sum += c.weight();
            cumulative[i] = sum;
            double[] types = cumulative(c.types().stream().mapToDouble(ProductType::weight).toArray());
            int group = groupNames.indexOf(c.storeGroup());
            int groupSlots = templates.storeGroups().get(c.storeGroup()).slots();
            double[] zipf = new double[groupSlots];
            for (int k = 0; k < groupSlots; k++) {
                zipf[k] = 1.0 / (k + 1);
            }
            List<String> openers = c.openers().isEmpty() ? templates.openers() : c.openers();
            Category category = new Category(c, types, groupOffsets[group], cumulative(zipf), openers);
            for (ProductType type : c.types()) {
                containers.put(type, featureContainers(category, type));
            }
            categories.add(category);
        }
        this.categoryCumulative = cumulative;
        // An affine map modulo 10^12 with a multiplier coprime to it is a bijection: ids are unique per index
        // yet do not count up visibly. The multiplier stays below 2^63 / 10^12 so the product never overflows.
        long a = 1_000_001 + 2 * Math.floorMod(Rng.hash(seed, 0, 0x1d), 4_000_000L);
        while (a % 5 == 0) {
            a += 2;
        }
        this.idMultiplier = a;
        this.idOffset = Math.floorMod(Rng.hash(seed, 1, 0x1d), MAX_PRODUCTS);
    }

    public long seed() {
        return seed;
    }

    /** Products 0 to count - 1, generated lazily; add {@code .parallel()} to spread the work over cores. */
    public Stream<Product> products(long count) {
        if (count < 0 || count > MAX_PRODUCTS) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_PRODUCTS);
        }
        return LongStream.range(0, count).mapToObj(this::product);
    }

    /** Product number {@code index}, always the same for the same seed. */
    public Product product(long index) {
        if (index < 0 || index >= MAX_PRODUCTS) {
            throw new IllegalArgumentException("index must be between 0 and " + (MAX_PRODUCTS - 1));
        }
        Rng r = Rng.of(seed, index, 0x5eedL);
        Category category = categories.get(r.weighted(categoryCumulative));
        ProductType type = category.template().types().get(r.weighted(category.typeCumulative()));
        String genderChoice = gender(r, type);
        String gender = CatalogTemplates.UNISEX.equals(genderChoice) ? null : genderChoice;
        List<String> colors = colors(r, type, gender);
        List<String> materials = type.materials().isEmpty() ? List.of() : List.of(r.pick(type.materials()));
        Sizes sizes = sizes(r, type, genderChoice);
        int ageDays = (int) Math.floor(AGE_DAYS * Math.pow(r.nextDouble(), 1.2));
        LocalDate createdAt = REFERENCE_DATE.minusDays(ageDays);
        double price = price(r, type.price().get(0), type.price().get(1));
        double originalPrice = originalPrice(r, price);
        double rating = round1(5.0 - 1.4 * Math.pow(r.nextDouble(), 2.1));
        int orders = orders(r, ageDays / (double) AGE_DAYS);
        boolean freeShipping = r.chance(price < 3 ? 0.45 : 0.63);
        Store store = store(storeIndex(r, category, index));
        String title = title(r, category, type, genderChoice, colors, materials, sizes, createdAt, store);
        return new Product(id(index), title, category.template().id(), colors, materials, gender, sizes.values(),
                price, originalPrice, "USD", rating, orders, freeShipping, store.id(), store.name(), store.rating(),
                createdAt, null, type.shape());
    }

    private String id(long index) {
        long n = Math.floorMod(index * idMultiplier % MAX_PRODUCTS + idOffset, MAX_PRODUCTS);
        String digits = Long.toString(n);
        return "1005" + "0".repeat(12 - digits.length()) + digits;
    }

    /** Women's products outnumber men's, which outnumber kids' and unisex ones, as on the real marketplace. */
    private static String gender(Rng r, ProductType type) {
        List<String> genders = type.genders();
        if (genders.isEmpty()) {
            return null;
        }
        double[] weights = new double[genders.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = switch (genders.get(i)) {
                case "women" -> 1.0;
                case "men" -> 0.75;
                case "kids" -> 0.3;
                default -> 0.45;
            };
        }
        return genders.get(r.weighted(cumulative(weights)));
    }

    /** One to three distinct colours, the popular ones (black, white) more often; the first is the main one. */
    private List<String> colors(Rng r, ProductType type, String gender) {
        List<String> allowed = new ArrayList<>(type.colors());
        double u = r.nextDouble();
        int count = Math.min(allowed.size(), u < 0.55 ? 1 : u < 0.85 ? 2 : 3);
        double[] weights = new double[allowed.size()];
        for (int i = 0; i < weights.length; i++) {
            String color = allowed.get(i);
            weights[i] = templates.colorWeights().getOrDefault(color, 1.0);
            if ("men".equals(gender) && (color.equals("pink") || color.equals("purple"))) {
                weights[i] *= 0.25;
            }
        }
        List<String> chosen = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int i = r.weighted(cumulative(weights));
            chosen.add(allowed.get(i));
            weights[i] = 0;
        }
        return chosen;
    }

    /** A contiguous run of the scheme's sizes (S-XL, 36-41 ...) and how the title may say it. */
    private Sizes sizes(Rng r, ProductType type, String genderChoice) {
        String name = genderChoice == null ? type.sizes() : type.sizesFor().getOrDefault(genderChoice, type.sizes());
        if (name == null) {
            return Sizes.NONE;
        }
        SizeScheme scheme = templates.sizeSchemes().get(name);
        int n = scheme.values().size();
        int run = r.between(Math.min(3, n), n);
        int first = r.nextInt(n - run + 1);
        int last = first + run - 1;
        String phrase = scheme.phrase()
                .replace("{first}", scheme.labels().get(first))
                .replace("{last}", scheme.lastLabels().get(last));
        return new Sizes(scheme.values().subList(first, last + 1), phrase);
    }

    /** Log-normal across [low, high], then shaped like a seller's price. */
    private static double price(Rng r, double low, double high) {
        double mu = (Math.log(low) + Math.log(high)) / 2;
        double sigma = (Math.log(high) - Math.log(low)) / 4;
        double x = Math.exp(mu + sigma * r.nextGaussian());
        for (int redraw = 0; redraw < 3 && (x < low || x > high); redraw++) {
            x = Math.exp(mu + sigma * r.nextGaussian());
        }
        x = Math.min(high, Math.max(low, x));
        double u = r.nextDouble();
        double cents = u < 0.45 ? 0.99 : u < 0.57 ? 0.49 : u < 0.65 ? 0.89 : u < 0.70 ? 0.79 : -1;
        if (cents < 0) {
            return Math.max(0.1, round2(x));
        }
        double whole = Math.floor(x);
        if (whole + cents > high && whole >= 1) {
            whole -= 1;
        }
        return round2(whole + cents);
    }

    private static double originalPrice(Rng r, double price) {
        if (r.chance(0.22)) {
            return price;
        }
        double discount = 0.05 + 0.70 * (r.nextDouble() + r.nextDouble()) / 2;
        return Math.max(round2(price / (1 - discount)), round2(price + 0.01));
    }

    /** Log-normal: median around a dozen, about one product in six over 100 and one in 700 over 10,000. */
    private static int orders(Rng r, double ageFraction) {
        double ln = 2.6 + 0.9 * (ageFraction - 0.5) + 2.2 * r.nextGaussian();
        return (int) Math.min(500_000, Math.max(0, Math.floor(Math.exp(ln)) - 1));
    }

    private long storeIndex(Rng r, Category category, long index) {
        if (r.chance(BIG_STORE_SHARE)) {
            return category.slotOffset() + r.weighted(category.bigStoreCumulative());
        }
        int groupSlots = category.bigStoreCumulative().length;
        return storeSlots + (index / STORE_BLOCK) * storeSlots + category.slotOffset() + r.nextInt(groupSlots);
    }

    /** A store is a pure function of (seed, store index), so every product of a store agrees on its details. */
    private Store store(long storeIndex) {
        Rng r = Rng.of(seed, storeIndex, 0x570eL);
        long id = STORE_ID_BASE + storeIndex * STORE_ID_SPREAD + r.nextInt(STORE_ID_SPREAD);
        StoreGroup group = slotGroups.get((int) (storeIndex % storeSlots));
        String brand = r.pick(templates.brandStarts()) + r.pick(templates.brandEnds());
        String name = r.pick(group.names()).replace("{Brand}", brand).replace("{Number}", Long.toString(id));
        double rating = round1(99.9 - 9.9 * Math.pow(r.nextDouble(), 2.2));
        return new Store(Long.toString(id), name, brand, rating);
    }

    private String title(Rng r, Category category, ProductType type, String genderChoice, List<String> colors,
            List<String> materials, Sizes sizes, LocalDate createdAt, Store store) {
        List<Part> parts = new ArrayList<>(16);
        if (store.official() && r.chance(0.5)) {
            parts.add(new Part(r.chance(0.5) ? store.brand().toUpperCase(Locale.ROOT) : store.brand(), 3));
        }
        Part opener = r.chance(0.45) ? new Part(opener(r, category, createdAt), 6) : null;
        if (opener != null) {
            parts.add(opener);
        }
        boolean genderFirst = "start".equals(type.genderAt());
        if (genderChoice != null && genderFirst) {
            genderWords(r, genderChoice, false, parts);
        }
        List<String> features = features(r, type);
        if (!features.isEmpty() && r.chance(0.65)) {
            parts.add(new Part(features.remove(0), 4));
        }
        parts.add(new Part(colorPhrase(r, type, colors), 0));
        for (String material : materials) {
            parts.add(new Part(templates.materialName(type, material), 0));
        }
        Part noun = new Part(r.pick(type.nouns()), 0);
        parts.add(noun);
        if (!type.extras().isEmpty() && r.chance(0.75)) {
            parts.add(new Part(r.pick(type.extras()), 5));
        }
        for (String feature : features) {
            parts.add(new Part(feature, 8));
        }
        if (sizes.phrase() != null && r.chance(0.35)) {
            parts.add(new Part(sizes.phrase(), 7));
        }
        if (genderChoice != null && !genderFirst) {
            genderWords(r, genderChoice, true, parts);
        }
        List<String> tails = type.tails().isEmpty() ? category.template().tails() : type.tails();
        if (!tails.isEmpty() && r.chance(0.45)) {
            parts.add(new Part(r.pick(tails), 9));
        }
        dropRepeatedFeatures(parts, containers.get(type));
        if (opener != null
                && parts.stream().anyMatch(o -> o != opener && containsIgnoreCase(o.text(), opener.text()))) {
            parts.remove(opener);
        }
        return fit(parts);
    }

    private String opener(Rng r, Category category, LocalDate createdAt) {
        // Sellers launching in autumn already call a product next year's model.
        int year = createdAt.getYear() + (createdAt.getMonthValue() >= 10 ? 1 : 0);
        return r.pick(category.openers()).replace("{year}", Integer.toString(year));
    }

    private static void genderWords(Rng r, String gender, boolean atEnd, List<Part> parts) {
        if (CatalogTemplates.UNISEX.equals(gender)) {
            if (r.chance(0.5)) {
                parts.add(new Part("Unisex", 2));
            }
            return;
        }
        String word = switch (gender) {
            case "women" -> atEnd ? "Women" : r.pick(List.of("Women's", "Women's", "Women", "Ladies"));
            case "men" -> atEnd ? "Men" : r.pick(List.of("Men's", "Men's", "Men"));
            default -> atEnd ? r.pick(List.of("Kids", "Children")) : r.pick(List.of("Kids", "Kids", "Children's"));
        };
        parts.add(new Part(atEnd ? "for " + word : word, 0));
    }

    /** Two to four distinct feature words, in random order. */
    private static List<String> features(Rng r, ProductType type) {
        List<String> pool = new ArrayList<>(type.features());
        int count = Math.min(pool.size(), 2 + r.nextInt(3));
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }

    private String colorPhrase(Rng r, ProductType type, List<String> colors) {
        String main = templates.colorName(type, colors.get(0));
        boolean plainNames = !type.colorNames().containsKey(colors.get(0));
        if (colors.size() > 1 && plainNames && !type.colorNames().containsKey(colors.get(1)) && r.chance(0.3)) {
            return main + (r.chance(0.5) ? "/" : " ") + templates.colorName(type, colors.get(1));
        }
        return main;
    }

    /** "Push Up" before "Push Up Bra" reads as a stutter: a feature already inside another part goes. */
    private static void dropRepeatedFeatures(List<Part> parts, Map<String, Set<String>> containers) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part feature = parts.get(i);
            Set<String> inside = feature.priority() == 4 || feature.priority() == 8
                    ? containers.get(feature.text()) : null;
            if (inside == null) {
                continue;
            }
            for (Part other : parts) {
                if (other != feature && inside.contains(other.text())) {
                    parts.remove(i);
                    break;
                }
            }
        }
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int at = 0; at + part.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each feature of a type, the type's other phrases that already contain it (ignoring case). Worked out
     * once per type because checking every title's parts against each other was most of the generation time.
     */
    private static Map<String, Set<String>> featureContainers(Category category, ProductType type) {
        List<String> phrases = new ArrayList<>(category.openers());
        phrases.addAll(type.nouns());
        phrases.addAll(type.extras());
        phrases.addAll(type.features());
        phrases.addAll(type.tails().isEmpty() ? category.template().tails() : type.tails());
        Map<String, Set<String>> out = new HashMap<>();
        for (String feature : type.features()) {
            String needle = TitleWords.lower(feature);
            for (String phrase : phrases) {
                // The feature itself matches too, harmlessly: parts are compared by identity when used.
                if (TitleWords.lower(phrase).contains(needle)) {
                    out.computeIfAbsent(feature, k -> new HashSet<>()).add(phrase);
                }
            }
        }
        return out;
    }

    /** Joins the parts, dropping optional ones (highest priority, then latest) until the title fits. */
    private static String fit(List<Part> parts) {
        while (length(parts) > TITLE_MAX) {
            int drop = -1;
            for (int i = 0; i < parts.size(); i++) {
                int priority = parts.get(i).priority();
                if (priority > 0 && (drop < 0 || priority >= parts.get(drop).priority())) {
                    drop = i;
                }
            }
            if (drop < 0) {
                break;
            }
            parts.remove(drop);
        }
        StringBuilder title = new StringBuilder(TITLE_MAX + 20);
        for (Part part : parts) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(part.text());
        }
        return title.toString();
    }

    private static int length(List<Part> parts) {
        int n = parts.size() - 1;
        for (Part part : parts) {
            n += part.text().length();
        }
        return n;
    }

    private static double[] cumulative(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
