package com.alismart.server.coupons;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A promo code as issued. Money is in the coupon's own {@code currency}.
 *
 * @param titles     localised titles by language (primary subtag), possibly empty
 * @param discount   what it takes off
 * @param minSpend   the order total it needs, 0 for none
 * @param scope      where it applies; {@code category} and {@code productIds} narrow it
 * @param countries  ISO 3166 alpha-2 codes it is limited to; empty for every country
 * @param source     where it came from: "feed" or "aliexpress"
 */
public record Coupon(String id, String code, String title, Map<String, String> titles, Discount discount,
        String currency, double minSpend, Scope scope, String category, List<String> productIds,
        List<String> countries, Instant startsAt, Instant expiresAt, String source) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:_-]{0,79}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    private static final Pattern PRODUCT_ID = Pattern.compile("[0-9]{6,20}");

    public enum Scope {
        STORE, CATEGORY, NEW_USERS, PRODUCTS;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Scope fromWire(String s) {
            for (Scope scope : values()) {
                if (scope.wire().equals(s)) {
                    return scope;
                }
            }
            throw new IllegalArgumentException("scope must be store, category, new_users or products");
        }
    }

    /**
     * An amount off ({@code percent} 0), or a percentage off with an optional cap ({@code amount} is the cap,
     * 0 for none).
     */
    public record Discount(double amount, double percent) {
        public static Discount amountOff(double amount) {
            return new Discount(amount, 0);
        }

        public static Discount percentOff(double percent, double cap) {
            return new Discount(cap, percent);
        }

        public boolean isPercent() {
            return percent > 0;
        }
    }

    /** Checks everything a source could get wrong; the message names the rule, and the coupon by its id. */
    public Coupon {
        require(id != null && ID.matcher(id).matches(), id, "id must be 1-80 letters, digits or ._:_-");
        require(code != null && CODE.matcher(code).matches(), id, "code must be 1-64 letters, digits, _ or -");
        require(title != null && !title.isBlank() && title.length() <= 300, id, "title must have 1-300 characters");
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        for (Map.Entry<String, String> t : titles.entrySet()) {
            require(LANG.matcher(t.getKey()).matches(), id, "title languages must be 2-3 lower-case letters");
            require(t.getValue() != null && !t.getValue().isBlank() && t.getValue().length() <= 300, id,
                    "localised titles must have 1-300 characters");
        }
        Objects.requireNonNull(discount, "discount");
        require(Double.isFinite(discount.amount()) && Double.isFinite(discount.percent()), id,
                "discount must be a number");
        if (discount.isPercent()) {
            require(discount.percent() < 100 && discount.amount() >= 0, id,
                    "a percent discount must be below 100 with a cap of 0 or more");
        } else {
            require(discount.amount() > 0 && discount.percent() == 0, id, "an amount discount must be above 0");
        }
        require(currency != null && CURRENCY.matcher(currency).matches(), id, "currency must be an ISO 4217 code");
        require(Double.isFinite(minSpend) && minSpend >= 0, id, "minSpend must be 0 or more");
        Objects.requireNonNull(scope, "scope");
        require(scope != Scope.CATEGORY || (category != null && !category.isBlank() && category.length() <= 120), id,
                "a category coupon needs a category of at most 120 characters");
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        require(scope != Scope.PRODUCTS || !productIds.isEmpty(), id, "a products coupon needs productIds");
        require(productIds.size() <= 150 && productIds.stream().allMatch(p -> PRODUCT_ID.matcher(p).matches()), id,
                "productIds must be at most 150 product ids of digits");
        countries = countries == null ? List.of() : List.copyOf(countries);
        require(countries.size() <= 250 && countries.stream().allMatch(c -> COUNTRY.matcher(c).matches()), id,
                "countries must be ISO 3166 alpha-2 codes");
        require(startsAt != null && expiresAt != null && expiresAt.isAfter(startsAt), id,
                "a coupon needs a start before its expiry");
        require(source != null && !source.isBlank() && source.length() <= 20, id, "source must be named");
    }

    private static void require(boolean ok, String id, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("coupon " + (id == null ? "(no id)" : id) + ": " + rule);
        }
    }

    /** The title in {@code lang} when the source has it, otherwise the default one. */
    public String title(String lang) {
        return lang == null ? title : titles.getOrDefault(lang, title);
    }

    public boolean liveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(expiresAt);
    }

    public boolean availableIn(String country) {
        return countries.isEmpty() || (country != null && countries.contains(country));
    }
}
