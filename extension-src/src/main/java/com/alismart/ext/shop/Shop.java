package com.alismart.ext.shop;

/** The six shops the extension works on. */
public enum Shop {
    ALIEXPRESS("aliexpress"),
    AMAZON("amazon"),
    EBAY("ebay"),
    TEMU("temu"),
    SHEIN("shein"),
    ALIBABA("alibaba");

    private final String key;

    Shop(String key) {
        this.key = key;
    }

    /** The lower-case name used in messages, storage and the API. */
    public String key() {
        return key;
    }

    /** The shop with this key, or {@code null}. */
    public static Shop byKey(String key) {
        if (key == null) {
            return null;
        }
        for (Shop shop : values()) {
            if (shop.key.equals(key)) {
                return shop;
            }
        }
        return null;
    }
}
