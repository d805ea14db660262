package com.alismart.server.search;

import java.util.ArrayList;
import java.util.List;

/** Removing parts of an interpretation, as the shopper does by removing a chip. */
public final class Interpretations {
    private Interpretations() {
    }

    /**
     * The interpretation without the parts named in {@code drop}: "category", "gender", "priceMin", "priceMax",
     * "minRating", "freeShipping", "sort", or "keywords:word", "colors:red", "materials:leather", "sizes:xl",
     * "excluded:nickel". Unknown names are ignored.
     */
    public static Interpretation without(Interpretation in, List<String> drop) {
        if (drop == null || drop.isEmpty()) {
            return in;
        }
        List<String> keywords = new ArrayList<>(in.keywords());
        List<String> colors = new ArrayList<>(in.colors());
        List<String> materials = new ArrayList<>(in.materials());
        List<String> sizes = new ArrayList<>(in.sizes());
        List<String> excluded = new ArrayList<>(in.excluded());
        String category = in.category();
        String gender = in.gender();
        Double priceMin = in.priceMin();
        Double priceMax = in.priceMax();
        Double minRating = in.minRating();
        boolean freeShipping = in.freeShipping();
        String sort = in.sort();
        for (String d : drop) {
            int colon = d.indexOf(':');
            String field = colon < 0 ? d : d.substring(0, colon);
            String value = colon < 0 ? null : d.substring(colon + 1);
            switch (field) {
                case "category" -> category = null;
                case "gender" -> gender = null;
                case "priceMin" -> priceMin = null;
                case "priceMax" -> priceMax = null;
                case "minRating" -> minRating = null;
                case "freeShipping" -> freeShipping = false;
                case "sort" -> sort = "relevance";
                case "keywords" -> keywords.remove(value);
                case "colors" -> colors.remove(value);
                case "materials" -> materials.remove(value);
                case "sizes" -> sizes.remove(value);
                case "excluded" -> excluded.remove(value);
                default -> {
                    // an unknown chip name changes nothing
                }
            }
        }
        return new Interpretation(keywords, category, colors, materials, gender, sizes, priceMin, priceMax,
                in.currency(), minRating, freeShipping, sort, excluded);
    }
}
