/**
 * The extension's rules as plain Java: message types and their validation, settings and their defaults, what the
 * watch list keeps. No browser types here, so JUnit tests all of it on the JVM; the entry points translate between
 * these classes and JS objects.
 */
package com.alismart.ext.core;
