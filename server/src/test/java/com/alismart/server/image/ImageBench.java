package com.alismart.server.image;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code scripts/bench image [SIZES] [FORMAT]}: Image Search costs. Descriptor time per image (a query photo with its
 * turned variants, as the server describes it, and one plain descriptor); then, for each catalog size, the HNSW build
 * time, index size on disk (bytes per vector), the heap in use after the build, and query latency p50/p99 of what the
 * server does (HNSW, k = 40 for each variant, re-ranked exactly by the best variant) beside an exact scan, with their
 * top-10 agreement. Vectors beyond the first 20,000 rendered products are derived from those with Gaussian noise
 * (sigma 0.02 per dimension, then re-normalised): the graph and the scan see realistic clusters without rendering a
 * million pictures.
 *
 * <p>FORMAT chooses the vector format, to measure build-time remedies: {@code default} (Lucene's HNSW, maxConn 16,
 * beamWidth 100, float32 vectors), {@code beam50} (beamWidth 50), {@code int8} (the same graph over int8
 * scalar-quantized vectors).
 */
public final class ImageBench {
    static final int RENDERED = 20_000;

    private ImageBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 20_000, 50_000, 100_000};
        String format = args.length > 1 ? args[1] : "default";
        KnnVectorsFormat vectorsFormat = switch (format) {
            case "default" -> new Lucene99HnswVectorsFormat();
            case "beam50" -> new Lucene99HnswVectorsFormat(16, 50);
            case "int8" -> new Lucene99HnswScalarQuantizedVectorsFormat();
            default -> throw new IllegalArgumentException("format: default, beam50 or int8");
        };
        System.out.println("vector format: " + format);
        CatalogGenerator generator = new CatalogGenerator(42);

        // Descriptor cost for a 512 px query photo.
        List<java.awt.image.BufferedImage> photos = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            photos.add(Distortions.random(ProductImages.render(generator.product(i * 97L), 512), random).image());
        }
        for (int warm = 0; warm < 3; warm++) {
            photos.forEach(ImageDescriptor::compute);
            photos.forEach(ImageDescriptor::queryVariants);
        }
        long[] descriptorNanos = new long[photos.size()];
        long[] variantNanos = new long[photos.size()];
        for (int i = 0; i < photos.size(); i++) {
            long t = System.nanoTime();
            ImageDescriptor.compute(photos.get(i));
            descriptorNanos[i] = System.nanoTime() - t;
            t = System.nanoTime();
            ImageDescriptor.queryVariants(photos.get(i));
            variantNanos[i] = System.nanoTime() - t;
        }
        System.out.printf(Locale.ROOT, "descriptor, 512 px query photo: p50 %.2f ms, p99 %.2f ms; with its %d turned"
                + " variants (what a query costs): p50 %.2f ms, p99 %.2f ms%n", pct(descriptorNanos, 50),
                pct(descriptorNanos, 99), ImageDescriptor.QUERY_TURNS.length - 1, pct(variantNanos, 50),
                pct(variantNanos, 99));

        long t0 = System.nanoTime();
        float[][] base = IntStream.range(0, RENDERED).parallel().mapToObj(i -> ImageDescriptor.compute(
                ProductImages.render(generator.product(i), ImageDescriptor.INDEX_RENDER_SIZE))).toArray(float[][]::new);
        System.out.printf(Locale.ROOT, "index-time render + descriptor: %.2f ms per product on %d cores%n",
                (System.nanoTime() - t0) / 1e6 / RENDERED * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        float[][][] queries = photos.stream().map(ImageDescriptor::queryVariants).toArray(float[][][]::new);

        System.out.printf(Locale.ROOT, "%9s %9s %8s %7s %8s %10s %10s %10s %10s %9s%n", "vectors", "build s",
                "disk MB", "B/vec", "heap MB", "hnsw p50", "hnsw p99", "exact p50", "exact p99", "agree@10");
        for (int size : sizes) {
            float[][] vectors = vectors(base, size);
            Path dir = Files.createTempDirectory("image-bench");
            long b0 = System.nanoTime();
            try (FSDirectory d = FSDirectory.open(dir);
                    IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setRAMBufferSizeMB(256)
                            .setCodec(new Lucene912Codec() {
                                @Override
                                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                                    return vectorsFormat;
                                }
                            }))) {
                for (float[] v : vectors) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField("image", v, VectorSimilarityFunction.DOT_PRODUCT));
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            double build = (System.nanoTime() - b0) / 1e9;
            long disk;
            try (var files = Files.list(dir)) {
                disk = files.mapToLong(f -> f.toFile().length()).sum();
            }
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long[] hnsw = new long[queries.length];
                long[] exact = new long[queries.length];
                int agree = 0;
                for (int round = 0; round < 2; round++) { // the first round warms up
                    agree = 0;
                    for (int q = 0; q < queries.length; q++) {
                        long s = System.nanoTime();
                        Set<Integer> candidates = new HashSet<>();
                        for (float[] variant : queries[q]) {
                            for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery("image", variant, 40), 40)
                                    .scoreDocs) {
                                candidates.add(hit.doc);
                            }
                        }
                        Set<Integer> approximate = rerank(candidates, vectors, queries[q]);
                        hnsw[q] = System.nanoTime() - s;
                        s = System.nanoTime();
                        Set<Integer> truth = exactTop(vectors, queries[q]);
                        exact[q] = System.nanoTime() - s;
                        approximate.retainAll(truth);
                        agree += approximate.size();
                    }
                }
                System.out.printf(Locale.ROOT, "%9d %9.1f %8d %7d %8d %10.2f %10.2f %10.2f %10.2f %8.1f%%%n", size,
                        build, disk >> 20, disk / size, heapInUse() >> 20, pct(hnsw, 50), pct(hnsw, 99),
                        pct(exact, 50), pct(exact, 99), 100.0 * agree / (10.0 * queries.length));
            }
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    private static float[][] vectors(float[][] base, int size) {
        float[][] out = new float[size][];
        Random noise = new Random(11);
        for (int i = 0; i < size; i++) {
            if (i < base.length) {
                out[i] = base[i];
                continue;
            }
            float[] v = base[i % base.length].clone();
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] += (float) (noise.nextGaussian() * 0.02);
                norm += v[d] * v[d];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
            out[i] = v;
        }
        return out;
    }

    /**
     * The heap in use after a collection. Lucene reads vectors and graph from memory-mapped files, off the heap: their
     * cost is the disk size, served from the page cache.
     */
    private static long heapInUse() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Docs are added in order, so a doc id is the vector's index (one segment after forceMerge). */
    private static Set<Integer> rerank(Set<Integer> docs, float[][] vectors, float[][] q) {
        PriorityQueue<float[]> best = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
        for (int doc : docs) {
            best.add(new float[] {ImageDescriptor.similarity(q, vectors[doc]), doc});
            if (best.size() > 10) {
                best.poll();
            }
        }
        Set<Integer> out = new HashSet<>();
        best.forEach(e -> out.add((int) e[1]));
        return out;
    }

    private static Set<Integer> exactTop(float[][] vectors, float[][] q) {
        PriorityQueue<float[]> best = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
        for (int i = 0; i < vectors.length; i++) {
            float s = ImageDescriptor.similarity(q, vectors[i]);
            if (best.size() < 10) {
                best.add(new float[] {s, i});
            } else if (s > best.peek()[0]) {
                best.poll();
                best.add(new float[] {s, i});
            }
        }
        Set<Integer> out = new HashSet<>();
        best.forEach(e -> out.add((int) e[1]));
        return out;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
