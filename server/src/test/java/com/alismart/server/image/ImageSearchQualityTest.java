package com.alismart.server.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How well a distorted photo of a product finds that product among 10,000, by exact search over descriptors drawn
 * the way the server indexes them, scored as the server scores them (the best of the photo's turned variants).
 *
 * <p>Asserts the product's targets: recall@1 at least 0.80 and recall@10 at least 0.95 over 600 photos, each with one
 * to three of crop, rescale, JPEG, brightness, contrast, rotation and a text overlay. It prints the numbers per
 * distortion and how many misses are products of the same shape and main colour.
 */
class ImageSearchQualityTest {
    private static final double TARGET_RECALL_AT_10 = 0.95;
    private static final double TARGET_RECALL_AT_1 = 0.80;
    private static final int CATALOG = 10_000;
    private static final int QUERIES = 600;
    private static final int QUERY_SIZE = 512;

    /**
     * @param lookAlikeFirst  a wrong first hit is a product of the same shape and main colour
     * @param crowdedOut      the product missed the top 10, and all ten are of its shape and main colour
     */
    private record Outcome(List<Distortions.Kind> kinds, int rank, boolean lookAlikeFirst, boolean crowdedOut) {
    }

    @Test
    void distorted_photos_find_their_product() {
        List<Product> products = new CatalogGenerator(42).products(CATALOG).toList();
        float[][] index = IntStream.range(0, CATALOG).parallel()
                .mapToObj(i -> ImageDescriptor.compute(
                        ProductImages.render(products.get(i), ImageDescriptor.INDEX_RENDER_SIZE)))
                .toArray(float[][]::new);

        List<Integer> sample = spreadOverCategories(products, QUERIES);
        List<Outcome> outcomes = IntStream.range(0, sample.size()).parallel()
                .mapToObj(q -> search(products, index, sample.get(q), new Random(1000L + q)))
                .toList();

        Map<String, int[]> byKind = new LinkedHashMap<>();
        byKind.put("all", new int[3]);
        for (Distortions.Kind k : Distortions.Kind.values()) {
            byKind.put(k.name().toLowerCase(), new int[3]);
        }
        int wrongTop1 = 0;
        int lookAlikes = 0;
        int missed10 = 0;
        int crowded = 0;
        for (Outcome o : outcomes) {
            List<String> keys = new ArrayList<>(List.of("all"));
            o.kinds().forEach(k -> keys.add(k.name().toLowerCase()));
            for (String key : keys) {
                int[] c = byKind.get(key);
                c[0]++;
                c[1] += o.rank() == 0 ? 1 : 0;
                c[2] += o.rank() < 10 ? 1 : 0;
            }
            if (o.rank() != 0) {
                wrongTop1++;
                lookAlikes += o.lookAlikeFirst() ? 1 : 0;
            }
            if (o.rank() >= 10) {
                missed10++;
                crowded += o.crowdedOut() ? 1 : 0;
            }
        }
        byKind.forEach((key, c) -> System.out.printf("image search %-10s n=%4d recall@1=%.3f recall@10=%.3f%n",
                key, c[0], c[1] / (double) c[0], c[2] / (double) c[0]));
        System.out.printf("image search: %d wrong top-1, %d of them (%.0f%%) of the same shape and main colour%n",
                wrongTop1, lookAlikes, wrongTop1 == 0 ? 0.0 : 100.0 * lookAlikes / wrongTop1);
        System.out.printf("image search: %d misses of the top 10, %d of them behind ten of the same shape and colour%n",
                missed10, crowded);

        int[] all = byKind.get("all");
        double recallAt1 = all[1] / (double) all[0];
        double recallAt10 = all[2] / (double) all[0];
        System.out.printf("image search targets: recall@1 %.3f of %.2f, recall@10 %.3f of %.2f%n",
                recallAt1, TARGET_RECALL_AT_1, recallAt10, TARGET_RECALL_AT_10);
        assertThat(recallAt10).as("recall@10").isGreaterThanOrEqualTo(TARGET_RECALL_AT_10);
        assertThat(recallAt1).as("recall@1").isGreaterThanOrEqualTo(TARGET_RECALL_AT_1);
    }

    private static Outcome search(List<Product> products, float[][] index, int target, Random random) {
        Product p = products.get(target);
        Distortions.Distorted photo = Distortions.random(ProductImages.render(p, QUERY_SIZE), random);
        float[][] query = ImageDescriptor.queryVariants(photo.image());
        float own = ImageDescriptor.similarity(query, index[target]);
        float[] scores = new float[index.length];
        int rank = 0;
        for (int i = 0; i < index.length; i++) {
            scores[i] = ImageDescriptor.similarity(query, index[i]);
            // Ties go to the lower index, as a stable sort would order them.
            if (i != target && (scores[i] > own || scores[i] == own && i < target)) {
                rank++;
            }
        }
        List<Integer> top = IntStream.range(0, index.length).boxed()
                .sorted((x, y) -> scores[x] != scores[y] ? Float.compare(scores[y], scores[x]) : Integer.compare(x, y))
                .limit(10).toList();
        boolean lookAlike = top.get(0) != target && looksAlike(products.get(top.get(0)), p);
        boolean crowdedOut = rank >= 10 && top.stream().allMatch(i -> looksAlike(products.get(i), p));
        return new Outcome(photo.kinds(), rank, lookAlike, crowdedOut);
    }

    private static boolean looksAlike(Product a, Product b) {
        return Objects.equals(a.shape(), b.shape()) && Objects.equals(mainColor(a), mainColor(b));
    }

    private static String mainColor(Product p) {
        return p.colors().isEmpty() ? null : p.colors().get(0);
    }

    /** Round-robin over categories, so a small category is tested as much as a big one. */
    private static List<Integer> spreadOverCategories(List<Product> products, int count) {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < products.size(); i++) {
            byCategory.computeIfAbsent(products.get(i).category(), c -> new ArrayList<>()).add(i);
        }
        List<Integer> sample = new ArrayList<>();
        for (int round = 0; sample.size() < count; round++) {
            for (List<Integer> members : byCategory.values()) {
                if (round < members.size() && sample.size() < count) {
                    sample.add(members.get(round));
                }
            }
        }
        return sample;
    }
}
