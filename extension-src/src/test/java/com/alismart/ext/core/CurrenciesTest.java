package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrenciesTest {
    @ParameterizedTest
    @CsvSource({
        "pt-BR, BRL", "pt-PT, EUR", "pt, BRL", "es-MX, MXN", "es-ES, EUR", "es, EUR", "es_AR, USD",
        "en-US, USD", "en-GB, GBP", "en, USD", "de, EUR", "de-CH, CHF", "fr-CA, CAD", "ru, RUB", "ru-KZ, KZT",
        "zh-Hant-TW, USD", "sr-Latn-RS, USD", "xx, USD", "'', USD", "en-gb, GBP",
    })
    void picks_the_currency_of_the_locale(String tag, String currency) {
        assertThat(Currencies.forLocale(tag)).isEqualTo(currency);
    }

    @Test
    void reads_the_region_of_a_language_tag() {
        assertThat(Currencies.region("pt-BR")).isEqualTo("BR");
        assertThat(Currencies.region("es_mx")).isEqualTo("MX");
        assertThat(Currencies.region("zh-Hant-TW")).isEqualTo("TW");
        assertThat(Currencies.region("de")).isEmpty();
        assertThat(Currencies.region("sr-Latn")).isEmpty();
        assertThat(Currencies.region(null)).isEmpty();
    }
}
