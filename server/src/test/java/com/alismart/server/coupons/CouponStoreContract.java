package com.alismart.server.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alismart.server.db.Database;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's promises, run against H2 and against PostgreSQL with the same migrations. */
abstract class CouponStoreContract {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private Database db;
    CouponStore store;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        store = new CouponStore(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Coupon coupon(String id, Instant starts, Instant expires) {
        return new Coupon(id, "CODE" + id.replaceAll("[^A-Za-z0-9]", ""), "US $3 off " + id, Map.of(),
                Coupon.Discount.amountOff(3), "USD", 29, Coupon.Scope.STORE, null, List.of(), List.of(), starts,
                expires, "feed");
    }

    static List<Coupon> many(String prefix, int n) {
        List<Coupon> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(coupon(prefix + i, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(5, ChronoUnit.DAYS)));
        }
        return out;
    }

    /** Yields {@code coupons}, then fails when it reaches {@code failAt}: a source dying half-way. */
    static Iterable<Coupon> failingAt(List<Coupon> coupons, int failAt) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < coupons.size();
            }

            @Override
            public Coupon next() {
                if (i == failAt) {
                    throw new IllegalStateException("the source broke at coupon " + i);
                }
                return coupons.get(i++);
            }
        };
    }

    @Test
    void keeps_every_field() {
        Coupon percent = new Coupon("eu-15", "EUROPA15", "15% off over €60, up to €12",
                Map.of("fr", "15 % de réduction dès 60 €", "ru", "Скидка 15 %"), Coupon.Discount.percentOff(15, 12),
                "EUR", 60, Coupon.Scope.CATEGORY, "Home Decor", List.of(), List.of("FR", "DE"),
                NOW.minus(2, ChronoUnit.DAYS), NOW.plus(3, ChronoUnit.DAYS), "feed");
        Coupon listed = new Coupon("ae-FLASH_5", "FLASH_5", "US $5 off selected", Map.of(),
                Coupon.Discount.amountOff(5.5), "USD", 25, Coupon.Scope.PRODUCTS, null,
                List.of("1005006789012345", "32812345678"), List.of(), NOW.minusSeconds(1), NOW.plusSeconds(3600),
                "aliexpress");
        assertThat(store.replace("test", NOW, List.of(percent, listed))).isEqualTo(2);
        assertThat(store.unexpired(NOW)).containsExactly(listed, percent);
        assertThat(store.lastImport()).isEqualTo(new CouponStore.Import("test", NOW, 2));
    }

    @Test
    void never_returns_expired_coupons() {
        store.replace("test", NOW, List.of(coupon("ended", NOW.minus(9, ChronoUnit.DAYS), NOW.minusSeconds(1)),
                coupon("edge", NOW.minus(1, ChronoUnit.DAYS), NOW),
                coupon("live", NOW.minus(1, ChronoUnit.DAYS), NOW.plusSeconds(1)),
                coupon("later", NOW.plus(1, ChronoUnit.DAYS), NOW.plus(2, ChronoUnit.DAYS))));
        assertThat(store.unexpired(NOW)).extracting(Coupon::id).containsExactly("later", "live");
        assertThat(store.unexpired(NOW.plusSeconds(2))).extracting(Coupon::id).containsExactly("later");
    }

    @Test
    void a_refresh_failing_half_way_leaves_the_previous_set_whole() {
        store.replace("old", NOW, many("old-", 30));
        // 450 coupons in batches of 200: two batches are already in the database when the source breaks
        assertThatThrownBy(() -> store.replace("new", NOW.plusSeconds(60), failingAt(many("new-", 450), 420)))
                .hasMessageContaining("broke at coupon 420");
        assertThat(store.unexpired(NOW)).hasSize(30).allMatch(c -> c.id().startsWith("old-"));
        assertThat(store.lastImport()).isEqualTo(new CouponStore.Import("old", NOW, 30));
    }

    @Test
    void a_row_the_database_refuses_rolls_the_whole_import_back() {
        store.replace("old", NOW, many("old-", 30));
        List<Coupon> withDuplicate = new ArrayList<>(many("new-", 300));
        withDuplicate.add(coupon("new-7", NOW, NOW.plusSeconds(60)));
        assertThatThrownBy(() -> store.replace("new", NOW, withDuplicate))
                .isInstanceOf(CouponStore.StoreException.class);
        assertThat(store.unexpired(NOW)).hasSize(30).allMatch(c -> c.id().startsWith("old-"));
        assertThat(store.lastImport().source()).isEqualTo("old");
    }

    @Test
    void readers_see_the_old_set_until_the_new_one_is_complete() throws Exception {
        store.replace("old", NOW, many("old-", 30));
        CountDownLatch halfWay = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<Coupon> fresh = many("new-", 400);
        Iterable<Coupon> slow = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < fresh.size();
            }

            @Override
            public Coupon next() {
                if (i == 250) {
                    halfWay.countDown();
                    try {
                        goOn.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return fresh.get(i++);
            }
        };
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> store.replace("new", NOW, slow));
        assertThat(halfWay.await(20, TimeUnit.SECONDS)).isTrue();
        try {
            List<Coupon> during = CompletableFuture.supplyAsync(() -> store.unexpired(NOW)).get(10, TimeUnit.SECONDS);
            assertThat(during).hasSize(30).allMatch(c -> c.id().startsWith("old-"));
            assertThat(store.lastImport().source()).isEqualTo("old");
        } finally {
            goOn.countDown();
        }
        assertThat(running.get(20, TimeUnit.SECONDS)).isEqualTo(400);
        assertThat(store.unexpired(NOW)).hasSize(400).allMatch(c -> c.id().startsWith("new-"));
    }
}
