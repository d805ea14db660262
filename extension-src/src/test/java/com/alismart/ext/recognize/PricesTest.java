package com.alismart.ext.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PricesTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // the examples
        "8,71 €|8.71|EUR",
        "$1,299.00|1299|USD",
        "R$ 1.234,56|1234.56|BRL",
        "₩19,519|19519|KRW",
        "€97,39 – 128,72|97.39|EUR",
        // dollars of every country, by prefix
        "US $24.99|24.99|USD",
        "US$24.99|24.99|USD",
        "C $ 12.50|12.5|CAD",
        "C$12.50|12.5|CAD",
        "CA $12.50|12.5|CAD",
        "A$ 49.95|49.95|AUD",
        "AU $49.95|49.95|AUD",
        "NZ$ 15.00|15|NZD",
        "HK$ 88|88|HKD",
        "S$ 19.90|19.9|SGD",
        "MX$ 1,299.00|1299|MXN",
        // pounds, yen, yuan, won, rupees
        "£1,049.99|1049.99|GBP",
        "¥1,280|1280|JPY",
        "￥1,280|1280|JPY",
        "JP¥ 2,480|2480|JPY",
        "CN¥ 88.50|88.5|CNY",
        "₩ 1,234,567|1234567|KRW",
        "₹1,23,456.00|123456|INR",
        "₹ 499|499|INR",
        "19,519원|19519|KRW",
        "1,280円|1280|JPY",
        "1.299,00 ج.م|1299|EGP",
        "Rs. 1,299|1299|INR",
        // European formats: comma decimals, dot, space, narrow space and apostrophe thousands
        "1.234,56 €|1234.56|EUR",
        "1 234,56 €|1234.56|EUR",
        "1\u00a0234,56\u00a0€|1234.56|EUR",
        "1\u202f234,56\u202f€|1234.56|EUR",
        "12,99 zł|12.99|PLN",
        "1 299,00 zł|1299|PLN",
        "CHF 1'234.50|1234.5|CHF",
        "CHF 1’234.50|1234.5|CHF",
        "1.299,00 Kč|1299|CZK",
        "12 990 Ft|12990|HUF",
        "49,99 lei|49.99|RON",
        "199 kr|199|",
        "1 234,56 ₽|1234.56|RUB",
        "1 234,56 руб.|1234.56|RUB",
        "990 р.|990|RUB",
        "1.234,56 TL|1234.56|TRY",
        "₺1.234,56|1234.56|TRY",
        "TL 99,90|99.9|TRY",
        "₴ 1 299|1299|UAH",
        "₪ 129.90|129.9|ILS",
        // Gulf and ISO codes on either side
        "AED 1,234.50|1234.5|AED",
        "SAR 99.00|99|SAR",
        "99.00 SAR|99|SAR",
        "EUR 29,99|29.99|EUR",
        "29,99 EUR|29.99|EUR",
        "USD12.00|12|USD",
        "RM 45.90|45.9|MYR",
        "Rp 125.000|125000|IDR",
        "฿1,290|1290|THB",
        "₱ 1,499.00|1499|PHP",
        "₫ 1.290.000|1290000|VND",
        "1.290.000 ₫|1290000|VND",
        // words around the amount
        "from $12.99|12.99|USD",
        "ab 12,99 €|12.99|EUR",
        "desde 12,99 €|12.99|EUR",
        "à partir de 12,99 €|12.99|EUR",
        "Price: US $12.99 - 15.99|12.99|USD",
        "2 for $10|10|USD",
        "-40% US $24.99|24.99|USD",
        "$0.99|0.99|USD",
        "0,50 €|0.5|EUR",
        "€ 5|5|EUR",
        "24.99|24.99|",
        "  1,299.00  |1299|",
        "１２,９９ €|12.99|EUR",
    })
    void reads_prices_in_every_locale_format(String text, double amount, String currency) {
        Money m = Prices.parse(text, null);
        assertThat(m).as(text).isNotNull();
        assertThat(m.amount()).isEqualTo(amount);
        assertThat(m.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "$12.99, CAD, CAD",
        "$12.99, AUD, AUD",
        "$1.299, MXN, MXN",
        "$12.99, EUR, USD",
        "$12.99, , USD",
        "199 kr, SEK, SEK",
        "199 kr, DKK, DKK",
        "kr 199, NOK, NOK",
        "199 kr, EUR, ",
        "¥1280, CNY, CNY",
        "¥1280, JPY, JPY",
        "¥1280, , JPY",
        "US $12.99, CAD, USD",
    })
    void resolves_ambiguous_symbols_from_the_pages_country(String text, String local, String currency) {
        Money m = Prices.parse(text, local);
        assertThat(m).isNotNull();
        assertThat(m.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "", "   ", "free", "Price", "$", "€€€", "abc123", "iPhone 15 Pro", "X5", "Model 3 2024", "1,2,3 €",
        "1.234.567.89 €", "12.34567 €", "20%", "Save 20 %", "4.7 (1,204 reviews)", "5,000+ sold",
        "12345678901234567890 €", "$9999999999", "1,2345,678 $", "Call 555 1234", "NaN", "Infinity", "1e9 €",
        "--", "1..2 €",
    })
    void gives_null_when_unsure(String text) {
        assertThat(Prices.parse(text, null)).as(text).isNull();
    }

    @Test
    void gives_null_for_null() {
        assertThat(Prices.parse(null, "USD")).isNull();
        assertThat(Prices.number(null)).isNaN();
    }

    @Test
    void reads_only_the_start_of_very_long_texts() {
        String text = "US $5.00" + " filler".repeat(100_000);
        assertThat(Prices.parse(text, null).amount()).isEqualTo(5.0);
        assertThat(Prices.parse(" ".repeat(Prices.MAX_TEXT) + "$5", null)).isNull();
    }

    @Test
    void amounts_are_the_doubles_their_literals_are() {
        // The amount is one exact division, so 8,71 reads as the double 8.71, not 8.709999999999999.
        for (int cents = 0; cents < 100_000; cents += 7) {
            String text = (cents / 100) + "," + (cents % 100 < 10 ? "0" : "") + (cents % 100) + " €";
            assertThat(Prices.parse(text, null).amount()).as(text).isEqualTo(cents / 100.0);
        }
    }

    @Test
    void never_throws_on_random_text() {
        Random random = new Random(42);
        String alphabet = "0123456789.,' \u00a0\u202f$€£¥₩₹₽zł kr CHF US-–%RMTL()/\\\"<>abcXYZ\ud83d\ude00\ud800";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Money m = Prices.parse(sb.toString(), random.nextBoolean() ? "USD" : null);
            if (m != null) {
                assertThat(m.amount()).isBetween(0.0, Prices.MAX_AMOUNT);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"12.99, 12.99", "1299, 1299", "1299.0, 1299", " 8.71 , 8.71", "0.5, 0.5", "+3.50, 3.5", "007, 7",
        "0.00, 0"})
    void reads_machine_prices(String text, double value) {
        assertThat(Prices.number(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "1,299.00", "12,99", "1.2.3", "-5", "1e3", ".", "5.", ".5", "abc", "12 99",
        "1234567890123456789"})
    void refuses_anything_else_as_a_machine_price(String text) {
        assertThat(Prices.number(text)).isNaN();
    }

    @Test
    void reads_currency_codes() {
        assertThat(Prices.currencyCode("usd")).isEqualTo("USD");
        assertThat(Prices.currencyCode(" EUR ")).isEqualTo("EUR");
        assertThat(Prices.currencyCode("€")).isNull();
        assertThat(Prices.currencyCode("EURO")).isNull();
        assertThat(Prices.currencyCode(null)).isNull();
    }
}
