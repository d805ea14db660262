package com.alismart.server.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One catalog product, as the JSON Lines feed holds it (one object per line, these field names). Prices are in
 * {@code currency} (USD for the generated catalog). {@code imageUrl} is null when the server draws the image itself
 * ({@code /api/v1/images/{id}.png}).
 *
 * @param gender    "women", "men", "kids" or null
 * @param shape     for generated products: what the image draws (a category's sub-type, e.g. "boot"); may be null
 */
public record Product(
        String id,
        String title,
        String category,
        List<String> colors,
        List<String> materials,
        String gender,
        List<String> sizes,
        double price,
        double originalPrice,
        String currency,
        double rating,
        int orders,
        boolean freeShipping,
        String storeId,
        String storeName,
        double storeRating,
        LocalDate createdAt,
        String imageUrl,
        String shape) {

    public Product {
        colors = colors == null ? List.of() : List.copyOf(colors);
        materials = materials == null ? List.of() : List.copyOf(materials);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    /** This product at another price (the original price never below it). */
    public Product withPrice(double newPrice) {
        return new Product(id, title, category, colors, materials, gender, sizes, newPrice,
                Math.max(originalPrice, newPrice), currency, rating, orders, freeShipping, storeId, storeName,
                storeRating, createdAt, imageUrl, shape);
    }
}
