package com.alismart.server.products;

import com.alismart.server.aliexpress.AliExpressClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Today's facts of one product from the Open Platform ({@code aliexpress.affiliate.productdetail.get}), in US
 * dollars: the history is kept in one currency and converted when served.
 */
public final class OpenPlatformProducts {
    static final String METHOD = "aliexpress.affiliate.productdetail.get";
    static final String FIELDS = "product_id,product_title,product_detail_url,product_main_image_url,"
            + "target_sale_price,target_sale_price_currency,target_original_price,evaluate_rate,lastest_volume,"
            + "shop_id,first_level_category_name";

    /** What the platform says of a product today; {@code rating} on 0..5 from its positive-feedback rate. */
    public record Details(String id, String title, String imageUrl, double price, double originalPrice,
            String currency, double rating, int orders, String storeId, String category) {
    }

    private final AliExpressClient api;
    private final String trackingId;

    public OpenPlatformProducts(AliExpressClient api, String trackingId) {
        this.api = api;
        this.trackingId = trackingId;
    }

    /** The product, or null when the platform does not know it; an AliExpressException when it cannot say. */
    public Details today(String productId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("product_ids", productId);
        params.put("target_currency", "USD");
        params.put("target_language", "EN");
        params.put("fields", FIELDS);
        if (trackingId != null) {
            params.put("tracking_id", trackingId);
        }
        JsonNode result = api.cachedCall(METHOD, params);
        JsonNode products = result.path("products").path("product");
        for (JsonNode p : products.isArray() ? products : java.util.List.<JsonNode>of()) {
            if (!productId.equals(p.path("product_id").asText())) {
                continue;
            }
            double price = number(p.path("target_sale_price"));
            if (!(price > 0)) {
                return null;
            }
            double original = Math.max(price, number(p.path("target_original_price")));
            String currency = p.path("target_sale_price_currency").asText("USD");
            double positive = number(p.path("evaluate_rate"));
            double rating = Double.isNaN(positive) ? 0 : Math.round(positive / 20 * 10) / 10.0;
            String image = p.path("product_main_image_url").asText(null);
            return new Details(productId, p.path("product_title").asText(""),
                    image != null && image.startsWith("https://") ? image : null, price, original,
                    currency.length() == 3 ? currency : "USD", rating, p.path("lastest_volume").asInt(0),
                    p.path("shop_id").asText(null), p.path("first_level_category_name").asText(null));
        }
        return null;
    }

    /** "12.34", 12.34 or "97.5%" as a number; NaN when it is none. */
    static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        String s = n.asText("").replace("%", "").replace(",", "").trim();
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
