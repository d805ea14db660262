package com.alismart.ext.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a price-history chart, as plain numbers for whoever draws it (an SVG in the panel, a sparkline
 * in the popup): a step line, since a price holds until it changes, scaled into a box with a margin, and the lowest
 * and highest prices for the labels.
 */
public final class PriceChart {
    private final double[] xs;
    private final double[] ys;
    private final double low;
    private final double high;

    private PriceChart(double[] xs, double[] ys, double low, double high) {
        this.xs = xs;
        this.ys = ys;
        this.low = low;
        this.high = high;
    }

    /**
     * The chart of {@code history} (oldest first) up to {@code now}, in a {@code width} x {@code height} box with
     * {@code pad} left free on every side. Observations out of time order are ignored; with none, the chart is
     * empty.
     */
    public static PriceChart of(List<Observation> history, double now, double width, double height, double pad) {
        List<Observation> points = new ArrayList<>();
        for (Observation o : history) {
            if (o.price() >= 0 && !Double.isInfinite(o.price())
                    && (points.isEmpty() || o.time() >= points.get(points.size() - 1).time())) {
                points.add(o);
            }
        }
        if (points.isEmpty()) {
            return new PriceChart(new double[0], new double[0], Double.NaN, Double.NaN);
        }
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Observation o : points) {
            low = Math.min(low, o.price());
            high = Math.max(high, o.price());
        }
        double t0 = points.get(0).time();
        double t1 = Math.max(now, points.get(points.size() - 1).time());
        double span = t1 > t0 ? t1 - t0 : 1;
        // A flat history sits in the middle rather than on an edge.
        double range = high > low ? high - low : 1;
        double innerW = Math.max(0, width - 2 * pad);
        double innerH = Math.max(0, height - 2 * pad);
        int n = points.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            Observation o = points.get(i);
            double x = pad + (t1 > t0 ? (o.time() - t0) / span * innerW : innerW);
            double y = pad + (high > low ? (high - o.price()) / range * innerH : innerH / 2);
            if (i > 0) {
                // The step: the previous price holds until this moment.
                xs[k] = x;
                ys[k] = ys[k - 1];
                k++;
            }
            xs[k] = x;
            ys[k] = y;
            k++;
        }
        // The last price holds until now.
        xs[k] = pad + innerW;
        ys[k] = ys[k - 1];
        k++;
        double[] outX = new double[k];
        double[] outY = new double[k];
        System.arraycopy(xs, 0, outX, 0, k);
        System.arraycopy(ys, 0, outY, 0, k);
        return new PriceChart(outX, outY, low, high);
    }

    public boolean isEmpty() {
        return xs.length == 0;
    }

    /** The points of the line, in drawing order. */
    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** The lowest price in the history ({@code NaN} when empty). */
    public double low() {
        return low;
    }

    /** The highest price in the history ({@code NaN} when empty). */
    public double high() {
        return high;
    }

    /** An SVG {@code points} attribute: "x,y x,y …" with one decimal, built without String.format. */
    public String svgPoints() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            appendTenths(out, xs[i]);
            out.append(',');
            appendTenths(out, ys[i]);
        }
        return out.toString();
    }

    private static void appendTenths(StringBuilder out, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
    }
}
