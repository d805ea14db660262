package com.alismart.server.search;

import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import com.alismart.server.catalog.Taxonomy;
import com.alismart.server.http.Json;
import com.alismart.server.image.ImageDescriptor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The catalog's Lucene index in the data folder. Built once into a temporary folder and moved into place only when
 * complete (a crash mid-build leaves the previous index, or none, never half of one); reused by later starts when
 * its recorded source matches the configured one.
 */
public final class CatalogIndex implements AutoCloseable {
    static final int FORMAT = 2;

    /** Field names. */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String SPELL = "spell";
    static final String CATEGORY = "category";
    static final String COLOR = "color";
    static final String MATERIAL = "material";
    static final String GENDER = "gender";
    static final String SIZE = "size";
    static final String PRICE_USD = "priceUsd";
    static final String RATING = "rating";
    static final String ORDERS = "orders";
    static final String FREE_SHIPPING = "freeShipping";
    static final String CREATED = "created";
    static final String POPULARITY = "popularity";
    static final String JSON = "json";
    static final String IMAGE = "image";
    /** For Image Search: the image vector field and the category field it filters on. */
    public static final String IMAGE_FIELD = IMAGE;
    public static final String CATEGORY_FIELD = CATEGORY;
    /** The gender value of products made for anyone: they match every gender filter. */
    static final String UNISEX = "unisex";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String source;
    private final long size;

    private CatalogIndex(Directory directory, String source, long size) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.source = source;
        this.size = size;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The product stored in document {@code doc}. */
    public Product productAt(int doc) {
        try {
            return Json.MAPPER.readValue(searcher.storedFields().document(doc).getBinaryValue(JSON).bytes,
                    Product.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The product with this id, or null. */
    public Product product(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return Json.MAPPER.readValue(searcher.storedFields().document(top.scoreDocs[0].doc)
                    .getBinaryValue(JSON).bytes, Product.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the index was built from, e.g. "generated:seed=42,size=50000" or "file:feed.jsonl". */
    public String source() {
        return source;
    }

    public long size() {
        return size;
    }

    /** The index in {@code dir} if it was built from {@code source}, else null. */
    public static CatalogIndex openIfCurrent(Path dir, String source) {
        Path meta = dir.resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            return null;
        }
        try {
            JsonNode m = Json.MAPPER.readTree(meta.toFile());
            if (m.path("format").asInt() != FORMAT || !source.equals(m.path("source").asText())) {
                return null;
            }
            return new CatalogIndex(FSDirectory.open(dir), source, m.path("size").asLong());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Builds the index of {@code products} into {@code dir}, replacing what was there only once the new index is
     * complete. {@code progress} hears the count of products indexed so far.
     */
    public static CatalogIndex build(Path dir, String source, Stream<Product> products, Rates rates,
            LongConsumer progress) {
        Path parent = dir.toAbsolutePath().getParent();
        Path tmp = parent.resolve(dir.getFileName() + ".building");
        try {
            Files.createDirectories(parent);
            deleteTree(tmp);
            long count = 0;
            try (Directory d = FSDirectory.open(tmp);
                    IndexWriter writer = new IndexWriter(d, writerConfig())) {
                // Documents are made in parallel batches: drawing each product's image for its vector is the cost.
                List<Product> batch = new ArrayList<>(BATCH);
                for (Iterator<Product> it = products.iterator(); it.hasNext(); ) {
                    batch.add(it.next());
                    if (batch.size() == BATCH || !it.hasNext()) {
                        for (Document doc : documents(batch, rates)) {
                            writer.addDocument(doc);
                        }
                        count += batch.size();
                        batch.clear();
                        progress.accept(count);
                    }
                }
                writer.forceMerge(1);
                writer.commit();
            }
            progress.accept(count);
            ObjectNode meta = Json.MAPPER.createObjectNode();
            meta.put("format", FORMAT);
            meta.put("source", source);
            meta.put("size", count);
            meta.put("builtAt", Instant.now().toString());
            Files.write(tmp.resolve("meta.json"), Json.MAPPER.writeValueAsBytes(meta));
            Path old = parent.resolve(dir.getFileName() + ".old");
            deleteTree(old);
            if (Files.exists(dir)) {
                move(dir, old);
            }
            move(tmp, dir);
            deleteTree(old);
            return new CatalogIndex(FSDirectory.open(dir), source, count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the catalog index in " + dir, e);
        }
    }

    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(TextAnalyzer.index(), Map.of(SPELL, TextAnalyzer.plain()));
    }

    private static IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static final int BATCH = 512;

    private static List<Document> documents(List<Product> batch, Rates rates) {
        return batch.parallelStream().map(p -> {
            try {
                return document(p, rates);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static Document document(Product p, Rates rates) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, p.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, p.title(), Field.Store.NO));
        StringBuilder text = new StringBuilder(p.title());
        Taxonomy.Category category = Taxonomy.CATEGORY_BY_ID.get(p.category());
        if (category != null) {
            text.append(' ').append(category.name());
        }
        for (String c : p.colors()) {
            text.append(' ').append(c);
            doc.add(new StringField(COLOR, c, Field.Store.NO));
        }
        for (String m : p.materials()) {
            text.append(' ').append(m);
            doc.add(new StringField(MATERIAL, m, Field.Store.NO));
        }
        if (p.shape() != null) {
            text.append(' ').append(p.shape().replace('-', ' '));
        }
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        doc.add(new TextField(SPELL, text.toString(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, p.category(), Field.Store.NO));
        doc.add(new StringField(GENDER, p.gender() == null ? UNISEX : p.gender(), Field.Store.NO));
        for (String s : p.sizes()) {
            doc.add(new StringField(SIZE, s.toLowerCase(), Field.Store.NO));
        }
        double usd = rates.convert(p.price(), p.currency(), "USD");
        doc.add(new DoublePoint(PRICE_USD, usd));
        doc.add(new DoubleDocValuesField(PRICE_USD, usd));
        doc.add(new DoublePoint(RATING, p.rating()));
        doc.add(new DoubleDocValuesField(RATING, p.rating()));
        doc.add(new IntPoint(ORDERS, p.orders()));
        doc.add(new NumericDocValuesField(ORDERS, p.orders()));
        doc.add(new StringField(FREE_SHIPPING, p.freeShipping() ? "1" : "0", Field.Store.NO));
        long day = p.createdAt() == null ? 0 : p.createdAt().toEpochDay();
        doc.add(new LongPoint(CREATED, day));
        doc.add(new NumericDocValuesField(CREATED, day));
        doc.add(new DoubleDocValuesField(POPULARITY, popularity(p)));
        doc.add(new StoredField(JSON, Json.MAPPER.writeValueAsBytes(p)));
        if (p.imageUrl() == null) {
            // Our own drawing of the product: its vector is what Image Search compares photos with. Products of a
            // feed with their own image URLs get theirs when image fetching comes to the feed import.
            float[] vector = ImageDescriptor.compute(ProductImages.render(p, ImageDescriptor.INDEX_RENDER_SIZE));
            doc.add(new KnnFloatVectorField(IMAGE, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /** A prior for relevance: more orders and better ratings rank a little higher among equal text matches. */
    static double popularity(Product p) {
        return 1 + 0.06 * Math.log1p(Math.max(0, p.orders())) + 0.1 * Math.max(0, p.rating() - 4.0);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
