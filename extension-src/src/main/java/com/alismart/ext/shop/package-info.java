/**
 * Which shop a page belongs to and which product it shows, from its URL. Plain Java with no browser types: the
 * content script runs it in the page, JUnit runs it on the JVM. No {@code java.util.regex} here (it adds about
 * 117 KB to the compiled content script): strings are scanned by hand.
 */
package com.alismart.ext.shop;
