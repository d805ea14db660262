package com.alismart.server.catalog;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The catalog feed: JSON Lines, one {@link Product} per line with the record's field names. The generator writes
 * it, and {@code --catalog FILE} imports any feed in the same shape, so reading is tolerant where a real feed may
 * differ (unknown fields are ignored; colours, materials, sizes, gender, store, shape, image, dates, original price,
 * rating, orders, shipping and currency may be missing; numbers may come quoted) and strict where a value would be
 * wrong: a line without id, title, price or a known category, a negative price, an original price below the price,
 * or a rating outside 0..5 stops the read with a {@link BadLineException} naming the line. Nothing is skipped
 * silently, so a feed is either read whole or not at all.
 */
public final class CatalogFeed {
    private static final ObjectWriter WRITER = Json.MAPPER.copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .writerFor(Product.class);

    /** A feed line that is not a valid product; the message names the source, the line and the problem. */
    public static final class BadLineException extends RuntimeException {
        private final long line;
        private final String problem;

        public BadLineException(String source, long line, String problem) {
            super(source + " line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        /** 1-based, counting blank lines too, as an editor does. */
        public long line() {
            return line;
        }

        public String problem() {
            return problem;
        }
    }

    private CatalogFeed() {
    }

    /** Writes one line per product; flushes but does not close {@code out}, which stays the caller's. */
    public static void write(Stream<Product> products, OutputStream out) throws IOException {
        OutputStream buffered = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        Iterator<Product> it = products.iterator();
        while (it.hasNext()) {
            buffered.write(WRITER.writeValueAsBytes(it.next()));
            buffered.write('\n');
        }
        buffered.flush();
    }

    /**
     * The products of a feed file, read lazily; close the stream (try-with-resources) to close the file. A bad
     * line throws {@link BadLineException} when the stream reaches it; a failing disk, {@link UncheckedIOException}.
     */
    public static Stream<Product> read(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return read(reader, String.valueOf(file.getFileName())).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** As {@link #read(Path)}, from any reader; {@code source} names it in error messages. */
    public static Stream<Product> read(Reader reader, String source) {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Spliterator<Product> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private long lineNumber;

            @Override
            public boolean tryAdvance(Consumer<? super Product> action) {
                while (true) {
                    String line;
                    try {
                        line = lines.readLine();
                    } catch (CharacterCodingException e) {
                        // The decoder works on buffered blocks, so the bad byte may sit a few lines further on.
                        throw new BadLineException(source, lineNumber + 1, "not valid UTF-8 here or shortly after");
                    } catch (IOException e) {
                        throw new UncheckedIOException(source + " after line " + lineNumber + ": " + e.getMessage(), e);
                    }
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1); // a byte order mark, as Windows tools write
                    }
                    if (!line.isBlank()) {
                        action.accept(parse(line, source, lineNumber));
                        return true;
                    }
                }
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    /** One feed line as a product, or a {@link BadLineException} saying what is wrong with it. */
    public static Product parse(String line, String source, long lineNumber) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException(source, lineNumber, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException(source, lineNumber, "not a JSON object");
        }
        try {
            return product(node);
        } catch (IllegalArgumentException e) {
            throw new BadLineException(source, lineNumber, e.getMessage());
        }
    }

    private static Product product(JsonNode node) {
        String id = requiredText(node, "id");
        String title = requiredText(node, "title");
        String category = requiredText(node, "category");
        if (!Taxonomy.CATEGORY_BY_ID.containsKey(category)) {
            throw new IllegalArgumentException("unknown category \"" + category + "\"");
        }
        Double price = number(node, "price");
        if (price == null) {
            throw new IllegalArgumentException("missing \"price\"");
        }
        if (price < 0) {
            throw new IllegalArgumentException("negative price " + price);
        }
        Double original = number(node, "originalPrice");
        if (original != null && original < price) {
            throw new IllegalArgumentException("originalPrice " + original + " is below price " + price);
        }
        Double rating = number(node, "rating");
        if (rating != null && (rating < 0 || rating > 5)) {
            throw new IllegalArgumentException("rating " + rating + " is outside 0..5");
        }
        Double orders = number(node, "orders");
        if (orders != null && (orders < 0 || orders != Math.floor(orders) || orders > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("orders must be a whole number from 0, not " + orders);
        }
        Double storeRating = number(node, "storeRating");
        if (storeRating != null && (storeRating < 0 || storeRating > 100)) {
            throw new IllegalArgumentException("storeRating " + storeRating + " is outside 0..100");
        }
        String currency = optionalText(node, "currency");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency \"" + currency + "\" is not an ISO 4217 code");
        }
        return new Product(id, title, category, words(node, "colors"), words(node, "materials"), gender(node),
                words(node, "sizes"), price, original == null ? price : original,
                currency == null ? "USD" : currency, rating == null ? 0 : rating,
                orders == null ? 0 : orders.intValue(), flag(node, "freeShipping"), optionalText(node, "storeId"),
                optionalText(node, "storeName"), storeRating == null ? 0 : storeRating, date(node, "createdAt"),
                optionalText(node, "imageUrl"), optionalText(node, "shape"));
    }

    private static String requiredText(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return text;
    }

    /** Text, or a number written as text (real feeds carry numeric ids); blank counts as missing. */
    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            String text = value.asText().trim();
            return text.isEmpty() ? null : text;
        }
        throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }

    /** A number, or a number in quotes; null when missing. */
    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        double x;
        if (value.isNumber()) {
            x = value.asDouble();
        } else if (value.isTextual()) {
            try {
                x = Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + field + "\" must be a number");
            }
        } else {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("\"" + field + "\" must be a finite number");
        }
        return x;
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }

    /** A list of lower-case words; a lone string counts as a list of one. */
    private static List<String> words(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            String word = value.asText().trim().toLowerCase(Locale.ROOT);
            return word.isEmpty() ? List.of() : List.of(word);
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual() && !item.isNumber()) {
                throw new IllegalArgumentException("\"" + field + "\" must be a list of strings");
            }
            String word = item.asText().trim().toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static String gender(JsonNode node) {
        String gender = optionalText(node, "gender");
        if (gender == null) {
            return null;
        }
        gender = gender.toLowerCase(Locale.ROOT);
        if (gender.equals(CatalogTemplates.UNISEX)) {
            return null;
        }
        if (!Taxonomy.GENDERS.contains(gender)) {
            throw new IllegalArgumentException("unknown gender \"" + gender + "\"");
        }
        return gender;
    }

    /** An ISO date; a full timestamp is cut to its date, as feeds exported from databases often carry one. */
    private static LocalDate date(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" must be a date like 2026-11-01");
        }
    }
}
