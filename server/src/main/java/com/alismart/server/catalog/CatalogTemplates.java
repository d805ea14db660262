package com.alismart.server.catalog;

import com.alismart.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The human-edited table the catalog generator draws from ({@code /catalog/templates.json}): for every taxonomy
 * category, product types with their word pools, allowed attributes, size scheme and price range, plus the shared
 * size schemes, store names and brand syllables. The file's {@code about} lines explain the fields.
 *
 * <p>Loading checks the table as a whole and reports every problem at once, so an edit cannot silently produce
 * titles that contradict their products (a free word pool naming a colour, say).
 */
public record CatalogTemplates(
        List<String> about,
        List<String> openers,
        Map<String, Double> colorWeights,
        Map<String, String> colorNames,
        Map<String, String> materialNames,
        Map<String, SizeScheme> sizeSchemes,
        List<String> brandStarts,
        List<String> brandEnds,
        Map<String, StoreGroup> storeGroups,
        List<CategoryTemplate> categories) {

    public static final String RESOURCE = "/catalog/templates.json";

    /** Genders a type may list besides the taxonomy's; "unisex" products have no gender. */
    public static final String UNISEX = "unisex";

    public CatalogTemplates {
        about = list(about);
        openers = list(openers);
        colorWeights = map(colorWeights);
        colorNames = map(colorNames);
        materialNames = map(materialNames);
        sizeSchemes = map(sizeSchemes);
        brandStarts = list(brandStarts);
        brandEnds = list(brandEnds);
        storeGroups = map(storeGroups);
        categories = list(categories);
    }

    /**
     * Sizes a product can come in: the values stored on products (lower case), optional display labels, and the
     * title phrase, where {first} and {last} stand for the labels of the product's smallest and largest size.
     *
     * @param lastLabels labels for {last} when a range reads differently at its top ("0-3m" ends at 3 months)
     */
    public record SizeScheme(List<String> values, List<String> labels, List<String> lastLabels, String phrase) {
        public SizeScheme {
            values = list(values);
            labels = labels == null || labels.isEmpty() ? values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList()
                    : List.copyOf(labels);
            lastLabels = lastLabels == null || lastLabels.isEmpty() ? labels : List.copyOf(lastLabels);
        }
    }

    /** Stores of one kind: how many of every block of stores are of this kind, and their name patterns. */
    public record StoreGroup(int slots, List<String> names) {
        public StoreGroup {
            names = list(names);
        }
    }

    /** A taxonomy category: how common it is, which kind of store sells it, its title openers and tails. */
    public record CategoryTemplate(
            String id, Double weight, String storeGroup, List<String> openers, List<String> tails,
            List<ProductType> types) {
        public CategoryTemplate {
            weight = weight == null ? 1.0 : weight;
            openers = list(openers);
            tails = list(tails);
            types = list(types);
        }
    }

    /**
     * One kind of product within a category.
     *
     * @param nouns    what the product is called; one always appears in the title
     * @param extras   a second, keyword-stuffed name that often follows the noun
     * @param genders  taxonomy genders and/or "unisex"; empty means the product has no gender at all
     * @param genderAt "start" ("Women's ...", the default) or "end" ("... for Kids")
     * @param sizes    the size scheme, or null for none
     * @param sizesFor a size scheme per gender ("unisex" included), overriding {@code sizes}
     * @param price    [low, high] in USD
     */
    public record ProductType(
            String name, String shape, Double weight, List<String> nouns, List<String> extras,
            List<String> features, List<String> tails, List<String> colors, Map<String, String> colorNames,
            List<String> materials, Map<String, String> materialNames, List<String> genders, String genderAt,
            String sizes, Map<String, String> sizesFor, List<Double> price) {
        public ProductType {
            weight = weight == null ? 1.0 : weight;
            nouns = list(nouns);
            extras = list(extras);
            features = list(features);
            tails = list(tails);
            colors = list(colors);
            colorNames = map(colorNames);
            materials = list(materials);
            materialNames = map(materialNames);
            genders = list(genders);
            genderAt = genderAt == null ? "start" : genderAt;
            sizesFor = map(sizesFor);
            price = list(price);
        }
    }

    /** The table shipped with the server, read once. */
    public static CatalogTemplates bundled() {
        return Bundled.TEMPLATES;
    }

    /** Reads and checks a table; throws {@link IllegalArgumentException} listing every problem found. */
    public static CatalogTemplates read(InputStream in) throws IOException {
        CatalogTemplates t = Json.MAPPER.readValue(in, CatalogTemplates.class);
        List<String> problems = t.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalog templates: " + String.join("; ", problems));
        }
        return t;
    }

    /** Everything wrong with this table, empty when it is usable. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CategoryTemplate c : categories) {
            if (!Taxonomy.CATEGORY_BY_ID.containsKey(c.id())) {
                out.add("unknown category " + c.id());
            }
            if (!seen.add(c.id())) {
                out.add("category " + c.id() + " appears twice");
            }
            if (!(c.weight() > 0)) {
                out.add(c.id() + ": weight must be positive");
            }
            if (!storeGroups.containsKey(c.storeGroup())) {
                out.add(c.id() + ": unknown store group " + c.storeGroup());
            }
            neutral(c.id() + " openers", c.openers(), out);
            neutral(c.id() + " tails", c.tails(), out);
            if (c.types().isEmpty()) {
                out.add(c.id() + ": no product types");
            }
            for (ProductType type : c.types()) {
                checkType(c.id() + "/" + type.name(), type, out);
            }
        }
        for (Taxonomy.Category c : Taxonomy.CATEGORIES) {
            if (!seen.contains(c.id())) {
                out.add("category " + c.id() + " has no templates");
            }
        }
        neutral("openers", openers, out);
        colorNames.forEach((color, name) -> checkColorName("colorNames", color, name, out));
        materialNames.forEach((material, name) -> checkMaterialName("materialNames", material, name, out));
        for (String color : colorWeights.keySet()) {
            if (!Taxonomy.COLORS.containsKey(color)) {
                out.add("colorWeights: unknown colour " + color);
            }
        }
        sizeSchemes.forEach((name, scheme) -> {
            if (scheme.values().size() < 2 || scheme.labels().size() != scheme.values().size()
                    || scheme.lastLabels().size() != scheme.values().size() || scheme.phrase() == null) {
                out.add("size scheme " + name + ": needs 2+ values, matching labels and a phrase");
            }
        });
        if (storeGroups.values().stream().anyMatch(g -> g.slots() < 1 || g.names().isEmpty())) {
            out.add("every store group needs slots >= 1 and names");
        }
        if (brandStarts.isEmpty() || brandEnds.isEmpty()) {
            out.add("brandStarts and brandEnds must not be empty");
        }
        for (String start : brandStarts) {
            for (String end : brandEnds) {
                neutral("brand", List.of(start + end), out);
            }
        }
        return out;
    }

    private void checkType(String where, ProductType type, List<String> out) {
        if (type.shape() == null || type.shape().isBlank()) {
            out.add(where + ": no shape");
        }
        if (type.nouns().isEmpty()) {
            out.add(where + ": no nouns");
        }
        if (type.colors().isEmpty()) {
            out.add(where + ": no colours");
        }
        if (!(type.weight() > 0)) {
            out.add(where + ": weight must be positive");
        }
        neutral(where + " nouns", type.nouns(), out);
        neutral(where + " extras", type.extras(), out);
        neutral(where + " features", type.features(), out);
        neutral(where + " tails", type.tails(), out);
        for (String color : type.colors()) {
            if (!Taxonomy.COLORS.containsKey(color)) {
                out.add(where + ": unknown colour " + color);
            }
        }
        type.colorNames().forEach((color, name) -> checkColorName(where, color, name, out));
        for (String material : type.materials()) {
            if (!Taxonomy.MATERIALS.contains(material)) {
                out.add(where + ": unknown material " + material);
            }
            checkMaterialName(where, material, materialName(type, material), out);
        }
        type.materialNames().forEach((material, name) -> checkMaterialName(where, material, name, out));
        for (String gender : type.genders()) {
            if (!Taxonomy.GENDERS.contains(gender) && !UNISEX.equals(gender)) {
                out.add(where + ": unknown gender " + gender);
            }
        }
        if (!type.genderAt().equals("start") && !type.genderAt().equals("end")) {
            out.add(where + ": genderAt must be start or end");
        }
        if (type.sizes() != null && !sizeSchemes.containsKey(type.sizes())) {
            out.add(where + ": unknown size scheme " + type.sizes());
        }
        type.sizesFor().forEach((gender, scheme) -> {
            if (!sizeSchemes.containsKey(scheme)) {
                out.add(where + ": unknown size scheme " + scheme);
            }
            if (!type.genders().contains(gender)) {
                out.add(where + ": sizesFor names gender " + gender + " the type does not have");
            }
        });
        List<Double> price = type.price();
        if (price.size() != 2 || !(price.get(0) > 0) || !(price.get(1) > price.get(0))) {
            out.add(where + ": price must be [low, high] with 0 < low < high");
        }
    }

    /** How the title writes a colour: the type's override, the table's, or the capitalised name. */
    String colorName(ProductType type, String color) {
        String name = type.colorNames().get(color);
        if (name == null) {
            name = colorNames.get(color);
        }
        return name == null ? TitleWords.titleCase(color) : name;
    }

    /** How the title writes a material: the type's override, the table's, or the capitalised name. */
    String materialName(ProductType type, String material) {
        String name = type.materialNames().get(material);
        if (name == null) {
            name = materialNames.get(material);
        }
        return name == null ? TitleWords.titleCase(material) : name;
    }

    private static void checkColorName(String where, String color, String name, List<String> out) {
        if (!TitleWords.colorsIn(name).equals(Set.of(color)) || !TitleWords.materialsIn(name).isEmpty()
                || !TitleWords.gendersIn(name).isEmpty()) {
            out.add(where + ": colour name \"" + name + "\" must name " + color + " and nothing else");
        }
    }

    private static void checkMaterialName(String where, String material, String name, List<String> out) {
        if (!TitleWords.materialsIn(name).equals(Set.of(material)) || !TitleWords.colorsIn(name).isEmpty()
                || !TitleWords.gendersIn(name).isEmpty()) {
            out.add(where + ": material name \"" + name + "\" must name " + material + " and nothing else");
        }
    }

    /** Free words must name no colour, material or gender: only the chosen attributes may. */
    private static void neutral(String where, List<String> phrases, List<String> out) {
        for (String phrase : phrases) {
            Set<String> named = new HashSet<>(TitleWords.colorsIn(phrase));
            named.addAll(TitleWords.materialsIn(phrase));
            named.addAll(TitleWords.gendersIn(phrase));
            if (!named.isEmpty()) {
                out.add(where + ": \"" + phrase + "\" names " + named);
            }
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** Keeps the file's order: store groups are laid out in it, and the catalog must not depend on hashing. */
    private static <K, V> Map<K, V> map(Map<K, V> items) {
        return items == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** Lazy holder: the bundled table is parsed on first use only. */
    private static final class Bundled {
        static final CatalogTemplates TEMPLATES = load();

        private static CatalogTemplates load() {
            try (InputStream in = CatalogTemplates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
