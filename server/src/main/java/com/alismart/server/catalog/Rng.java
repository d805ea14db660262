package com.alismart.server.catalog;

import java.util.List;

/**
 * A tiny SplitMix64 generator. The catalog derives one from (seed, product index), so product i never depends on
 * the products before it. It is our own rather than {@link java.util.SplittableRandom} because the generated
 * catalog is a fixture that must stay the same across JDK versions: nothing in it may change because a JDK
 * release changes how its generators derive gaussians or bounded values.
 */
final class Rng {
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final double UNIT = 0x1.0p-53;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for one item of a keyed family, e.g. (catalog seed, product index, purpose). */
    static Rng of(long seed, long index, long salt) {
        return new Rng(hash(seed, index, salt));
    }

    /** A well-mixed 64-bit value of three inputs, used wherever a stable per-item number is needed. */
    static long hash(long a, long b, long c) {
        long h = mix(a + GOLDEN);
        h = mix(h ^ (b * GOLDEN + 0x632be59bd9b4e019L));
        return mix(h ^ (c * 0xd1b54a32d192ed03L + GOLDEN));
    }

    /** A stable 64-bit value of a product id (FNV-1a), the key of every per-product variation. */
    static long hashOf(String id) {
        long h = 0xcbf29ce484222325L;
        String s = id == null ? "" : id;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser (Stafford variant 13). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * UNIT;
    }

    /** Uniform in [0, bound); the tiny modulo bias is irrelevant for bounds this small. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [from, to] inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** A standard normal value (Box-Muller); only one of the pair is used, to keep the draw count fixed. */
    double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** An index drawn in proportion to {@code cumulative}, a running sum of non-negative weights. */
    int weighted(double[] cumulative) {
        double x = nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
