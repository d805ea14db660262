package com.alismart.ext.core;

/**
 * Read access to one record of untrusted data (a message, a stored object), whatever holds it: a JS object in the
 * browser, a map in tests. Missing or mistyped fields read as absent.
 */
public interface Fields {
    /** The field if it is a string, else {@code null}. */
    String string(String key);

    /** The field if it is a finite number, else {@code NaN}. */
    double number(String key);

    /** The field if it is an array of strings (other elements skipped), else {@code null}. */
    String[] strings(String key);

    /** True when the field is a boolean. */
    boolean isBoolean(String key);

    /** The field if it is {@code true}. */
    boolean isTrue(String key);
}
