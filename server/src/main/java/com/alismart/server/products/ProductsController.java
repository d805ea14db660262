package com.alismart.server.products;

import com.alismart.server.aliexpress.AliExpressException;
import com.alismart.server.catalog.CatalogState;
import com.alismart.server.catalog.PriceMoves;
import com.alismart.server.catalog.Product;
import com.alismart.server.http.ApiException;
import com.alismart.server.http.BadInput;
import com.alismart.server.search.Rates;
import com.alismart.server.search.SearchService;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /products/{id}?currency=&days=}: one product with today's price and its daily price history, for the
 * extension's price tracker. The generated catalog's prices move day by day ({@link PriceMoves}), so its history is
 * derived rather than stored; an Open Platform product's price is recorded once a day per product (id, day, price:
 * nothing of who asked) and its history is what was recorded.
 */
public final class ProductsController {
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    /** One day's price. */
    public record Day(String date, double price) {
    }

    /** The answer: the product as search shows it but at today's price, and the days before today, oldest first. */
    public record Answer(SearchService.Item product, List<Day> history, String currency, String checkedAt) {
    }

    private final CatalogState catalog;
    private final Rates rates;
    private final Clock clock;
    private final OpenPlatformProducts platform;
    private final PriceHistoryStore store;

    /** Products of the catalog, whose prices move deterministically ({@link PriceMoves}). */
    public ProductsController(CatalogState catalog, Rates rates, Clock clock) {
        this(catalog, rates, clock, null, null);
    }

    /**
     * Products of the Open Platform when {@code platform} is given: today's price from it, recorded in
     * {@code store}, whose days make the history.
     */
    public ProductsController(CatalogState catalog, Rates rates, Clock clock, OpenPlatformProducts platform,
            PriceHistoryStore store) {
        this.catalog = catalog;
        this.rates = rates;
        this.clock = clock;
        this.platform = platform;
        this.store = store;
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        if (!isProductId(id)) {
            throw new BadInput("bad_id", "the product id must be 6 to 20 digits");
        }
        String currency = currency(ctx.queryParam("currency"));
        int days = days(ctx.queryParam("days"));
        ctx.header("Cache-Control", "no-store");
        if (platform != null) {
            ctx.json(fromPlatform(id, currency, days));
            return;
        }
        SearchService service = catalog.searchService(); // 503 while indexing
        Product p = catalog.index().product(id);
        if (p == null) {
            throw new ApiException(404, "not_found", "there is no product with that id");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(days - 1L);
        if (p.createdAt() != null && p.createdAt().isAfter(first)) {
            first = p.createdAt().isAfter(today) ? today : p.createdAt();
        }
        List<Day> history = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            history.add(new Day(d.toString(), convert(PriceMoves.priceOn(p, d), p.currency(), currency)));
        }
        Product current = p.withPrice(PriceMoves.priceOn(p, today));
        ctx.json(new Answer(service.item(current, currency, ctx.scheme() + "://" + ctx.host()), history, currency,
                clock.instant().toString()));
    }

    private Answer fromPlatform(String id, String currency, int days) {
        OpenPlatformProducts.Details d;
        try {
            d = platform.today(id);
        } catch (AliExpressException e) {
            throw new ApiException(502, "upstream_unavailable",
                    "the AliExpress Open Platform could not be asked; try again later");
        }
        if (d == null || !rates.supports(d.currency())) {
            throw new ApiException(404, "not_found", "there is no product with that id");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        store.record(id, today, d.currency(), d.price());
        List<Day> history = new ArrayList<>();
        for (PriceHistoryStore.Entry e : store.history(id, today.minusDays(days - 1L))) {
            if (rates.supports(e.currency())) {
                history.add(new Day(e.day().toString(), convert(e.price(), e.currency(), currency)));
            }
        }
        SearchService.Item item = new SearchService.Item(id, d.title(), "https://www.aliexpress.com/item/" + id
                + ".html", d.imageUrl(), new SearchService.Price(convert(d.price(), d.currency(), currency), currency),
                new SearchService.Price(convert(d.originalPrice(), d.currency(), currency), currency), d.rating(),
                d.orders(), false, new SearchService.Store(d.storeId(), null, 0), d.category());
        return new Answer(item, history, currency, clock.instant().toString());
    }

    private double convert(double amount, String from, String to) {
        return Rates.round(rates.convert(amount, from, to), to);
    }

    static boolean isProductId(String id) {
        if (id == null || id.length() < 6 || id.length() > 20) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String currency(String raw) {
        String currency = raw == null || raw.isBlank() ? "USD" : raw.trim().toUpperCase(Locale.ROOT);
        if (!rates.supports(currency)) {
            throw new BadInput("unknown_currency", "currency must be an ISO 4217 code we convert to, such as USD, EUR"
                    + " or BRL");
        }
        return currency;
    }

    private static int days(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(raw.trim());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw new BadInput("bad_days", "days must be a whole number from 1 to " + MAX_DAYS);
    }
}
