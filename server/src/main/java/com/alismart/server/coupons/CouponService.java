package com.alismart.server.coupons;

import com.alismart.server.search.Rates;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's coupons: imports them from the source into the store (a whole set at a time), keeps the current set in
 * memory, and lists the live ones for a shopper, ranked by their value to that shopper.
 *
 * <p><b>Value to the shopper</b> is what the coupon saves on the smallest order it applies to, in the shopper's
 * currency: an amount coupon saves its amount; a percent coupon saves its percentage of its minimum spend or of a
 * typical basket ({@link #TYPICAL_BASKET_USD}), whichever is larger, and never more than its cap. Ties go to the
 * coupon with the lower minimum spend, then to the one expiring sooner (use it or lose it), then by id.
 *
 * <p>Knows nothing of HTTP.
 */
public final class CouponService {
    /** A stored set older than this is refreshed. */
    public static final Duration MAX_AGE = Duration.ofHours(24);
    /** The basket a percent coupon without a meaningful minimum spend is valued on: AliExpress's typical order. */
    static final double TYPICAL_BASKET_USD = 30;
    private static final Logger LOG = LoggerFactory.getLogger(CouponService.class);

    private final CouponStore store;
    private final CouponSource source;
    private final Rates rates;
    private final Clock clock;
    private final Object refreshing = new Object();
    private volatile Snapshot snapshot = new Snapshot(null, List.of());

    public CouponService(CouponStore store, CouponSource source, Rates rates, Clock clock) {
        this.store = store;
        this.source = source;
        this.rates = rates;
        this.clock = clock;
    }

    /** The set in memory: when it was imported (null before any import) and its unexpired coupons. */
    record Snapshot(Instant updatedAt, List<Coupon> coupons) {
    }

    public String sourceName() {
        return source.name();
    }

    /** Imports from the source now and serves the new set; on failure throws and the previous set stays. */
    public int refresh() {
        synchronized (refreshing) {
            Instant now = clock.instant();
            int count = store.replace(source.name(), now, () -> checked(source.fetch(now).iterator()));
            reload();
            LOG.info("coupons: imported {} from {}", count, source.name());
            return count;
        }
    }

    /** True when nothing was imported yet, the last import is older than a day, or came from another source. */
    public boolean stale() {
        CouponStore.Import last = store.lastImport();
        return last == null || !last.source().equals(source.name())
                || !clock.instant().isBefore(last.importedAt().plus(MAX_AGE));
    }

    /** Reads the stored set into memory (another server sharing the database may have refreshed it). */
    public void reload() {
        CouponStore.Import last = store.lastImport();
        Instant now = clock.instant();
        snapshot = new Snapshot(last == null ? null : last.importedAt(), last == null ? List.of()
                : store.unexpired(now));
    }

    /** Coupons in currencies we cannot value are refused: the import fails rather than serving them unranked. */
    private Iterator<Coupon> checked(Iterator<Coupon> coupons) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return coupons.hasNext();
            }

            @Override
            public Coupon next() {
                Coupon c = coupons.next();
                if (!rates.supports(c.currency())) {
                    throw new IllegalArgumentException("coupon " + c.id() + ": currency " + c.currency()
                            + " has no rate");
                }
                return c;
            }
        };
    }

    /** Money in one currency. */
    public record Money(double amount, String currency) {
    }

    /** As issued: {@code type} "amount" with an {@code amount}, or "percent" with {@code percent} and a {@code max}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discount(String type, Double amount, Double percent, Double max, String currency) {
    }

    /** What the coupon is worth to the shopper in their currency, and the order total it needs there. */
    public record Value(double saving, double minSpend, String currency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(String type, String category, List<String> productIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String id, String code, String title, Discount discount, Money minSpend, Value value,
            Scope scope, List<String> countries, Instant startsAt, Instant expiresAt, String source) {
    }

    /**
     * A shopper's list. {@code nextChange}: when a coupon of this list expires or one starts, so caches know how
     * long it holds; null when nothing is due.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Listing(Instant updatedAt, String country, String currency, String lang, List<Item> items,
            @JsonIgnore Instant nextChange) {
    }

    /**
     * The live coupons for a shopper. {@code country} (ISO alpha-2, or null: then only coupons valid everywhere),
     * {@code currency} (one {@link Rates} supports), {@code lang} (primary subtag or null).
     */
    public Listing today(String country, String currency, String lang) {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        Instant next = null;
        List<Coupon> live = new java.util.ArrayList<>();
        for (Coupon c : s.coupons()) {
            if (!c.availableIn(country) || !c.expiresAt().isAfter(now)) {
                continue;
            }
            Instant change = c.liveAt(now) ? c.expiresAt() : c.startsAt();
            next = next == null || change.isBefore(next) ? change : next;
            if (c.liveAt(now)) {
                live.add(c);
            }
        }
        List<Item> items = live.stream()
                .map(c -> item(c, currency, lang))
                .sorted(Comparator.comparingDouble((Item i) -> -i.value().saving())
                        .thenComparingDouble(i -> i.value().minSpend())
                        .thenComparing(Item::expiresAt)
                        .thenComparing(Item::id))
                .toList();
        return new Listing(s.updatedAt(), country, currency, lang, items, next);
    }

    /** The saving at the smallest order the coupon applies to, in the coupon's currency. */
    double saving(Coupon c) {
        Coupon.Discount d = c.discount();
        if (!d.isPercent()) {
            return d.amount();
        }
        double basket = Math.max(c.minSpend(), rates.convert(TYPICAL_BASKET_USD, "USD", c.currency()));
        double saving = basket * d.percent() / 100;
        return d.amount() > 0 ? Math.min(saving, d.amount()) : saving;
    }

    private Item item(Coupon c, String currency, String lang) {
        Coupon.Discount d = c.discount();
        Discount discount = d.isPercent()
                ? new Discount("percent", null, d.percent(), d.amount() > 0 ? d.amount() : null, c.currency())
                : new Discount("amount", d.amount(), null, null, c.currency());
        Value value = new Value(Rates.round(rates.convert(saving(c), c.currency(), currency), currency),
                Rates.round(rates.convert(c.minSpend(), c.currency(), currency), currency), currency);
        Scope scope = new Scope(c.scope().wire(), c.category(),
                c.productIds().isEmpty() ? null : c.productIds());
        return new Item(c.id(), c.code(), c.title(lang), discount, new Money(c.minSpend(), c.currency()), value, scope,
                c.countries(), c.startsAt(), c.expiresAt(), c.source());
    }
}
