package com.alismart.server.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's vocabulary, shared by the generator, the index and the query parser: categories, canonical colour
 * and material names (English, lower case), genders and sort orders. Words in other languages map onto these in the
 * query parser's lexicon; nothing else in the server invents its own names for them.
 */
public final class Taxonomy {
    /** A category: a stable id and its English display name. */
    public record Category(String id, String name) {
    }

    public static final List<Category> CATEGORIES = List.of(
            new Category("dresses", "Dresses"),
            new Category("tops", "Tops & T-shirts"),
            new Category("pants", "Pants & Jeans"),
            new Category("jackets", "Jackets & Coats"),
            new Category("swimwear", "Swimwear"),
            new Category("sleepwear", "Underwear & Sleepwear"),
            new Category("shoes", "Shoes"),
            new Category("bags", "Bags & Backpacks"),
            new Category("watches", "Watches"),
            new Category("jewelry", "Jewelry"),
            new Category("eyewear", "Sunglasses & Eyewear"),
            new Category("hats", "Hats, Scarves & Gloves"),
            new Category("phone-cases", "Phone Cases"),
            new Category("phone-accessories", "Chargers & Cables"),
            new Category("audio", "Headphones & Speakers"),
            new Category("wearables", "Smart Watches & Bands"),
            new Category("computer-accessories", "Computer Accessories"),
            new Category("home-decor", "Home Decor"),
            new Category("kitchen", "Kitchen"),
            new Category("bedding", "Bedding"),
            new Category("lighting", "Lighting"),
            new Category("makeup", "Makeup"),
            new Category("hair-care", "Hair Care & Styling"),
            new Category("nail-art", "Nail Art"),
            new Category("toys", "Toys"),
            new Category("baby", "Baby"),
            new Category("fitness", "Fitness & Yoga"),
            new Category("camping", "Camping & Hiking"),
            new Category("cycling", "Cycling"),
            new Category("car-accessories", "Car Accessories"),
            new Category("tools", "Tools"),
            new Category("pet-supplies", "Pet Supplies"),
            new Category("garden", "Garden"),
            new Category("stationery", "Office & Stationery"));

    public static final Map<String, Category> CATEGORY_BY_ID = CATEGORIES.stream()
            .collect(Collectors.toUnmodifiableMap(Category::id, Function.identity()));

    /** Canonical colours, each with an sRGB value used to draw product images. */
    public static final Map<String, Integer> COLORS = Map.ofEntries(
            Map.entry("black", 0x1f1f1f), Map.entry("white", 0xf5f5f2), Map.entry("gray", 0x8a8d91),
            Map.entry("red", 0xd32f2f), Map.entry("pink", 0xf06292), Map.entry("orange", 0xf57c00),
            Map.entry("yellow", 0xfbc02d), Map.entry("green", 0x388e3c), Map.entry("blue", 0x1e88e5),
            Map.entry("navy", 0x1a237e), Map.entry("purple", 0x7b1fa2), Map.entry("brown", 0x6d4c41),
            Map.entry("beige", 0xd7c4a3), Map.entry("gold", 0xc9a227), Map.entry("silver", 0xb8bcc2));

    public static final Set<String> MATERIALS = Set.of("cotton", "polyester", "leather", "silk", "wool", "denim",
            "linen", "nylon", "silicone", "plastic", "metal", "stainless steel", "aluminum", "wood", "bamboo", "glass",
            "ceramic", "rubber", "canvas", "alloy", "titanium", "sterling silver", "acrylic", "foam", "mesh", "suede",
            "velvet", "cashmere", "spandex", "tpu");

    public static final Set<String> GENDERS = Set.of("women", "men", "kids");

    public static final List<String> SORTS = List.of("relevance", "price_asc", "price_desc", "orders", "rating",
            "newest");

    private Taxonomy() {
    }
}
