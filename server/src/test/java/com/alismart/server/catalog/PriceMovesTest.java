package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceMovesTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void the_same_product_and_day_give_the_same_price() {
        Product p = new CatalogGenerator(42).products(10).toList().get(3);
        assertThat(PriceMoves.priceOn(p, START)).isEqualTo(PriceMoves.priceOn(p, START));
    }

    @Test
    void prices_hold_for_stretches_move_both_ways_and_stay_near_the_list_price() {
        List<Product> products = new CatalogGenerator(42).products(200).toList();
        int changes = 0;
        int days = 0;
        int falls = 0;
        int rises = 0;
        int atList = 0;
        for (Product p : products) {
            double previous = PriceMoves.priceOn(p, START);
            for (int d = 1; d < 120; d++) {
                double price = PriceMoves.priceOn(p, START.plusDays(d));
                assertThat(price).isBetween(p.price() * 0.5, p.price() * 1.11);
                days++;
                changes += price != previous ? 1 : 0;
                falls += price < previous ? 1 : 0;
                rises += price > previous ? 1 : 0;
                atList += price == Math.round(p.price() * 100) / 100.0 ? 1 : 0;
                previous = price;
            }
        }
        // A price holds for 3 to 9 days, so it changes on well under a third of days, but it does change.
        assertThat(changes / (double) days).isBetween(0.05, 0.3);
        assertThat(falls).isPositive();
        assertThat(rises).isPositive();
        assertThat(atList / (double) days).isBetween(0.5, 0.75);
    }

    @Test
    void some_days_fall_by_ten_percent_or_more_from_the_day_before() {
        Product p = new CatalogGenerator(42).products(1).toList().get(0);
        boolean dropped = false;
        for (int d = 1; d < 365 && !dropped; d++) {
            dropped = PriceMoves.priceOn(p, START.plusDays(d)) <= 0.9 * PriceMoves.priceOn(p, START.plusDays(d - 1));
        }
        assertThat(dropped).isTrue();
    }
}
