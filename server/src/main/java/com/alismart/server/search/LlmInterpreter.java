package com.alismart.server.search;

import com.alismart.server.catalog.Taxonomy;
import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Query understanding by an LLM behind an OpenAI-compatible chat completions endpoint
 * ({@code SMART_SEARCH_LLM_URL}), with the built-in parser as the fallback: on any error, on output that fails
 * validation, and after {@link #TIMEOUT}. After a failure the LLM is left alone for {@link #PAUSE}, so a dead
 * endpoint does not add its timeout to every search. The query goes to the endpoint and nowhere else: it is not
 * logged, and the log says only that a call failed and why in general terms.
 */
public final class LlmInterpreter implements SearchService.Interpreter {
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final Duration PAUSE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(LlmInterpreter.class);

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final SearchService.Interpreter fallback;
    private final Rates rates;
    private final HttpClient client;
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.MIN;

    public LlmInterpreter(URI endpoint, String apiKey, String model, SearchService.Interpreter fallback, Rates rates,
            Clock clock) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
        this.fallback = fallback;
        this.rates = rates;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public Interpretation interpret(String query, String lang, String currency) {
        if (clock.instant().isBefore(pausedUntil)) {
            return fallback.interpret(query, lang, currency);
        }
        try {
            return ask(query, lang, currency);
        } catch (Exception e) {
            pausedUntil = clock.instant().plus(PAUSE);
            LOG.warn("LLM interpreter unavailable ({}); using the built-in parser for {} s",
                    e instanceof InvalidOutput ? "invalid output" : e.getClass().getSimpleName(), PAUSE.toSeconds());
            return fallback.interpret(query, lang, currency);
        }
    }

    private Interpretation ask(String query, String lang, String currency) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        body.put("temperature", 0);
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", systemPrompt());
        ObjectNode user = Json.MAPPER.createObjectNode();
        user.put("query", query);
        user.put("lang", lang);
        user.put("defaultCurrency", currency);
        messages.addObject().put("role", "user").put("content", Json.MAPPER.writeValueAsString(user));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<byte[]> response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (response.statusCode() != 200) {
            throw new InvalidOutput("HTTP " + response.statusCode());
        }
        JsonNode content = Json.MAPPER.readTree(response.body()).path("choices").path(0).path("message")
                .path("content");
        if (!content.isTextual()) {
            throw new InvalidOutput("no message content");
        }
        return validate(Json.MAPPER.readTree(content.asText()), currency);
    }

    /** The model's answer as an interpretation, or {@link InvalidOutput} if any field is missing or invalid. */
    Interpretation validate(JsonNode n, String defaultCurrency) {
        if (n == null || !n.isObject()) {
            throw new InvalidOutput("not an object");
        }
        List<String> keywords = words(n, "keywords", 20, 60);
        String category = optionalText(n, "category");
        if (category != null && !Taxonomy.CATEGORY_BY_ID.containsKey(category)) {
            throw new InvalidOutput("unknown category");
        }
        List<String> colors = words(n, "colors", 5, 20);
        if (!Taxonomy.COLORS.keySet().containsAll(colors)) {
            throw new InvalidOutput("unknown colour");
        }
        List<String> materials = words(n, "materials", 5, 30);
        if (!Taxonomy.MATERIALS.containsAll(materials)) {
            throw new InvalidOutput("unknown material");
        }
        String gender = optionalText(n, "gender");
        if (gender != null && !Taxonomy.GENDERS.contains(gender)) {
            throw new InvalidOutput("unknown gender");
        }
        List<String> sizes = words(n, "sizes", 5, 10);
        Double priceMin = optionalNumber(n, "priceMin", 0, 1e9);
        Double priceMax = optionalNumber(n, "priceMax", 0, 1e9);
        if (priceMin != null && priceMax != null && priceMin > priceMax) {
            throw new InvalidOutput("priceMin above priceMax");
        }
        String currency = optionalText(n, "currency");
        if (currency == null) {
            currency = defaultCurrency;
        }
        currency = currency.toUpperCase(Locale.ROOT);
        if (!rates.supports(currency)) {
            throw new InvalidOutput("unknown currency");
        }
        Double minRating = optionalNumber(n, "minRating", 0, 5);
        JsonNode free = n.get("freeShipping");
        if (free != null && !free.isNull() && !free.isBoolean()) {
            throw new InvalidOutput("freeShipping not a boolean");
        }
        String sort = optionalText(n, "sort");
        if (sort == null) {
            sort = "relevance";
        }
        if (!Taxonomy.SORTS.contains(sort)) {
            throw new InvalidOutput("unknown sort");
        }
        List<String> excluded = words(n, "excluded", 10, 40);
        return new Interpretation(keywords, category, colors, materials, gender, sizes, priceMin, priceMax, currency,
                minRating, free != null && free.asBoolean(), sort, excluded);
    }

    private static List<String> words(JsonNode n, String field, int max, int maxLength) {
        JsonNode a = n.get(field);
        List<String> out = new ArrayList<>();
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isArray() || a.size() > max) {
            throw new InvalidOutput(field + " must be an array of at most " + max);
        }
        for (JsonNode w : a) {
            if (!w.isTextual() || w.asText().isBlank() || w.asText().length() > maxLength) {
                throw new InvalidOutput(field + " has an invalid entry");
            }
            String s = w.asText().trim().toLowerCase(Locale.ROOT);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidOutput(field + " must be a string");
        }
        return v.asText().trim();
    }

    private static Double optionalNumber(JsonNode n, String field, double min, double max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new InvalidOutput(field + " must be a number from " + min + " to " + max);
        }
        return v.asDouble();
    }

    static String systemPrompt() {
        return "You turn a shopper's product search query (English, Spanish, French, German, Portuguese or Russian)"
                + " into JSON with exactly these fields: keywords (string[]: the content words not consumed by"
                + " another field, lower case, as typed), category (one of "
                + Taxonomy.CATEGORIES.stream().map(Taxonomy.Category::id).toList()
                + " or null), colors (string[] from " + Taxonomy.COLORS.keySet().stream().sorted().toList()
                + "), materials (string[] from " + Taxonomy.MATERIALS.stream().sorted().toList()
                + "), gender (\"women\", \"men\", \"kids\" or null), sizes (string[], lower case), priceMin and"
                + " priceMax (numbers in the query's currency, or null), currency (ISO 4217 code of those bounds;"
                + " defaultCurrency when the query names none), minRating (0-5 or null), freeShipping (boolean),"
                + " sort (\"relevance\", \"price_asc\", \"price_desc\", \"orders\", \"rating\" or \"newest\"),"
                + " excluded (string[]: words the shopper does not want, canonical English for colours and"
                + " materials). Answer with the JSON object only.";
    }

    /** The model's answer could not be used. */
    static final class InvalidOutput extends RuntimeException {
        InvalidOutput(String message) {
            super(message, null, false, false);
        }
    }
}
