package com.alismart.ext.core;

import java.util.ArrayList;
import java.util.List;

/**
 * "Find it on AliExpress" from another shop's product page: the search words of the page's title, one ranking from
 * two searches (the product photo and the title), and what the shopper saves.
 */
public final class CrossShop {
    /** How many results the panel shows. */
    public static final int SHOWN = 6;
    /** How many candidates each search (photo, title) is asked for. */
    public static final int PER_SEARCH = 12;
    /**
     * What the title search leaves out of Smart Search's reading of a title ({@code drop=} of /api/v1/search): the
     * category. Guessed from a long marketplace title's head word ("... Nightgown Lace Lingerie Dress Short" reads as a
     * dress), it would filter the very product out; the title's words rank it all the same.
     */
    public static final List<String> TITLE_SEARCH_DROPS = List.of("category");
    /** The most words of a title worth searching with: long marketplace titles drift off into specifications. */
    public static final int MAX_QUERY_WORDS = 8;
    /** Reciprocal-rank fusion's constant: the usual 60 lets neither list's top dominate. */
    private static final double RRF_K = 60;
    /** A photo match at least this similar is the same product, whatever the title search says. */
    public static final double SAME_PRODUCT_SIMILARITY = 0.97;
    /**
     * A photo this similar, found by the title too, is taken for the same product. 0.93 let look-alikes through: a
     * white product on a white ground scores 0.93-0.95 against its neighbours (CrossShopQualityTest).
     */
    public static final double CLOSE_SIMILARITY = 0.95;
    /**
     * Two candidates found by both searches whose photos are this close are a tie: neither is called the same
     * product, as two sellers' cuts of one design are not (a tee and its look-alike scored 0.9601 and 0.9593).
     */
    static final double TIE = 0.005;

    private static final String[] NOISE = {"new", "hot", "sale", "2023", "2024", "2025", "2026", "2027", "fashion",
        "free", "shipping", "original", "genuine", "authentic", "official", "high", "quality", "best", "top", "brand",
        "for", "with", "and", "the", "of", "in", "a", "an", "pcs", "1pc", "pc", "pack", "lot", "wholesale", "amazon",
        "basics", "prime", "deal", "limited", "edition", "upgraded", "premium"};

    private CrossShop() {
    }

    /**
     * The search words of a product title: the first clause (before " | ", " - ", ",", "(" or "["), listing noise
     * and lone numbers dropped, at most {@value #MAX_QUERY_WORDS} words; "" when nothing is left.
     */
    public static String query(String title) {
        if (title == null) {
            return "";
        }
        String clause = firstClause(title);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= clause.length() && words.size() < MAX_QUERY_WORDS; i++) {
            char c = i < clause.length() ? clause.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '\'' || c == '-' || c == '.') && word.length() > 0) {
                word.append(c);
            } else if (word.length() > 0) {
                String w = trimPunctuation(word.toString());
                word.setLength(0);
                if (!isNoise(w)) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }

    private static String firstClause(String title) {
        String t = title.trim();
        int end = t.length();
        String[] cuts = {" | ", " - ", " – ", " — ", ",", "(", "[", "/ ", ";"};
        for (String cut : cuts) {
            int at = t.indexOf(cut);
            // A cut in the first few characters would leave only a brand: keep looking past it.
            if (at >= 12 && at < end) {
                end = at;
            }
        }
        return t.substring(0, end);
    }

    private static String trimPunctuation(String w) {
        int end = w.length();
        while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '-' || w.charAt(end - 1) == '\'')) {
            end--;
        }
        return w.substring(0, end);
    }

    private static boolean isNoise(String w) {
        if (w.length() < 2) {
            return true;
        }
        boolean digits = true;
        for (int i = 0; i < w.length(); i++) {
            digits &= Character.isDigit(w.charAt(i));
        }
        if (digits) {
            return true;
        }
        String lower = w.toLowerCase();
        for (String n : NOISE) {
            if (n.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** One candidate from either search: its product id and, for a photo match, its similarity (else NaN). */
    public static final class Hit {
        private final String id;
        private final double similarity;

        public Hit(String id, double similarity) {
            this.id = id;
            this.similarity = similarity;
        }

        public String id() {
            return id;
        }

        public double similarity() {
            return similarity;
        }
    }

    /**
     * The ids of both result lists in one order: the candidates {@link #likelySame} to be the pictured product first,
     * then the rest, each part by reciprocal-rank fusion of the two lists, so that of two look-alike photos the one
     * the title search found too comes first. Each id appears once; at most {@code limit}.
     */
    public static List<String> merge(List<Hit> byImage, List<Hit> byText, int limit) {
        List<String> ids = new ArrayList<>();
        List<double[]> scores = new ArrayList<>(); // {fused, best similarity or -1, found by photo, found by title}
        add(byImage, ids, scores, 2);
        add(byText, ids, scores, 3);
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            double[] x = scores.get(a);
            double[] y = scores.get(b);
            boolean sameX = likelySame(x);
            boolean sameY = likelySame(y);
            if (sameX != sameY) {
                return sameX ? -1 : 1;
            }
            return x[0] != y[0] ? Double.compare(y[0], x[0]) : Integer.compare(a, b);
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.length && out.size() < limit; i++) {
            out.add(ids.get(order[i]));
        }
        return out;
    }

    private static boolean likelySame(double[] score) {
        return score[1] >= 0 && likelySame(score[1], score[2] > 0 && score[3] > 0);
    }

    private static void add(List<Hit> hits, List<String> ids, List<double[]> scores, int foundBy) {
        for (int rank = 0; rank < hits.size(); rank++) {
            Hit h = hits.get(rank);
            if (h == null || h.id() == null) {
                continue;
            }
            int at = ids.indexOf(h.id());
            if (at < 0) {
                ids.add(h.id());
                scores.add(new double[] {0, -1, 0, 0});
                at = ids.size() - 1;
            }
            double[] s = scores.get(at);
            s[0] += 1 / (RRF_K + rank + 1);
            s[foundBy] = 1;
            if (!Double.isNaN(h.similarity())) {
                s[1] = Math.max(s[1], h.similarity());
            }
        }
    }

    /** One result of "Find on AliExpress": its id, and whether it is likely the very product the page shows. */
    public static final class Match {
        private final String id;
        private final double similarity;
        private final boolean byText;
        private final boolean same;

        Match(String id, double similarity, boolean byText, boolean same) {
            this.id = id;
            this.similarity = similarity;
            this.byText = byText;
            this.same = same;
        }

        public String id() {
            return id;
        }

        /** The photo similarity, or NaN when the photo search did not find it. */
        public double similarity() {
            return similarity;
        }

        /** Whether the title search found it. */
        public boolean byText() {
            return byText;
        }

        /** Whether it is likely the same product: only then is a price difference a saving. */
        public boolean same() {
            return same;
        }
    }

    /**
     * The results as the panel lists them, {@link #merge}d. A page shows one product, so at most one result is called
     * the same product (the only kind a saving is shown for): the first, when it is {@link #likelySame} and no other
     * candidate that both searches found has a photo within {@value #TIE} of its own. Over the test catalog shown as
     * other shops show it, this took the "same product" claims from 54 % right to 100 % (CrossShopQualityTest).
     */
    public static List<Match> rank(List<Hit> byImage, List<Hit> byText, int limit) {
        List<Match> out = new ArrayList<>();
        for (String id : merge(byImage, byText, limit)) {
            double similarity = similarity(byImage, id);
            boolean text = contains(byText, id);
            boolean same = out.isEmpty() && likelySame(similarity, text && !Double.isNaN(similarity))
                    && !tied(byImage, byText, id, similarity);
            out.add(new Match(id, similarity, text, same));
        }
        return out;
    }

    /** Whether another candidate found by both searches has a photo about as similar as {@code id}'s. */
    private static boolean tied(List<Hit> byImage, List<Hit> byText, String id, double similarity) {
        for (Hit h : byImage) {
            if (h != null && h.id() != null && !h.id().equals(id) && h.similarity() >= similarity - TIE
                    && contains(byText, h.id())) {
                return true;
            }
        }
        return false;
    }

    private static double similarity(List<Hit> hits, String id) {
        for (Hit h : hits) {
            if (h != null && id.equals(h.id())) {
                return h.similarity();
            }
        }
        return Double.NaN;
    }

    private static boolean contains(List<Hit> hits, String id) {
        for (Hit h : hits) {
            if (h != null && id.equals(h.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match is likely the very product the page shows, so that a price difference is a saving and not a
     * comparison of two different things: a near-identical photo, or a close photo that the title search found too.
     */
    public static boolean likelySame(double similarity, boolean foundByBoth) {
        return similarity >= SAME_PRODUCT_SIMILARITY || foundByBoth && similarity >= CLOSE_SIMILARITY;
    }

    /** What the shopper saves buying at {@code aliPrice} rather than {@code pagePrice} (0 when it costs more). */
    public static double saving(double pagePrice, double aliPrice) {
        if (!(pagePrice > 0) || !(aliPrice > 0) || aliPrice >= pagePrice) {
            return 0;
        }
        return Math.round((pagePrice - aliPrice) * 100) / 100.0;
    }
}
