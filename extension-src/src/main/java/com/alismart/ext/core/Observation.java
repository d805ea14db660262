package com.alismart.ext.core;

/** One observed price of a watched product. */
public final class Observation {
    private final double time;
    private final double price;

    /** {@code time} in epoch milliseconds, {@code price} in the product's currency. */
    public Observation(double time, double price) {
        this.time = time;
        this.price = price;
    }

    public double time() {
        return time;
    }

    public double price() {
        return price;
    }
}
