package com.alismart.ext.core;

/**
 * When a watched product's price is worth a notification: it fell to the shopper's target or below, or by
 * {@value #DROP_PERCENT} % or more from the price we last knew. One notification per fall: the price we notified at is
 * remembered, and only a further fall below it notifies again.
 */
public final class PriceAlerts {
    public static final int DROP_PERCENT = 10;

    /** Why a check notifies. */
    public enum Reason { NONE, TARGET_REACHED, DROPPED }

    private PriceAlerts() {
    }

    /**
     * @param current   today's price ({@code NaN} when unknown: never notifies)
     * @param previous  the price we last knew before today (the last observation), or {@code NaN}
     * @param target    the shopper's target, or {@code NaN} when they set none
     * @param notified  the price of the last notification for this product, or {@code NaN}
     */
    public static Reason check(double current, double previous, double target, double notified) {
        if (!(current > 0) || Double.isInfinite(current)) {
            return Reason.NONE;
        }
        if (notified > 0 && current >= notified) {
            // Already told them about this price (or a lower one).
            return Reason.NONE;
        }
        if (target > 0 && current <= target) {
            return Reason.TARGET_REACHED;
        }
        if (previous > 0 && current <= previous * (100 - DROP_PERCENT) / 100.0 + 1e-9) {
            return Reason.DROPPED;
        }
        return Reason.NONE;
    }

    /** The fall in whole percent from {@code from} to {@code to} (0 when it did not fall). */
    public static int percentDown(double from, double to) {
        if (!(from > 0) || !(to >= 0) || to >= from) {
            return 0;
        }
        return (int) Math.round((from - to) * 100 / from);
    }
}
