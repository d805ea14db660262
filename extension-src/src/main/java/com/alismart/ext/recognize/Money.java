package com.alismart.ext.recognize;

/** An amount of money as a page shows it: the amount, and its ISO 4217 currency when the page says which. */
public final class Money {
    private final double amount;
    private final String currency;

    Money(double amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    public double amount() {
        return amount;
    }

    /** Upper-case ISO 4217 code, or {@code null} when the page does not tell. */
    public String currency() {
        return currency;
    }

    Money withCurrency(String code) {
        return new Money(amount, code);
    }
}
