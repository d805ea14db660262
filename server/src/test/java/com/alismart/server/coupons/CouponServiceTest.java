package com.alismart.server.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alismart.server.db.Database;
import com.alismart.server.db.DatabaseUrl;
import com.alismart.server.search.Rates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refresh, staleness, expiry and ranking, on the embedded database with a clock the test moves. */
class CouponServiceTest {
    private static final Instant START = Instant.parse("2026-12-04T09:30:00Z");

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private Database db;
    private CouponStore store;
    private final MovableClock clock = new MovableClock(START);
    private final Rates rates = Rates.embedded();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseUrl.h2(dir));
        store = new CouponStore(db.dataSource());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> codes(CouponService service, String country) {
        return service.today(country, "USD", null).items().stream().map(CouponService.Item::code).toList();
    }

    @Test
    void the_shipped_feed_is_dated_from_the_day_it_is_loaded() {
        for (Instant day : List.of(START, START.plus(400, ChronoUnit.DAYS))) {
            clock.now = day;
            CouponService service = new CouponService(store, CouponFeed.embedded(), rates, clock);
            service.refresh();
            List<String> live = codes(service, null);
            assertThat(live).hasSizeGreaterThan(8).contains("ALISAVE3").doesNotContain("LASTWEEK5", "WEEKEND10");
            // tomorrow's coupon starts tomorrow, and the shortest ones are gone a week later
            clock.now = day.plus(1, ChronoUnit.DAYS);
            assertThat(codes(service, null)).contains("WEEKEND10");
            clock.now = day.plus(7, ChronoUnit.DAYS);
            assertThat(codes(service, null)).doesNotContain("ALISAVE3", "FLASH5").contains("NEWAE4");
        }
    }

    @Test
    void expired_coupons_are_never_served_even_between_refreshes() {
        CouponService service = new CouponService(store, CouponFeed.embedded(), rates, clock);
        service.refresh();
        assertThat(codes(service, null)).contains("FLASH5");
        // FLASH5 ends at the next midnight UTC; no refresh happens in between
        clock.now = Instant.parse("2026-12-05T00:00:00Z");
        assertThat(codes(service, null)).doesNotContain("FLASH5");
        clock.now = Instant.parse("2026-12-04T23:59:59Z");
        CouponService.Listing listing = service.today(null, "USD", null);
        assertThat(listing.items()).extracting(CouponService.Item::code).contains("FLASH5");
        assertThat(listing.nextChange()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void stale_when_empty_a_day_old_or_from_another_source() throws Exception {
        CouponService service = new CouponService(store, CouponFeed.embedded(), rates, clock);
        assertThat(service.stale()).isTrue();
        service.refresh();
        assertThat(service.stale()).isFalse();
        clock.now = START.plus(Duration.ofHours(23));
        assertThat(service.stale()).isFalse();
        clock.now = START.plus(CouponService.MAX_AGE);
        assertThat(service.stale()).isTrue();
        Path feed = Files.writeString(dir.resolve("feed.json"),
                "{\"format\": \"alismart-coupons/1\", \"coupons\": []}");
        clock.now = START;
        assertThat(new CouponService(store, CouponFeed.file(feed), rates, clock).stale()).isTrue();
    }

    @Test
    void the_hourly_check_imports_once_a_day() {
        CouponService service = new CouponService(store, CouponFeed.embedded(), rates, clock);
        CouponRefresher refresher = new CouponRefresher(service);
        refresher.check();
        Instant first = service.today(null, "USD", null).updatedAt();
        assertThat(first).isEqualTo(START);
        clock.now = START.plus(Duration.ofHours(23));
        refresher.check();
        assertThat(service.today(null, "USD", null).updatedAt()).isEqualTo(first);
        clock.now = START.plus(Duration.ofHours(24));
        refresher.check();
        assertThat(service.today(null, "USD", null).updatedAt()).isEqualTo(START.plus(Duration.ofHours(24)));
        assertThat(store.lastImport().importedAt()).isEqualTo(START.plus(Duration.ofHours(24)));
    }

    @Test
    void a_failed_import_keeps_serving_the_previous_set() throws Exception {
        CouponService good = new CouponService(store, CouponFeed.embedded(), rates, clock);
        good.refresh();
        List<String> before = codes(good, "ES");
        Path feed = dir.resolve("broken.json");
        String valid = "{\"id\": \"a\", \"code\": \"A1\", \"title\": \"t\", \"discount\": {\"amount\": 1,"
                + " \"currency\": \"USD\"}, \"startsInDays\": 0, \"expiresInDays\": 2}";
        // the third coupon has a currency no rate converts
        Files.writeString(feed, "{\"format\": \"alismart-coupons/1\", \"coupons\": [" + valid + ","
                + valid.replace("\"a\"", "\"b\"") + "," + valid.replace("\"a\"", "\"c\"").replace("USD", "XAU")
                + "]}", StandardCharsets.UTF_8);
        CouponService broken = new CouponService(store, CouponFeed.file(feed), rates, clock);
        broken.reload();
        assertThatThrownBy(broken::refresh).hasMessageContaining("coupon c").hasMessageContaining("XAU");
        assertThat(codes(broken, "ES")).isEqualTo(before);
        assertThat(store.lastImport().source()).isEqualTo("feed:default");
        // the refresher logs and goes on; the set stays
        new CouponRefresher(broken).check();
        assertThat(codes(broken, "ES")).isEqualTo(before);
    }

    @Test
    void a_feed_with_one_bad_coupon_is_refused_whole() {
        String[] bad = {
            "{\"format\": \"other\", \"coupons\": []}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": {}}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X\", \"title\": \"t\","
                    + " \"discount\": {\"amount\": -1, \"currency\": \"USD\"}, \"startsInDays\": 0,"
                    + " \"expiresInDays\": 1}]}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X\", \"title\": \"t\","
                    + " \"discount\": {\"percent\": 120, \"currency\": \"USD\"}, \"startsInDays\": 0,"
                    + " \"expiresInDays\": 1}]}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X\", \"title\": \"t\","
                    + " \"discount\": {\"amount\": 1, \"currency\": \"USD\"}, \"startsInDays\": 2,"
                    + " \"expiresInDays\": 1}]}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X\", \"title\": \"t\","
                    + " \"discount\": {\"amount\": 1, \"currency\": \"USD\"}, \"startsInDays\": 0,"
                    + " \"expiresInDays\": 1, \"scope\": \"products\"}]}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X\", \"title\": \"t\","
                    + " \"discount\": {\"amount\": 1, \"currency\": \"USD\"}, \"startsInDays\": 0,"
                    + " \"expiresInDays\": 1, \"colour\": \"red\"}]}",
            "{\"format\": \"alismart-coupons/1\", \"coupons\": [{\"id\": \"x\", \"code\": \"X Y\", \"title\": \"t\","
                    + " \"discount\": {\"amount\": 1, \"currency\": \"USD\"}, \"startsAt\": \"2026-12-01T00:00:00Z\","
                    + " \"expiresAt\": \"next week\"}]}",
        };
        for (String feed : bad) {
            assertThatThrownBy(() -> CouponFeed.parse(feed.getBytes(StandardCharsets.UTF_8), START)).as(feed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void values_coupons_by_what_they_save_the_shopper() {
        Instant from = START.minusSeconds(60);
        Instant to = START.plus(1, ChronoUnit.DAYS);
        store.replace("test", START, List.of(
                new Coupon("amount", "A", "US $3 off $29", Map.of(), Coupon.Discount.amountOff(3), "USD", 29,
                        Coupon.Scope.STORE, null, List.of(), List.of(), from, to, "feed"),
                // 10% of the 80 USD minimum = 8, capped at 5
                new Coupon("capped", "B", "10% off $80, up to $5", Map.of(), Coupon.Discount.percentOff(10, 5),
                        "USD", 80, Coupon.Scope.STORE, null, List.of(), List.of(), from, to, "feed"),
                // no minimum: 20% of the typical 30 USD basket = 6
                new Coupon("basket", "C", "20% off", Map.of(), Coupon.Discount.percentOff(20, 0), "USD", 0,
                        Coupon.Scope.STORE, null, List.of(), List.of(), from, to, "feed"),
                // 3 USD as well, but needs less: ranks before "amount"
                new Coupon("cheaper", "D", "US $3 off $10", Map.of(), Coupon.Discount.amountOff(3), "USD", 10,
                        Coupon.Scope.STORE, null, List.of(), List.of(), from, to, "feed"),
                // 2.76 EUR = 3 USD, in another currency
                new Coupon("euro", "E", "€2.76 off €50", Map.of(), Coupon.Discount.amountOff(2.76), "EUR", 50,
                        Coupon.Scope.STORE, null, List.of(), List.of(), from, to, "feed")));
        CouponService service = new CouponService(store, CouponFeed.embedded(), rates, clock);
        service.reload();
        List<CouponService.Item> items = service.today(null, "USD", null).items();
        assertThat(items).extracting(CouponService.Item::id)
                .containsExactly("basket", "capped", "cheaper", "amount", "euro");
        assertThat(items).extracting(i -> i.value().saving()).containsExactly(6.0, 5.0, 3.0, 3.0, 3.0);
        assertThat(service.today(null, "BRL", null).items().get(0).value().saving()).isEqualTo(32.7);
    }
}
