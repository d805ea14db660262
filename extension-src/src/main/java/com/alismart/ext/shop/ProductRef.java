package com.alismart.ext.shop;

/** A product as a shop names it: the shop and the shop's own id. */
public final class ProductRef {
    private final Shop shop;
    private final String id;

    public ProductRef(Shop shop, String id) {
        if (shop == null || id == null || id.isEmpty()) {
            throw new IllegalArgumentException("shop and id are required");
        }
        this.shop = shop;
        this.id = id;
    }

    public Shop shop() {
        return shop;
    }

    public String id() {
        return id;
    }

    /** "shop:id", the key of this product in the watch list. */
    public String key() {
        return shop.key() + ":" + id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductRef && ((ProductRef) o).shop == shop && ((ProductRef) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return shop.hashCode() * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
