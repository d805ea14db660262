package com.alismart.server.catalog;

import java.time.LocalDate;

/**
 * How a generated product's price moves from day to day, deterministically, so that price tracking can be tested
 * against the embedded catalog as it would be against the real shop. Like a seller's price it holds for a stretch
 * of days (3 to 9, per product), then changes: mostly back to the list price, sometimes a sale, now and then a
 * deep one or a small rise. The catalog's own price is the list price.
 */
public final class PriceMoves {
    private static final long SALT = 0x9e1ce5L;

    private PriceMoves() {
    }

    /** The product's price on {@code day}, in its own currency. */
    public static double priceOn(Product p, LocalDate day) {
        return round2(p.price() * factor(p.id(), day));
    }

    /** The price's multiple of the list price on {@code day}. */
    static double factor(String id, LocalDate day) {
        long key = Rng.hashOf(id);
        int stretch = 3 + (int) Long.remainderUnsigned(Rng.hash(key, SALT, 0), 7);
        long phase = Long.remainderUnsigned(Rng.hash(key, SALT, 1), stretch);
        long period = Math.floorDiv(day.toEpochDay() + phase, stretch);
        Rng r = Rng.of(key, period, SALT);
        double roll = r.nextDouble();
        if (roll < 0.62) {
            return 1;
        }
        if (roll < 0.85) {
            return 0.8 + r.nextDouble() * 0.12; // a sale: 8 to 20 % off
        }
        if (roll < 0.93) {
            return 0.55 + r.nextDouble() * 0.2; // a deep sale: 25 to 45 % off
        }
        return 1.02 + r.nextDouble() * 0.08; // a small rise
    }

    private static double round2(double v) {
        return Math.max(0.01, Math.round(v * 100) / 100.0);
    }
}
