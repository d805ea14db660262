package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.ext.core.PriceAlerts.Reason;
import org.junit.jupiter.api.Test;

class PriceAlertsTest {
    private static final double NONE = Double.NaN;

    @Test
    void reaching_the_target_notifies() {
        assertThat(PriceAlerts.check(19.99, 21.0, 20.0, NONE)).isEqualTo(Reason.TARGET_REACHED);
        assertThat(PriceAlerts.check(20.0, 21.0, 20.0, NONE)).isEqualTo(Reason.TARGET_REACHED);
        assertThat(PriceAlerts.check(20.01, 21.0, 20.0, NONE)).isEqualTo(Reason.NONE);
    }

    @Test
    void a_fall_of_ten_percent_or_more_notifies_without_a_target() {
        assertThat(PriceAlerts.check(90.0, 100.0, NONE, NONE)).isEqualTo(Reason.DROPPED);
        assertThat(PriceAlerts.check(90.01, 100.0, NONE, NONE)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(50.0, 100.0, NONE, NONE)).isEqualTo(Reason.DROPPED);
    }

    @Test
    void the_same_fall_notifies_once() {
        assertThat(PriceAlerts.check(18.0, 18.0, 20.0, 18.0)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(17.0, 18.0, 20.0, 18.0)).isEqualTo(Reason.TARGET_REACHED);
        assertThat(PriceAlerts.check(95.0, 100.0, NONE, 90.0)).isEqualTo(Reason.NONE);
    }

    @Test
    void unknown_or_broken_prices_never_notify() {
        assertThat(PriceAlerts.check(NONE, 100.0, 200.0, NONE)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(0, 100.0, 200.0, NONE)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(-5, 100.0, 200.0, NONE)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(Double.POSITIVE_INFINITY, 100.0, NONE, NONE)).isEqualTo(Reason.NONE);
        assertThat(PriceAlerts.check(10, NONE, NONE, NONE)).isEqualTo(Reason.NONE);
    }

    @Test
    void percent_down_is_rounded_and_never_negative() {
        assertThat(PriceAlerts.percentDown(100, 87.4)).isEqualTo(13);
        assertThat(PriceAlerts.percentDown(100, 120)).isZero();
        assertThat(PriceAlerts.percentDown(0, 10)).isZero();
    }
}
