package com.alismart.server.search;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.Product;
import com.alismart.server.http.Json;
import com.alismart.server.search.query.QueryParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/bench semantic}: BM25 (with the parser's filters) alone against BM25 blended with a quantized
 * all-MiniLM-L6-v2 sentence embedding of the query and of each title, on the labelled set and the generated catalog.
 * The blend re-ranks the top 50 of the text search: score = (1 - w) * (1 - rank / 50) + w * cosine.
 */
public final class SemanticExperiment {
    private SemanticExperiment() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Rates rates = Rates.embedded();
        List<Product> products = new CatalogGenerator(42).products(size).toList();
        Path dir = Files.createTempDirectory("semantic");
        CatalogIndex index = CatalogIndex.build(dir.resolve("index"), "semantic", products.stream(), rates, n -> { });
        QueryParser parser = new QueryParser();
        SearchService service = new SearchService(index, parser::parse, rates);
        RelevanceJudge judge = new RelevanceJudge(products, rates);

        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long t0 = System.nanoTime();
        Map<String, float[]> titles = new HashMap<>();
        for (int from = 0; from < products.size(); from += 256) {
            List<Product> batch = products.subList(from, Math.min(products.size(), from + 256));
            List<Embedding> vectors = model.embedAll(batch.stream().map(p -> TextSegment.from(p.title())).toList())
                    .content();
            for (int i = 0; i < batch.size(); i++) {
                titles.put(batch.get(i).id(), vectors.get(i).vector());
            }
        }
        double perTitle = (System.nanoTime() - t0) / 1e6 / products.size();
        System.out.printf(Locale.ROOT, "embedding %d titles: %.2f ms each (%.0f s in all)%n", products.size(),
                perTitle, perTitle * products.size() / 1000);

        double[] weights = {0, 0.1, 0.2, 0.3, 0.5, 0.7};
        Map<String, double[]> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        long queryNanos = 0;
        int queries = 0;
        for (JsonNode c : cases()) {
            String lang = c.get("lang").asText();
            SearchService.Result r = service.search(new SearchService.Request(c.get("q").asText(), 1, 50, "USD",
                    lang, List.of()), "");
            if (!"relevance".equals(r.interpretation().sort()) || r.items().isEmpty()) {
                continue; // an explicit order is the shopper's, not the ranker's
            }
            List<Product> top = r.items().stream().map(i -> index.product(i.id())).toList();
            long q0 = System.nanoTime();
            float[] q = model.embed(c.get("q").asText()).content().vector();
            queryNanos += System.nanoTime() - q0;
            queries++;
            for (String group : List.of("all", lang)) {
                double[] s = sums.computeIfAbsent(group, k -> new double[weights.length]);
                boolean counted = false;
                for (int w = 0; w < weights.length; w++) {
                    double ndcg = judge.ndcg(blend(top, q, titles, weights[w]), c.get("expect"), 10);
                    if (Double.isNaN(ndcg)) {
                        break;
                    }
                    s[w] += ndcg;
                    counted = true;
                }
                if (counted) {
                    counts.merge(group, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "query embedding: %.2f ms each%n", queryNanos / 1e6 / queries);
        System.out.printf(Locale.ROOT, "%-6s %6s", "group", "n");
        for (double w : weights) {
            System.out.printf(Locale.ROOT, "   w=%.1f", w);
        }
        System.out.println("   (nDCG@10; w=0 is BM25 alone)");
        for (String group : List.of("all", "en", "es", "fr", "de", "pt", "ru")) {
            if (!counts.containsKey(group)) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-6s %6d", group, counts.get(group));
            for (double v : sums.get(group)) {
                System.out.printf(Locale.ROOT, "   %.3f", v / counts.get(group));
            }
            System.out.println();
        }
        index.close();
    }

    private static List<Product> blend(List<Product> top, float[] q, Map<String, float[]> titles, double w) {
        List<Product> ranked = new ArrayList<>(top);
        Map<String, Double> score = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            double text = 1 - (double) i / top.size();
            score.put(top.get(i).id(), (1 - w) * text + w * cosine(q, titles.get(top.get(i).id())));
        }
        ranked.sort((a, b) -> Double.compare(score.get(b.id()), score.get(a.id())));
        return ranked;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static List<JsonNode> cases() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SemanticExperiment.class.getResourceAsStream("/search/eval-queries.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
        }
        return out;
    }
}
