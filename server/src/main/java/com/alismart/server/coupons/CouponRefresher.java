package com.alismart.server.coupons;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the coupons current: at start it serves the stored set and imports a new one when that is stale; then every
 * hour it imports again once the set is a day old. A failed import is logged, keeps the previous set and is retried
 * at the next check, an hour later rather than a day.
 */
public final class CouponRefresher implements AutoCloseable {
    static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(CouponRefresher.class);

    private final CouponService service;
    private final ScheduledExecutorService timer;
    private final CountDownLatch firstCheck = new CountDownLatch(1);

    public CouponRefresher(CouponService service) {
        this.service = service;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coupon-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /** Serves what is stored at once, then checks off the request threads. */
    public void start() {
        try {
            service.reload();
        } catch (RuntimeException e) {
            LOG.warn("coupons: cannot read the stored set: {}", e.getMessage());
        }
        timer.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            if (service.stale()) {
                service.refresh();
            } else {
                service.reload();
            }
        } catch (RuntimeException e) {
            LOG.warn("coupons: import from {} failed, keeping the previous set: {}", service.sourceName(),
                    e.getMessage());
        } finally {
            firstCheck.countDown();
        }
    }

    /** For tests and health: waits for the check made at start. */
    public boolean awaitFirstCheck(Duration timeout) throws InterruptedException {
        return firstCheck.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
