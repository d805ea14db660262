package com.alismart.server.catalog;

import com.alismart.server.Config;
import com.alismart.server.image.ImageDescriptor;
import com.alismart.server.search.CatalogIndex;
import com.alismart.server.search.Rates;
import com.alismart.server.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the catalog index up at start: reuses the one in the data folder when it was built from the configured
 * source, otherwise builds it with visible progress. Runs off the request threads, so health answers meanwhile.
 */
public final class CatalogLoader {
    /** The generated catalog's seed: the same catalog on every machine. */
    public static final long SEED = 42;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

    private CatalogLoader() {
    }

    public static void load(Config config, Rates rates, CatalogState state,
            Function<CatalogIndex, SearchService> searchFor) {
        Path dir = config.dataDir().resolve("index").resolve("catalog");
        try {
            String source = source(config);
            CatalogIndex index = CatalogIndex.openIfCurrent(dir, source);
            if (index != null) {
                LOG.info("catalog: reusing the index of {} products ({})", index.size(), source);
            } else {
                long expected = config.catalogFile() == null ? config.catalogSize() : -1;
                state.indexing(source, expected);
                LOG.info("catalog: indexing {} ({}); the server answers meanwhile", source,
                        expected > 0 ? expected + " products" : "size unknown until read");
                long started = System.nanoTime();
                long[] lastLog = {started};
                try (Stream<Product> products = products(config)) {
                    index = CatalogIndex.build(dir, source, products, rates, count -> {
                        state.progress(count);
                        long now = System.nanoTime();
                        if (now - lastLog[0] > 5_000_000_000L) {
                            lastLog[0] = now;
                            LOG.info("catalog: {} products indexed{}", count,
                                    expected > 0 ? " (" + (100 * count / expected) + "%)" : "");
                        }
                    });
                }
                LOG.info("catalog: {} products indexed in {} s", index.size(),
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
            state.ready(index, searchFor.apply(index));
        } catch (RuntimeException | IOException e) {
            LOG.error("catalog: could not be loaded: {}", e.getMessage());
            state.failed();
        }
    }

    static String source(Config config) throws IOException {
        return source(config, imagesVersion());
    }

    /**
     * What an index was built from. {@code images} names the drawing and descriptor versions: the image vectors are
     * computed at index time, so an index whose vectors were drawn or described differently must be rebuilt, or Image
     * Search would compare new query descriptors with stale ones.
     */
    static String source(Config config, String images) throws IOException {
        if (config.catalogFile() == null) {
            // The table's checksum: a changed template table (or generator) must not reuse an old index.
            return "generated:seed=" + SEED + ",size=" + config.catalogSize() + ",templates=" + templatesChecksum()
                    + ",images=" + images;
        }
        // A feed's products without an image URL are drawn and described too.
        Path file = config.catalogFile().toAbsolutePath().normalize();
        return "file:" + file + ",bytes=" + Files.size(file) + ",modified="
                + Files.getLastModifiedTime(file).toMillis() + ",images=" + images;
    }

    /** The versions of the product drawings and of the image descriptor, as in the index's source. */
    static String imagesVersion() {
        return "drawing" + ProductImages.VERSION + "-descriptor" + ImageDescriptor.VERSION;
    }

    private static String templatesChecksum() throws IOException {
        try (java.io.InputStream in = CatalogLoader.class.getResourceAsStream(CatalogTemplates.RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + CatalogTemplates.RESOURCE);
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(in.readAllBytes());
            crc.update(GENERATOR_VERSION);
            return Long.toHexString(crc.getValue());
        }
    }

    /** Bump when the generator's code changes what it makes from the same table. */
    static final int GENERATOR_VERSION = 1;

    private static Stream<Product> products(Config config) throws IOException {
        if (config.catalogFile() == null) {
            return new CatalogGenerator(SEED).products(config.catalogSize());
        }
        return CatalogFeed.read(config.catalogFile());
    }
}
