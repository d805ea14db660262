/**
 * Product recognition on the six shops' pages: the kind of page (product, listing, captcha or error), and on product
 * pages the product's id, title, price, currency and main image. Plain Java over the small {@link
 * com.alismart.ext.recognize.Page} interface, so the same code runs in the content script (over the browser's DOM)
 * and on the JVM (over jsoup). It is compiled into the content script, which runs on every shop page: no
 * {@code java.util.regex}, no {@code String.format}, no {@code Double.parseDouble}, no JSON library; strings are
 * scanned by hand and every input is bounded.
 */
package com.alismart.ext.recognize;
