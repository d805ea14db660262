package com.alismart.server.bench;

import com.alismart.server.App;
import com.alismart.server.Config;
import com.alismart.server.http.Json;
import com.alismart.server.search.SearchService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code scripts/bench search}: Smart Search throughput and latency at 8 and 64 concurrent clients, over HTTP and
 * in process on the same Lucene index (the ceiling), with the HTTP and parsing overhead as a ratio.
 * Arguments: catalog size (default 50000), seconds per run (default 10), data folder.
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = Path.of(args.length > 2 ? args[2] : "target/bench-data/search-" + size);
        List<String[]> queries = queries();
        Config config = new Config("127.0.0.1", 0, data, Config.DEFAULT_MAX_BODY_BYTES, null, size, null, null);
        long t0 = System.nanoTime();
        App app = App.start(config);
        if (!app.awaitCatalog(Duration.ofHours(2))) {
            throw new IllegalStateException("catalog did not load");
        }
        System.out.printf(Locale.ROOT, "catalog: %d products, ready in %.1f s (index reused when present)%n",
                app.catalog().size(), (System.nanoTime() - t0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long onDisk;
        try (var files = java.nio.file.Files.walk(data.resolve("index"))) {
            onDisk = files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "memory: %d MB heap in use after loading; index on disk %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, onDisk >> 20);
        SearchService service = app.catalog().searchService();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + app.port() + "/api/v1/search?size=20&q=";

        // Warm-up: JIT and caches.
        run(8, 3, queries, q -> service.search(new SearchService.Request(q[0], 1, 20, "USD", q[1], List.of()), ""));
        run(8, 3, queries, q -> http(client, base, q));

        System.out.printf(Locale.ROOT, "%-12s %8s %10s %9s %9s%n", "mode", "clients", "req/s", "p50 ms", "p99 ms");
        for (int clients : new int[] {8, 64}) {
            Stats in = run(clients, seconds, queries,
                    q -> service.search(new SearchService.Request(q[0], 1, 20, "USD", q[1], List.of()), ""));
            Stats over = run(clients, seconds, queries, q -> http(client, base, q));
            print("in-process", clients, in);
            print("http", clients, over);
            System.out.printf(Locale.ROOT, "%-12s %8d %9.2fx %8.2fx %8.2fx%n", "http/ceiling", clients,
                    in.throughput / over.throughput, over.p50 / in.p50, over.p99 / in.p99);
        }
        app.stop();
    }

    private static void http(HttpClient client, String base, String[] q) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base
                    + URLEncoder.encode(q[0], StandardCharsets.UTF_8) + "&lang=" + q[1])).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Stats(double throughput, double p50, double p99, int errors) {
    }

    private static Stats run(int clients, int seconds, List<String[]> queries, Consumer<String[]> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    long s = System.nanoTime();
                    try {
                        call.accept(queries.get(i % queries.size()));
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, errors.get());
    }

    private static void print(String mode, int clients, Stats s) {
        System.out.printf(Locale.ROOT, "%-12s %8d %10.0f %9.2f %9.2f%s%n", mode, clients, s.throughput, s.p50, s.p99,
                s.errors > 0 ? "  (" + s.errors + " errors)" : "");
    }

    /** The labelled evaluation queries, as a realistic mix of languages and features. */
    private static List<String[]> queries() throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchBench.class.getResourceAsStream("/search/eval-queries.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    var node = Json.MAPPER.readTree(line);
                    out.add(new String[] {node.get("q").asText(), node.get("lang").asText()});
                }
            }
        }
        return out;
    }
}
