package com.alismart.server.coupons;

import java.time.Instant;

/** Where a coupon import comes from: the AliExpress Open Platform or a feed file. */
public interface CouponSource {
    /** Says which source this is; a stored set from a differently named source is stale. */
    String name();

    /** Every coupon the source has at {@code now}. Throws when it cannot: the import then fails whole. */
    Iterable<Coupon> fetch(Instant now);
}
