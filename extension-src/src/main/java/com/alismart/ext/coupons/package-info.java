/**
 * Coupons as the extension shows them: each one read with its types checked, which apply to a page's price, and
 * how long they last. Plain Java, unit-tested on the JVM.
 */
package com.alismart.ext.coupons;
