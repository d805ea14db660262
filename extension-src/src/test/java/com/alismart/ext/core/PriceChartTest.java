package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriceChartTest {
    @Test
    void draws_steps_scaled_into_the_box() {
        List<Observation> h = List.of(new Observation(0, 10), new Observation(50, 20), new Observation(100, 15));
        PriceChart c = PriceChart.of(h, 100, 110, 60, 5);
        assertThat(c.low()).isEqualTo(10);
        assertThat(c.high()).isEqualTo(20);
        // (0,10) low → bottom; step to t=50 at the same height; then 20 → top; step; 15 → middle; hold to now.
        assertThat(c.svgPoints()).isEqualTo("5,55 55,55 55,5 105,5 105,30 105,30");
    }

    @Test
    void a_flat_history_sits_in_the_middle() {
        PriceChart c = PriceChart.of(List.of(new Observation(0, 9.99), new Observation(10, 9.99)), 20, 100, 40, 0);
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.y(i)).isEqualTo(20);
        }
        assertThat(c.x(c.size() - 1)).isEqualTo(100);
    }

    @Test
    void one_observation_is_a_line_to_now() {
        PriceChart c = PriceChart.of(List.of(new Observation(1000, 5)), 1000, 50, 20, 2);
        assertThat(c.isEmpty()).isFalse();
        assertThat(c.svgPoints()).isEqualTo("48,10 48,10");
    }

    @Test
    void ignores_out_of_order_and_broken_points() {
        List<Observation> h = List.of(new Observation(10, 5), new Observation(5, 1), new Observation(20, Double.NaN),
                new Observation(30, -1), new Observation(40, 7));
        PriceChart c = PriceChart.of(h, 40, 100, 100, 0);
        assertThat(c.low()).isEqualTo(5);
        assertThat(c.high()).isEqualTo(7);
        assertThat(c.size()).isEqualTo(4);
    }

    @Test
    void no_history_is_an_empty_chart() {
        PriceChart c = PriceChart.of(List.of(), 0, 100, 100, 0);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.svgPoints()).isEmpty();
        assertThat(c.low()).isNaN();
    }
}
