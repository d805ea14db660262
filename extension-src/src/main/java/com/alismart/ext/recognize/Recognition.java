package com.alismart.ext.recognize;

import com.alismart.ext.shop.Shop;

/** What a page is, and on a product page which product it shows. */
public final class Recognition {
    public static final String PRODUCT = "product";
    public static final String LISTING = "listing";
    /** A captcha, robot check or bot wall: the shop's page is not there. */
    public static final String BLOCKED = "blocked";
    /** A 404, "no longer available" or other error page. */
    public static final String ERROR = "error";
    public static final String OTHER = "other";

    private final String kind;
    private final Shop shop;
    private final String id;
    private final String title;
    private final double price;
    private final String currency;
    private final String imageUrl;

    Recognition(String kind, Shop shop, String id, String title, double price, String currency, String imageUrl) {
        this.kind = kind;
        this.shop = shop;
        this.id = id;
        this.title = title;
        this.price = price;
        this.currency = currency;
        this.imageUrl = imageUrl;
    }

    static Recognition of(String kind, Shop shop) {
        return new Recognition(kind, shop, null, null, Double.NaN, null, null);
    }

    /** One of {@link #PRODUCT}, {@link #LISTING}, {@link #BLOCKED}, {@link #ERROR}, {@link #OTHER}. */
    public String kind() {
        return kind;
    }

    /** The shop whose site the page is on, or {@code null}. */
    public Shop shop() {
        return shop;
    }

    /** The shop's product id on product pages, else {@code null}. */
    public String id() {
        return id;
    }

    /** The product's title (on listings, the page's), or {@code null}. */
    public String title() {
        return title;
    }

    /** The price the page shows, or {@code NaN}. */
    public double price() {
        return price;
    }

    /** ISO 4217, or {@code null}. */
    public String currency() {
        return currency;
    }

    /** Absolute http(s) URL of the product's main image, or {@code null}. */
    public String imageUrl() {
        return imageUrl;
    }

    public boolean isProduct() {
        return PRODUCT.equals(kind);
    }
}
