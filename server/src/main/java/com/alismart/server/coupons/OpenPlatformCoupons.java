package com.alismart.server.coupons;

import com.alismart.server.aliexpress.AliExpressClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promo codes from the AliExpress Open Platform: the {@code promo_code_info} of the hot products
 * ({@code aliexpress.affiliate.hotproduct.query}), a few pages of them, one coupon per code, scoped to the products
 * that carry it. A page that fails fails the import (the stored set stays); a product whose promo code cannot be
 * read is skipped, since it is the platform's data and not ours to fix. No code at all also fails the import: an
 * empty answer is likelier a hiccup than a day without coupons.
 */
public final class OpenPlatformCoupons implements CouponSource {
    static final String METHOD = "aliexpress.affiliate.hotproduct.query";
    static final int PAGES = 3;
    static final int PAGE_SIZE = 50;
    /** The platform writes promo code times without a zone; its other times are in US Pacific time. */
    static final ZoneId PLATFORM_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern NUMBER = Pattern.compile("([0-9][0-9.,]*[0-9]|[0-9])");

    private final AliExpressClient api;
    private final String trackingId;
    private final String currency;

    public OpenPlatformCoupons(AliExpressClient api, String trackingId, String currency) {
        this.api = api;
        this.trackingId = trackingId;
        this.currency = currency;
    }

    @Override
    public String name() {
        return "aliexpress:" + METHOD;
    }

    @Override
    public List<Coupon> fetch(Instant now) {
        Map<String, Builder> byCode = new LinkedHashMap<>();
        for (int page = 1; page <= PAGES; page++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("page_no", Integer.toString(page));
            params.put("page_size", Integer.toString(PAGE_SIZE));
            params.put("target_currency", currency);
            params.put("target_language", "EN");
            params.put("fields", "product_id,product_title,promo_code_info");
            if (trackingId != null) {
                params.put("tracking_id", trackingId);
            }
            JsonNode result = api.call(METHOD, params);
            List<JsonNode> products = products(result);
            for (JsonNode product : products) {
                read(product, byCode);
            }
            if (products.size() < PAGE_SIZE) {
                break;
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("the Open Platform returned no promo code");
        }
        List<Coupon> coupons = new ArrayList<>();
        for (Builder b : byCode.values()) {
            coupons.add(b.build());
        }
        return coupons;
    }

    private static List<JsonNode> products(JsonNode result) {
        JsonNode inner = result.path("products").path("product");
        List<JsonNode> out = new ArrayList<>();
        if (inner.isArray()) {
            inner.forEach(out::add);
        }
        return out;
    }

    private void read(JsonNode product, Map<String, Builder> byCode) {
        JsonNode info = product.path("promo_code_info");
        String code = info.path("promo_code").asText("").trim();
        String productId = product.path("product_id").asText("");
        if (code.isEmpty() || !code.matches("[A-Za-z0-9_-]{1,64}") || !productId.matches("[0-9]{6,20}")) {
            return;
        }
        Builder existing = byCode.get(code);
        if (existing != null) {
            if (existing.productIds.size() < 150) {
                existing.productIds.add(productId);
            }
            return;
        }
        try {
            String value = info.path("code_value").asText("");
            boolean percent = value.contains("%");
            double amount = number(value);
            double minSpend = info.has("code_mini_spend") ? number(info.path("code_mini_spend").asText("0")) : 0;
            Instant start = time(info.path("code_availabletime_start").asText(""));
            Instant end = time(info.path("code_availabletime_end").asText(""));
            if (!(amount > 0) || (percent && amount >= 100) || !end.isAfter(start)) {
                return;
            }
            byCode.put(code, new Builder(code, percent, amount, minSpend, start, end, productId));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // unreadable promo info on one product: skip it
        }
    }

    /**
     * The amount in a display string: "US $3.00", "$1,000.00", "1.000,50 €", "10%". When both separators appear
     * the last one is the decimal point; a lone one followed by exactly three digits groups thousands.
     */
    static double number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no number");
        }
        String n = m.group(1);
        int dot = n.lastIndexOf('.');
        int comma = n.lastIndexOf(',');
        int decimal = Math.max(dot, comma);
        if (dot >= 0 && comma >= 0) {
            n = n.substring(0, decimal).replaceAll("[.,]", "") + "." + n.substring(decimal + 1);
        } else if (decimal >= 0 && (n.length() - decimal - 1 == 3 || n.indexOf(n.charAt(decimal)) != decimal)) {
            n = n.replaceAll("[.,]", "");
        } else {
            n = n.replace(',', '.');
        }
        return Double.parseDouble(n);
    }

    static Instant time(String text) {
        return LocalDateTime.parse(text.trim(), TIME).atZone(PLATFORM_ZONE).toInstant();
    }

    private final class Builder {
        final String code;
        final boolean percent;
        final double amount;
        final double minSpend;
        final Instant start;
        final Instant end;
        final List<String> productIds = new ArrayList<>();

        Builder(String code, boolean percent, double amount, double minSpend, Instant start, Instant end,
                String productId) {
            this.code = code;
            this.percent = percent;
            this.amount = amount;
            this.minSpend = minSpend;
            this.start = start;
            this.end = end;
            productIds.add(productId);
        }

        Coupon build() {
            String off = percent ? trim(amount) + "% off" : currency + " " + trim(amount) + " off";
            String title = off + (minSpend > 0 ? " orders over " + currency + " " + trim(minSpend) : "")
                    + " on selected products";
            return new Coupon("ae-" + code, code, title, Map.of(), percent ? Coupon.Discount.percentOff(amount, 0)
                    : Coupon.Discount.amountOff(amount), currency, minSpend, Coupon.Scope.PRODUCTS, null, productIds,
                    List.of(), start, end, "aliexpress");
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
