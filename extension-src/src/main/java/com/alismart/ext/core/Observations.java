package com.alismart.ext.core;

import java.util.ArrayList;
import java.util.List;

/** What the watch list keeps of the prices it sees: a capped history, without the noise of page reloads. */
public final class Observations {
    /** At most this many observations per product: a daily check gives about four months. */
    public static final int CAP = 120;
    /** A reload within this time at the same price refreshes the last observation instead of adding one. */
    public static final double SAME_VISIT_MILLIS = 60 * 60 * 1000;

    private Observations() {
    }

    /** The history with {@code price} seen at {@code now} recorded; the input list is not changed. */
    public static List<Observation> record(List<Observation> history, double now, double price) {
        List<Observation> out = new ArrayList<>(history);
        if (!(price >= 0) || Double.isInfinite(price)) {
            return out;
        }
        if (!out.isEmpty()) {
            Observation last = out.get(out.size() - 1);
            if (last.price() == price && now - last.time() < SAME_VISIT_MILLIS && now >= last.time()) {
                out.set(out.size() - 1, new Observation(now, price));
                return out;
            }
        }
        out.add(new Observation(now, price));
        while (out.size() > CAP) {
            out.remove(0);
        }
        return out;
    }
}
