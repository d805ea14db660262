package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageKeysTest {
    @Test
    void only_the_keys_of_the_privacy_policy_are_allowed() {
        assertThat(StorageKeys.all()).containsExactlyInAnyOrder("settings", "clientId", "coupons", "watchlist",
                "analyticsQueue");
        assertThat(StorageKeys.isAllowed("history")).isFalse();
        assertThat(StorageKeys.isAllowed("aeu_cid")).isFalse();
        assertThat(StorageKeys.isAllowed("watchlist")).isTrue();
    }
}
