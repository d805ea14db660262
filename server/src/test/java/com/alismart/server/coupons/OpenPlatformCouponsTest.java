package com.alismart.server.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading the platform's display strings for promo codes. */
class OpenPlatformCouponsTest {
    @Test
    void reads_amounts_as_the_platform_writes_them() {
        assertThat(OpenPlatformCoupons.number("US $3.00")).isEqualTo(3.0);
        assertThat(OpenPlatformCoupons.number("$3")).isEqualTo(3.0);
        assertThat(OpenPlatformCoupons.number("10%")).isEqualTo(10.0);
        assertThat(OpenPlatformCoupons.number("US $1,000.00")).isEqualTo(1000.0);
        assertThat(OpenPlatformCoupons.number("1.000,50 €")).isEqualTo(1000.5);
        assertThat(OpenPlatformCoupons.number("2,50 €")).isEqualTo(2.5);
        assertThat(OpenPlatformCoupons.number("₩5,000")).isEqualTo(5000.0);
        assertThat(OpenPlatformCoupons.number("1,234,567")).isEqualTo(1234567.0);
        assertThat(OpenPlatformCoupons.number("R$ 15")).isEqualTo(15.0);
        assertThatThrownBy(() -> OpenPlatformCoupons.number("free")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_times_in_us_pacific_time() {
        assertThat(OpenPlatformCoupons.time("2026-12-04 00:00:00")).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(OpenPlatformCoupons.time("2026-07-04 00:00:00")).isEqualTo(Instant.parse("2026-07-04T07:00:00Z"));
    }
}
