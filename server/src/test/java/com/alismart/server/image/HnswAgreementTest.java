package com.alismart.server.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import com.alismart.server.search.CatalogIndex;
import com.alismart.server.search.Rates;
import com.alismart.server.search.SearchService;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HNSW candidates re-ranked exactly agree with the exact scan on at least 98% of top-10 results, for distorted
 * photos of catalog products.
 */
class HnswAgreementTest {
    @Test
    void hnsw_with_rerank_agrees_with_exact_search(@TempDir Path dir) throws Exception {
        Rates rates = Rates.embedded();
        CatalogGenerator generator = new CatalogGenerator(42);
        try (CatalogIndex index = CatalogIndex.build(dir.resolve("index"), "agreement",
                generator.products(10_000), rates, n -> { })) {
            ImageSearchService service = new ImageSearchService(index,
                    new SearchService(index, (q, l, c) -> null, rates));
            Random random = new Random(5);
            int same = 0;
            int total = 0;
            for (int i = 0; i < 200; i++) {
                Product p = generator.product(i * 47L + 3);
                // A shopper's photo, not the listing picture: turned variants reach other parts of the graph.
                float[][] query = ImageDescriptor.queryVariants(
                        Distortions.random(ProductImages.render(p, 512), random).image());
                Set<Integer> exact = docs(service.nearest(query, 10, null, true));
                Set<Integer> approximate = docs(service.nearest(query, 10, null, false));
                total += exact.size();
                approximate.retainAll(exact);
                same += approximate.size();
            }
            double agreement = (double) same / total;
            System.out.printf(Locale.ROOT, "image search: HNSW + re-rank agrees with exact on %.1f%% of top-10%n",
                    100 * agreement);
            assertThat(agreement).isGreaterThanOrEqualTo(0.98);
        }
    }

    private static Set<Integer> docs(List<ScoreDoc> hits) {
        Set<Integer> out = new HashSet<>();
        hits.forEach(h -> out.add(h.doc));
        return out;
    }
}
