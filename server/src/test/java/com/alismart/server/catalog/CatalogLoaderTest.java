package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.Config;
import com.alismart.server.image.ImageDescriptor;
import com.alismart.server.search.CatalogIndex;
import com.alismart.server.search.Rates;
import com.alismart.server.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index is reused only when it was built from the same products, drawings and image descriptor. */
class CatalogLoaderTest {
    private static final Rates RATES = Rates.embedded();

    @Test
    void the_source_names_the_drawing_and_descriptor_versions(@TempDir Path dir) throws Exception {
        String images = "drawing" + ProductImages.VERSION + "-descriptor" + ImageDescriptor.VERSION;
        Config generated = Config.forTests(dir.resolve("data"), 50);
        assertThat(CatalogLoader.source(generated)).endsWith(",images=" + images);
        assertThat(CatalogLoader.source(generated, "drawing1-descriptor1"))
                .isNotEqualTo(CatalogLoader.source(generated));

        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"1\", \"title\": \"Mug\"}\n");
        Config file = new Config("127.0.0.1", 0, dir.resolve("data"), Config.DEFAULT_MAX_BODY_BYTES, feed, 100,
                null, null);
        assertThat(CatalogLoader.source(file)).startsWith("file:").endsWith(",images=" + images);
    }

    @Test
    void an_index_with_vectors_of_older_drawings_or_descriptor_is_rebuilt(@TempDir Path dir) throws Exception {
        Config config = Config.forTests(dir.resolve("data"), 30);
        Path indexDir = config.dataDir().resolve("index").resolve("catalog");
        String stale = CatalogLoader.source(config, "drawing1-descriptor1");
        try (CatalogIndex old = CatalogIndex.build(indexDir, stale, new CatalogGenerator(CatalogLoader.SEED)
                .products(30), RATES, n -> { })) {
            assertThat(old.size()).isEqualTo(30);
        }
        assertThat(CatalogIndex.openIfCurrent(indexDir, stale)).isNotNull().satisfies(CatalogIndex::close);

        CatalogState state = new CatalogState();
        CatalogLoader.load(config, RATES, state, index -> new SearchService(index, (q, l, c) -> null, RATES));
        assertThat(state.phase()).isEqualTo(CatalogState.Phase.READY);
        assertThat(state.source()).isEqualTo(CatalogLoader.source(config)).isNotEqualTo(stale);
        state.index().close();
        // The rebuilt index is current now, and the stale source no longer matches it.
        assertThat(CatalogIndex.openIfCurrent(indexDir, stale)).isNull();
        try (CatalogIndex current = CatalogIndex.openIfCurrent(indexDir, CatalogLoader.source(config))) {
            assertThat(current).isNotNull();
        }
    }
}
