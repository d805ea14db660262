/**
 * Affiliate attribution: reading the {@code aeu_cid} cookie's two facts and deciding, by our published rules, whether
 * an affiliate link may be applied. Plain Java, unit-tested on the JVM; the cookie value never leaves the browser.
 */
package com.alismart.ext.affiliate;
