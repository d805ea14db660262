package com.alismart.server.coupons;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A coupon feed file (the shape of {@code coupons/default-feed.json}): {@code {"format": "alismart-coupons/1",
 * "coupons": [...]}}. Dates are absolute ({@code startsAt}, {@code expiresAt}, ISO-8601 instants) or offsets in days
 * from the start (UTC) of the day the feed is loaded ({@code startsInDays}, {@code expiresInDays}), which is how the
 * shipped feed stays current. The feed is read whole and strictly: one bad coupon or unknown field fails the import,
 * which then leaves the stored set as it was.
 */
public final class CouponFeed implements CouponSource {
    public static final String FORMAT = "alismart-coupons/1";
    public static final String DEFAULT_RESOURCE = "/coupons/default-feed.json";
    static final int MAX_COUPONS = 10_000;
    private static final Set<String> TOP = Set.of("format", "note", "coupons");
    private static final Set<String> FIELDS = Set.of("id", "code", "title", "titles", "discount", "minSpend",
            "scope", "category", "productIds", "countries", "startsAt", "expiresAt", "startsInDays", "expiresInDays");
    private static final Set<String> DISCOUNT = Set.of("amount", "percent", "max", "currency");

    private final String name;
    private final Path file;

    private CouponFeed(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    /** The feed shipped in the jar. */
    public static CouponFeed embedded() {
        return new CouponFeed("feed:default", null);
    }

    /** A feed file named by configuration ({@code COUPON_FEED}); read afresh at every import. */
    public static CouponFeed file(Path file) {
        return new CouponFeed("feed:" + file.toAbsolutePath().normalize(), file);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Coupon> fetch(Instant now) {
        try {
            if (file != null) {
                return parse(Files.readAllBytes(file), now);
            }
            try (InputStream in = CouponFeed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
                }
                return parse(in.readAllBytes(), now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coupon feed", e);
        }
    }

    static List<Coupon> parse(byte[] bytes, Instant now) throws IOException {
        JsonNode root = Json.MAPPER.readTree(bytes);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("a coupon feed is a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        only(root, TOP, "the feed");
        JsonNode list = root.get("coupons");
        if (list == null || !list.isArray() || list.size() > MAX_COUPONS) {
            throw new IllegalArgumentException("\"coupons\" must be an array of at most " + MAX_COUPONS);
        }
        Instant day = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Coupon> coupons = new ArrayList<>(list.size());
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode node : list) {
            Coupon coupon = coupon(node, day);
            if (!ids.add(coupon.id())) {
                throw new IllegalArgumentException("coupon " + coupon.id() + ": the id appears twice");
            }
            coupons.add(coupon);
        }
        return coupons;
    }

    private static Coupon coupon(JsonNode n, Instant day) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("each coupon must be an object");
        }
        String id = n.path("id").asText(null);
        only(n, FIELDS, "coupon " + id);
        JsonNode d = n.path("discount");
        if (!d.isObject()) {
            throw new IllegalArgumentException("coupon " + id + ": discount must be an object");
        }
        only(d, DISCOUNT, "the discount of coupon " + id);
        String currency = text(d, "currency", id);
        Coupon.Discount discount;
        if (d.has("percent")) {
            if (d.has("amount")) {
                throw new IllegalArgumentException("coupon " + id + ": a discount has an amount or a percent");
            }
            discount = Coupon.Discount.percentOff(number(d, "percent", id), d.has("max") ? number(d, "max", id) : 0);
        } else {
            discount = Coupon.Discount.amountOff(number(d, "amount", id));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        JsonNode t = n.path("titles");
        if (!t.isMissingNode()) {
            if (!t.isObject()) {
                throw new IllegalArgumentException("coupon " + id + ": titles must be an object");
            }
            t.fields().forEachRemaining(e -> titles.put(e.getKey(), e.getValue().isTextual()
                    ? e.getValue().asText() : null));
        }
        return new Coupon(id, text(n, "code", id), text(n, "title", id), titles, discount,
                currency.toUpperCase(Locale.ROOT), n.has("minSpend") ? number(n, "minSpend", id) : 0,
                Coupon.Scope.fromWire(n.path("scope").asText("store")), n.path("category").asText(null),
                strings(n, "productIds", id), strings(n, "countries", id).stream()
                        .map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                date(n, "startsAt", "startsInDays", day, id), date(n, "expiresAt", "expiresInDays", day, id), "feed");
    }

    private static Instant date(JsonNode n, String absolute, String relative, Instant day, String id) {
        if (n.has(absolute) == n.has(relative)) {
            throw new IllegalArgumentException("coupon " + id + ": give either " + absolute + " or " + relative);
        }
        if (n.has(relative)) {
            JsonNode days = n.get(relative);
            if (!days.canConvertToInt() || Math.abs(days.asInt()) > 3650) {
                throw new IllegalArgumentException("coupon " + id + ": " + relative + " must be a whole number");
            }
            return day.plus(days.asInt(), ChronoUnit.DAYS);
        }
        try {
            return Instant.parse(n.get(absolute).asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("coupon " + id + ": " + absolute + " must be an ISO-8601 instant");
        }
    }

    private static String text(JsonNode n, String field, String id) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("coupon " + id + ": " + field + " must be a string");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String field, String id) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("coupon " + id + ": " + field + " must be a number");
        }
        return v.asDouble();
    }

    private static List<String> strings(JsonNode n, String field, String id) {
        JsonNode v = n.get(field);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode s : v) {
                if (s.isTextual()) {
                    out.add(s.asText());
                    continue;
                }
                out = null;
                break;
            }
        }
        if (out == null || !v.isArray()) {
            throw new IllegalArgumentException("coupon " + id + ": " + field + " must be an array of strings");
        }
        return out;
    }

    private static void only(JsonNode n, Set<String> allowed, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(where + ": unknown field " + f);
            }
        }
    }
}
