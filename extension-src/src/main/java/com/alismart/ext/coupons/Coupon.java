package com.alismart.ext.coupons;

import com.alismart.ext.core.Fields;

/**
 * One coupon as the popup and the panel show it, read field by field from the server's answer (or the stored copy
 * of it) with every type checked: what does not fit is dropped, never shown half.
 */
public final class Coupon {
    public static final String STORE = "store";
    public static final String CATEGORY = "category";
    public static final String NEW_USERS = "new_users";
    public static final String PRODUCTS = "products";

    static final int MAX_CODE = 64;
    static final int MAX_TITLE = 200;

    private final String id;
    private final String code;
    private final String title;
    private final double amountOff;
    private final double percentOff;
    private final double maxOff;
    private final String currency;
    private final double minSpend;
    private final double saving;
    private final String scope;
    private final String category;
    private final String[] productIds;
    private final double expiresAt;

    private Coupon(String id, String code, String title, double amountOff, double percentOff, double maxOff,
            String currency, double minSpend, double saving, String scope, String category, String[] productIds,
            double expiresAt) {
        this.id = id;
        this.code = code;
        this.title = title;
        this.amountOff = amountOff;
        this.percentOff = percentOff;
        this.maxOff = maxOff;
        this.currency = currency;
        this.minSpend = minSpend;
        this.saving = saving;
        this.scope = scope;
        this.category = category;
        this.productIds = productIds;
        this.expiresAt = expiresAt;
    }

    /**
     * A coupon from the server's item shape, with {@code discount}, {@code value} and {@code scope} given as their
     * own records (the JS objects nest them), and {@code expiresAt} already in epoch milliseconds; {@code null} when
     * a required field is missing or out of shape.
     */
    public static Coupon from(Fields item, Fields discount, Fields value, Fields scope, double expiresAt) {
        if (item == null || discount == null || value == null) {
            return null;
        }
        String id = item.string("id");
        String code = item.string("code");
        if (id == null || id.isEmpty() || id.length() > 80 || !isCode(code)) {
            return null;
        }
        String title = item.string("title");
        if (title != null && title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
        String type = discount.string("type");
        double amount = Double.NaN;
        double percent = Double.NaN;
        double max = Double.NaN;
        if ("amount".equals(type)) {
            amount = discount.number("amount");
            if (!(amount > 0)) {
                return null;
            }
        } else if ("percent".equals(type)) {
            percent = discount.number("percent");
            if (!(percent > 0) || percent > 100) {
                return null;
            }
            max = discount.number("max");
        } else {
            return null;
        }
        // Amounts shown are the ones converted into the shopper's currency (value), so one currency reads through.
        String currency = value.string("currency");
        double minSpend = value.number("minSpend");
        double saving = value.number("saving");
        if (!isCurrency(currency) || !(minSpend >= 0) || !(saving >= 0) || !(expiresAt > 0)) {
            return null;
        }
        if ("amount".equals(type)) {
            // The face value in the shopper's currency is the saving at the minimum spend.
            amount = saving;
        } else if (max > 0 && isCurrency(discount.string("currency"))
                && !currency.equals(discount.string("currency"))) {
            // A cap in another currency would mislead; the saving already reflects it.
            max = Double.NaN;
        }
        String scopeType = scope == null ? STORE : scope.string("type");
        if (!STORE.equals(scopeType) && !CATEGORY.equals(scopeType) && !NEW_USERS.equals(scopeType)
                && !PRODUCTS.equals(scopeType)) {
            return null;
        }
        String category = scope == null ? null : scope.string("category");
        String[] products = scope == null ? null : scope.strings("productIds");
        return new Coupon(id, code, title, amount, percent, max, currency, minSpend, saving, scopeType, category,
                products == null ? new String[0] : products, expiresAt);
    }

    private static boolean isCode(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_CODE) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCurrency(String s) {
        if (s == null || s.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the coupon can be used on a page showing {@code price} in {@code priceCurrency} for product
     * {@code productId} of {@code category} (either may be null): live, in the same currency, the price reaching the
     * minimum spend, and the scope matching. New-user coupons are shown (the shopper knows if they are new).
     */
    public boolean appliesTo(double price, String priceCurrency, String productId, String pageCategory,
            double now) {
        if (now >= expiresAt || !currency.equals(priceCurrency) || !(price >= minSpend)) {
            return false;
        }
        switch (scope) {
            case PRODUCTS:
                if (productId == null) {
                    return false;
                }
                for (String p : productIds) {
                    if (p.equals(productId)) {
                        return true;
                    }
                }
                return false;
            case CATEGORY:
                return category == null || category.equals(pageCategory);
            default:
                return true;
        }
    }

    /** What is still missing to reach the minimum spend from {@code price} (0 when reached). */
    public double missing(double price) {
        return price >= minSpend ? 0 : Math.round((minSpend - price) * 100) / 100.0;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** May be {@code null}. */
    public String title() {
        return title;
    }

    public boolean isPercent() {
        return !Double.isNaN(percentOff);
    }

    /** The amount off in {@link #currency()}; NaN for a percent coupon. */
    public double amountOff() {
        return amountOff;
    }

    /** The percent off; NaN for an amount coupon. */
    public double percentOff() {
        return percentOff;
    }

    /** A percent coupon's cap in {@link #currency()}, or NaN. */
    public double maxOff() {
        return maxOff;
    }

    public String currency() {
        return currency;
    }

    public double minSpend() {
        return minSpend;
    }

    /** What it is worth to the shopper, as the server ranks it. */
    public double saving() {
        return saving;
    }

    /** {@link #STORE}, {@link #CATEGORY}, {@link #NEW_USERS} or {@link #PRODUCTS}. */
    public String scope() {
        return scope;
    }

    /** May be {@code null}. */
    public String category() {
        return category;
    }

    public double expiresAt() {
        return expiresAt;
    }
}
