package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationsTest {
    private static final double HOUR = 3600_000;

    @Test
    void records_a_new_price() {
        List<Observation> h = Observations.record(List.of(new Observation(0, 10)), 5 * HOUR, 9);
        assertThat(h).hasSize(2);
        assertThat(h.get(1).price()).isEqualTo(9);
    }

    @Test
    void a_reload_at_the_same_price_refreshes_the_last_observation() {
        List<Observation> h = Observations.record(List.of(new Observation(0, 10)), HOUR / 2, 10);
        assertThat(h).hasSize(1);
        assertThat(h.get(0).time()).isEqualTo(HOUR / 2);
    }

    @Test
    void the_same_price_a_day_later_is_a_new_observation() {
        assertThat(Observations.record(List.of(new Observation(0, 10)), 24 * HOUR, 10)).hasSize(2);
    }

    @Test
    void keeps_at_most_the_cap_dropping_the_oldest() {
        List<Observation> h = new ArrayList<>();
        for (int i = 0; i < Observations.CAP + 30; i++) {
            h = Observations.record(h, i * 24 * HOUR, 100 + i);
        }
        assertThat(h).hasSize(Observations.CAP);
        assertThat(h.get(0).price()).isEqualTo(130);
        assertThat(h.get(h.size() - 1).price()).isEqualTo(100 + Observations.CAP + 29);
    }

    @Test
    void ignores_impossible_prices_and_leaves_the_input_alone() {
        List<Observation> input = List.of(new Observation(0, 10));
        assertThat(Observations.record(input, HOUR * 5, Double.NaN)).hasSize(1);
        assertThat(Observations.record(input, HOUR * 5, -3)).hasSize(1);
        assertThat(Observations.record(input, HOUR * 5, Double.POSITIVE_INFINITY)).hasSize(1);
        assertThat(input).hasSize(1);
    }
}
