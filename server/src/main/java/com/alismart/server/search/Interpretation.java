package com.alismart.server.search;

import java.util.List;

/**
 * What Smart Search understood of a query; returned in every search response with exactly these fields.
 *
 * @param keywords     the words left to match as text, lower case, in the query's language
 * @param category     a {@link com.alismart.server.catalog.Taxonomy} category id, or null
 * @param colors       canonical English colour names, lower case
 * @param materials    canonical material names from the taxonomy
 * @param gender       "women", "men", "kids" or null
 * @param sizes        lower case ("xl", "38")
 * @param priceMin     lower bound in {@code currency}, or null
 * @param priceMax     upper bound in {@code currency}, or null
 * @param currency     ISO 4217 code of the bounds (the request's currency when the query names none)
 * @param minRating    0..5, or null
 * @param freeShipping whether the shopper asked for free shipping
 * @param sort         one of {@link com.alismart.server.catalog.Taxonomy#SORTS}
 * @param excluded     words the shopper does not want ("silicone" in "not silicone"), lower case
 */
public record Interpretation(
        List<String> keywords,
        String category,
        List<String> colors,
        List<String> materials,
        String gender,
        List<String> sizes,
        Double priceMin,
        Double priceMax,
        String currency,
        Double minRating,
        boolean freeShipping,
        String sort,
        List<String> excluded) {

    public Interpretation {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        colors = colors == null ? List.of() : List.copyOf(colors);
        materials = materials == null ? List.of() : List.copyOf(materials);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        sort = sort == null ? "relevance" : sort;
    }
}
