package com.alismart.ext.coupons;

/** Short human durations for the popup: "2 d 3 h", "5 h 10 min", "12 min", in the numbers and units it is given. */
public final class Durations {
    private static final double MINUTE = 60_000;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;

    private Durations() {
    }

    /** The two largest units of a positive span: [days, hours] from a day up, [hours, minutes] below, [0, min]. */
    public static int[] split(double millis) {
        double m = Math.max(0, millis);
        if (m >= DAY) {
            int days = (int) (m / DAY);
            return new int[] {days, (int) ((m - days * DAY) / HOUR)};
        }
        if (m >= HOUR) {
            int hours = (int) (m / HOUR);
            return new int[] {hours, (int) ((m - hours * HOUR) / MINUTE)};
        }
        return new int[] {0, Math.max(m > 0 ? 1 : 0, (int) Math.ceil(m / MINUTE))};
    }

    /** "d", "h" or "min": the unit of the first number {@link #split} gives for the span. */
    public static String firstUnit(double millis) {
        return millis >= DAY ? "d" : millis >= HOUR ? "h" : "min";
    }

    /** Whole hours since {@code then}, for "updated 3 h ago"; 0 for the future or less than an hour. */
    public static int hoursSince(double then, double now) {
        return now > then ? (int) ((now - then) / HOUR) : 0;
    }

    /** Whole minutes since {@code then}; 0 for the future. */
    public static int minutesSince(double then, double now) {
        return now > then ? (int) ((now - then) / MINUTE) : 0;
    }
}
