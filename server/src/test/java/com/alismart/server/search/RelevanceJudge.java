package com.alismart.server.search;

import com.alismart.server.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Relevance judgements for the labelled queries on a catalog, from each query's expected interpretation and each
 * product's attributes, never from the engine: 2 when a product meets every labelled constraint and most of the
 * query's matchable keywords, 1 when it meets the constraints, 0 otherwise.
 */
final class RelevanceJudge {
    private final List<Product> products;
    private final Rates rates;
    private final Set<String> vocabulary = new HashSet<>();

    RelevanceJudge(List<Product> products, Rates rates) {
        this.products = products;
        this.rates = rates;
        for (Product p : products) {
            vocabulary.addAll(words(p.title()));
        }
    }

    /** nDCG@k of a ranking, or NaN when no product of the catalog is relevant (undefined). */
    double ndcg(List<Product> ranked, JsonNode expect, int k) {
        Set<String> matchable = matchable(expect);
        int[] counts = new int[3];
        for (Product p : products) {
            counts[grade(p, expect, matchable)]++;
        }
        if (counts[1] + counts[2] == 0) {
            return Double.NaN;
        }
        double dcg = 0;
        for (int i = 0; i < ranked.size() && i < k; i++) {
            dcg += gain(grade(ranked.get(i), expect, matchable)) / log2(i + 2);
        }
        double idcg = 0;
        int rank = 0;
        for (int g = 2; g >= 1; g--) {
            for (int n = 0; n < counts[g] && rank < k; n++, rank++) {
                idcg += gain(g) / log2(rank + 2);
            }
        }
        return dcg / idcg;
    }

    int grade(Product p, JsonNode expect, Set<String> matchable) {
        if (violates(p, expect, rates)) {
            return 0;
        }
        if (matchable.isEmpty()) {
            return 2;
        }
        Set<String> words = words(p.title());
        long hits = matchable.stream().filter(k -> words.contains(k) || words.contains(stem(k))).count();
        return hits * 2 >= matchable.size() ? 2 : 1;
    }

    /** Expected keywords that some product title has: the English words a text match can find. */
    Set<String> matchable(JsonNode expect) {
        Set<String> out = new HashSet<>();
        for (JsonNode k : expect.get("keywords")) {
            String w = k.asText().toLowerCase(Locale.ROOT);
            if (vocabulary.contains(w) || vocabulary.contains(stem(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when the product breaks a constraint of the interpretation (as JSON). */
    static boolean violates(Product p, JsonNode e, Rates rates) {
        String category = text(e.get("category"));
        if (category != null && !category.equals(p.category())) {
            return true;
        }
        for (JsonNode color : e.get("colors")) {
            if (!p.colors().contains(color.asText())) {
                return true;
            }
        }
        for (JsonNode material : e.get("materials")) {
            if (!p.materials().contains(material.asText())) {
                return true;
            }
        }
        String gender = text(e.get("gender"));
        if (gender != null && p.gender() != null && !gender.equals(p.gender())) {
            return true;
        }
        if (e.get("sizes").size() > 0) {
            boolean any = false;
            for (JsonNode s : e.get("sizes")) {
                any |= p.sizes().stream().anyMatch(ps -> ps.equalsIgnoreCase(s.asText()));
            }
            if (!any) {
                return true;
            }
        }
        String currency = text(e.get("currency")) == null ? "USD" : e.get("currency").asText();
        double usd = rates.convert(p.price(), p.currency(), "USD");
        if (!e.get("priceMin").isNull() && usd < rates.convert(e.get("priceMin").asDouble(), currency, "USD") - 1e-9) {
            return true;
        }
        if (!e.get("priceMax").isNull() && usd > rates.convert(e.get("priceMax").asDouble(), currency, "USD") + 1e-9) {
            return true;
        }
        if (!e.get("minRating").isNull() && p.rating() < e.get("minRating").asDouble()) {
            return true;
        }
        if (e.get("freeShipping").asBoolean() && !p.freeShipping()) {
            return true;
        }
        String title = " " + String.join(" ", p.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) + " ";
        for (JsonNode x : e.get("excluded")) {
            String w = x.asText().toLowerCase(Locale.ROOT);
            boolean mentioned = title.contains(" " + w + " ") && !title.contains(" " + w + " free ");
            if (p.materials().contains(w) || p.colors().contains(w) || mentioned) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
