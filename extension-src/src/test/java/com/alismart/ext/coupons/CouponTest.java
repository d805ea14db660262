package com.alismart.ext.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.ext.core.Fields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CouponTest {
    private static final double NOW = 1_780_000_000_000d;
    private static final double DAY = 24 * 3600 * 1000;

    /** Fields over a map, as the browser's JS objects are in production. */
    private record MapFields(Map<String, Object> map) implements Fields {
        @Override
        public String string(String key) {
            return map.get(key) instanceof String s ? s : null;
        }

        @Override
        public double number(String key) {
            return map.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
        }

        @Override
        public String[] strings(String key) {
            return map.get(key) instanceof List<?> l
                    ? l.stream().filter(String.class::isInstance).toArray(String[]::new) : null;
        }

        @Override
        public boolean isBoolean(String key) {
            return map.get(key) instanceof Boolean;
        }

        @Override
        public boolean isTrue(String key) {
            return Boolean.TRUE.equals(map.get(key));
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Coupon amount(double off, double minSpend, String scope, Map<String, Object> scopeFields) {
        scopeFields.put("type", scope);
        return Coupon.from(new MapFields(map("id", "c1", "code", "SAVE3", "title", "$3 off $29")),
                new MapFields(map("type", "amount", "amount", off, "currency", "USD")),
                new MapFields(map("saving", off, "minSpend", minSpend, "currency", "USD")),
                new MapFields(scopeFields), NOW + DAY);
    }

    @Test
    void reads_an_amount_coupon_and_knows_where_it_applies() {
        Coupon c = amount(3, 29, Coupon.STORE, map());
        assertThat(c.code()).isEqualTo("SAVE3");
        assertThat(c.isPercent()).isFalse();
        assertThat(c.amountOff()).isEqualTo(3);
        assertThat(c.appliesTo(30, "USD", null, null, NOW)).isTrue();
        assertThat(c.appliesTo(28.99, "USD", null, null, NOW)).isFalse();
        assertThat(c.missing(25)).isEqualTo(4);
        assertThat(c.appliesTo(30, "EUR", null, null, NOW)).isFalse();
        assertThat(c.appliesTo(30, "USD", null, null, NOW + 2 * DAY)).as("expired").isFalse();
    }

    @Test
    void product_and_category_coupons_apply_only_there() {
        Coupon products = amount(2, 0, Coupon.PRODUCTS, map("productIds", List.of("1005006789012345")));
        assertThat(products.appliesTo(10, "USD", "1005006789012345", null, NOW)).isTrue();
        assertThat(products.appliesTo(10, "USD", "1005000000000000", null, NOW)).isFalse();
        assertThat(products.appliesTo(10, "USD", null, null, NOW)).isFalse();
        Coupon category = amount(2, 0, Coupon.CATEGORY, map("category", "shoes"));
        assertThat(category.appliesTo(10, "USD", null, "shoes", NOW)).isTrue();
        assertThat(category.appliesTo(10, "USD", null, "dresses", NOW)).isFalse();
    }

    @Test
    void reads_a_percent_coupon_with_its_cap() {
        Coupon c = Coupon.from(new MapFields(map("id", "p1", "code", "TEN")),
                new MapFields(map("type", "percent", "percent", 10.0, "max", 5.0, "currency", "USD")),
                new MapFields(map("saving", 3.0, "minSpend", 0.0, "currency", "USD")), null, NOW + DAY);
        assertThat(c.isPercent()).isTrue();
        assertThat(c.percentOff()).isEqualTo(10);
        assertThat(c.maxOff()).isEqualTo(5);
        assertThat(c.scope()).isEqualTo(Coupon.STORE);
    }

    @Test
    void refuses_coupons_out_of_shape() {
        Fields discount = new MapFields(map("type", "amount", "amount", 3.0));
        Fields value = new MapFields(map("saving", 3.0, "minSpend", 0.0, "currency", "USD"));
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "<b>")), discount, value, null, NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "A".repeat(65))), discount, value, null, NOW))
                .isNull();
        assertThat(Coupon.from(new MapFields(map("code", "OK")), discount, value, null, NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "OK")),
                new MapFields(map("type", "free")), value, null, NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "OK")),
                new MapFields(map("type", "percent", "percent", 120.0)), value, null, NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "OK")), discount,
                new MapFields(map("saving", 3.0, "minSpend", 0.0, "currency", "usd")), null, NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "OK")), discount, value,
                new MapFields(map("type", "everything")), NOW)).isNull();
        assertThat(Coupon.from(new MapFields(map("id", "x", "code", "OK")), discount, value, null, Double.NaN))
                .isNull();
    }

    @Test
    void durations_read_in_two_units() {
        assertThat(Durations.split(2 * DAY + 3 * 3600_000 + 59_000)).containsExactly(2, 3);
        assertThat(Durations.firstUnit(2 * DAY)).isEqualTo("d");
        assertThat(Durations.split(5 * 3600_000 + 10 * 60_000)).containsExactly(5, 10);
        assertThat(Durations.firstUnit(5 * 3600_000)).isEqualTo("h");
        assertThat(Durations.split(90_000)).containsExactly(0, 2);
        assertThat(Durations.split(1)).containsExactly(0, 1);
        assertThat(Durations.split(-5)).containsExactly(0, 0);
        assertThat(Durations.hoursSince(NOW - 3.5 * 3600_000, NOW)).isEqualTo(3);
        assertThat(Durations.hoursSince(NOW + 10, NOW)).isZero();
    }
}
