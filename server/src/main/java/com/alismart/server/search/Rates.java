package com.alismart.server.search;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Currency conversion through a table of rates against the US dollar: the embedded default
 * ({@code search/rates.json}), or a file of the same shape named by configuration.
 */
public final class Rates {
    private final Map<String, Double> perUsd;
    private final LocalDate asOf;

    private Rates(Map<String, Double> perUsd, LocalDate asOf) {
        this.perUsd = Map.copyOf(perUsd);
        this.asOf = asOf;
    }

    public static Rates embedded() {
        try (InputStream in = Rates.class.getResourceAsStream("/search/rates.json")) {
            if (in == null) {
                throw new IllegalStateException("search/rates.json is missing from the class path");
            }
            return parse(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rates fromFile(Path file) {
        try {
            return parse(Json.MAPPER.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rates from " + file, e);
        }
    }

    static Rates parse(JsonNode root) {
        if (!"USD".equals(root.path("base").asText())) {
            throw new IllegalArgumentException("rates must have base USD");
        }
        Map<String, Double> rates = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rates").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double rate = e.getValue().asDouble();
            if (!e.getKey().matches("[A-Z]{3}") || !(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("bad rate for " + e.getKey());
            }
            rates.put(e.getKey(), rate);
        }
        rates.put("USD", 1.0);
        return new Rates(rates, LocalDate.parse(root.path("asOf").asText("2026-01-01")));
    }

    public boolean supports(String currency) {
        return currency != null && perUsd.containsKey(currency);
    }

    public Set<String> currencies() {
        return perUsd.keySet();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** {@code amount} in {@code from} expressed in {@code to}. */
    public double convert(double amount, String from, String to) {
        Double f = perUsd.get(from);
        Double t = perUsd.get(to);
        if (f == null || t == null) {
            throw new IllegalArgumentException("unknown currency: " + (f == null ? from : to));
        }
        return from.equals(to) ? amount : amount / f * t;
    }

    /** A display amount: whole units for currencies with large numbers, cents otherwise. */
    public static double round(double amount, String currency) {
        boolean noCents = Set.of("JPY", "KRW", "VND", "IDR", "CLP", "COP", "HUF", "UYU", "NGN", "KZT")
                .contains(currency);
        return noCents ? Math.round(amount) : Math.round(amount * 100) / 100.0;
    }
}
