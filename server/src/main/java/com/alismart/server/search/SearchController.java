package com.alismart.server.search;

import com.alismart.server.catalog.CatalogState;
import com.alismart.server.http.BadInput;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code GET /search?q=&page=&size=&currency=&lang=&drop=}: Smart Search. */
public final class SearchController {
    static final int MAX_QUERY = 500;
    static final int MAX_PAGE = 100;
    static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "pt", "ru");

    private final CatalogState catalog;
    private final Rates rates;

    public SearchController(CatalogState catalog, Rates rates) {
        this.catalog = catalog;
        this.rates = rates;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new BadInput("missing_query", "q must not be empty");
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY) {
            throw new BadInput("query_too_long", "q must have at most " + MAX_QUERY + " characters");
        }
        int page = intParam(ctx, "page", 1, 1, MAX_PAGE);
        int size = intParam(ctx, "size", 20, 1, 100);
        String currency = ctx.queryParam("currency");
        if (currency == null || currency.isBlank()) {
            currency = "USD";
        }
        currency = currency.trim().toUpperCase(Locale.ROOT);
        if (!rates.supports(currency)) {
            throw new BadInput("unknown_currency", "currency must be an ISO 4217 code we convert to, such as USD, EUR"
                    + " or BRL");
        }
        String lang = language(ctx.queryParam("lang"));
        List<String> drop = ctx.queryParams("drop");
        if (drop.size() > 50) {
            throw new BadInput("too_many_drops", "at most 50 drop parameters");
        }
        SearchService service = catalog.searchService();
        ctx.header("Cache-Control", "no-store");
        ctx.json(service.search(new SearchService.Request(q.trim(), page, size, currency, lang, drop),
                ctx.scheme() + "://" + ctx.host()));
    }

    /** The primary subtag when it is one of our six languages; otherwise null (the parser detects it). */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGES.contains(primary) ? primary : null;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadInput("bad_" + name, name + " must be a whole number");
        }
        if (value < min || value > max) {
            throw new BadInput("bad_" + name, name + " must be between " + min + " and " + max);
        }
        return value;
    }
}
