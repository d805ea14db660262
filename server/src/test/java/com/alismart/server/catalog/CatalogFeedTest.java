package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogFeedTest {
    private static final String GOOD = "{\"id\":\"1\",\"title\":\"Red Dress\",\"category\":\"dresses\",\"price\":9.99}";

    @TempDir
    Path dir;

    @Test
    void a_generated_catalog_survives_a_round_trip_through_a_file() throws IOException {
        List<Product> products = new CatalogGenerator(9).products(2_000).toList();
        Path file = dir.resolve("catalog.jsonl");
        try (var out = Files.newOutputStream(file)) {
            CatalogFeed.write(products.stream(), out);
        }
        assertThat(Files.readAllLines(file)).hasSize(2_000);
        try (Stream<Product> read = CatalogFeed.read(file)) {
            assertThat(read.toList()).isEqualTo(products);
        }
    }

    @Test
    void writes_one_plain_object_per_line_without_nulls() throws IOException {
        Product p = new CatalogGenerator(9).product(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogFeed.write(Stream.of(p, p), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"id\":\"" + p.id() + "\",\"title\":")
                .contains("\"createdAt\":\"" + p.createdAt() + "\"", "\"shape\":\"" + p.shape() + "\"")
                .doesNotContain("imageUrl", "null");
    }

    @Test
    void write_leaves_the_callers_stream_open() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        CatalogFeed.write(new CatalogGenerator(1).products(3), out);
        assertThat(closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void a_minimal_real_feed_line_is_enough_and_unknown_fields_are_ignored() {
        String line = "{\"id\": 1005001234567890, \"title\": \"Hiking Boots\", \"category\": \"shoes\","
                + " \"price\": \"24.50\", \"seller\": {\"country\": \"CN\"}, \"tags\": [1, 2], \"gender\": \"Unisex\","
                + " \"createdAt\": \"2025-03-04T10:00:00Z\", \"colors\": \"Brown\"}";
        Product p = CatalogFeed.parse(line, "feed", 1);
        assertThat(p.id()).isEqualTo("1005001234567890");
        assertThat(p.price()).isEqualTo(24.5);
        assertThat(p.originalPrice()).isEqualTo(24.5);
        assertThat(p.currency()).isEqualTo("USD");
        assertThat(p.gender()).isNull();
        assertThat(p.colors()).containsExactly("brown");
        assertThat(p.materials()).isEmpty();
        assertThat(p.createdAt()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(p.storeId()).isNull();
        assertThat(p.shape()).isNull();
        assertThat(p.rating()).isZero();
    }

    @Test
    void blank_lines_and_a_byte_order_mark_are_fine() {
        String feed = "\uFEFF" + GOOD + "\n\n   \n" + GOOD.replace("\"1\"", "\"2\"") + "\n";
        List<Product> products = CatalogFeed.read(new StringReader(feed), "feed").toList();
        assertThat(products).extracting(Product::id).containsExactly("1", "2");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"title\":\"t\",\"category\":\"dresses\",\"price\":1}|missing \"id\"",
        "{\"id\":\"x\",\"category\":\"dresses\",\"price\":1}|missing \"title\"",
        "{\"id\":\"x\",\"title\":\" \",\"category\":\"dresses\",\"price\":1}|missing \"title\"",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\"}|missing \"price\"",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":-2}|negative price -2.0",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":\"cheap\"}|\"price\" must be a number",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"rating\":7}|rating 7.0 is outside 0..5",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"rating\":-1}|rating -1.0 is outside",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"gadgets\",\"price\":5}|unknown category \"gadgets\"",
        "{\"id\":\"x\",\"title\":\"t\",\"price\":5}|missing \"category\"",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"originalPrice\":4}|is below price",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"gender\":\"robots\"}|unknown gender",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"orders\":2.5}|orders must be a whole",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"colors\":{}}|must be a list",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5,\"createdAt\":\"soon\"}|must be a date",
        "{\"id\":\"x\",\"title\":\"t\",\"category\":\"dresses\",\"price\":5} {}|not valid JSON",
        "{\"id\":\"x\",\"title\":\"t\",|not valid JSON",
        "[1, 2, 3]|not a JSON object",
    })
    void a_bad_line_is_reported_with_its_number_and_what_is_wrong(String bad, String problem) {
        String feed = GOOD + "\n\n" + bad + "\n" + GOOD + "\n";
        Stream<Product> products = CatalogFeed.read(new StringReader(feed), "feed.jsonl");
        assertThatThrownBy(products::toList)
                .isInstanceOf(CatalogFeed.BadLineException.class)
                .hasMessageStartingWith("feed.jsonl line 3: ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((CatalogFeed.BadLineException) e).line()).isEqualTo(3));
    }

    @Test
    void a_bad_line_stops_the_read_instead_of_being_skipped() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, GOOD + "\n" + GOOD + "\n{\"id\":\"3\"}\n" + GOOD + "\n");
        List<Product> seen = new java.util.ArrayList<>();
        try (Stream<Product> products = CatalogFeed.read(file)) {
            assertThatThrownBy(() -> products.forEach(seen::add)).hasMessage("feed.jsonl line 3: missing \"title\"");
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void invalid_utf8_is_reported_with_its_line() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        byte[] bad = "{\"id\":\"1\",\"title\":\"Caf\u00e9\",\"category\":\"kitchen\",\"price\":1}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bad);
        try (Stream<Product> products = CatalogFeed.read(file)) {
            assertThatThrownBy(products::toList).hasMessageContaining("line 1").hasMessageContaining("UTF-8");
        }
    }
}
