/**
 * Typed JSO bindings for the {@code chrome.*} extension APIs, and the small helpers ({@link Ext}) through which the
 * rest of the extension reaches them. This is the only package that touches {@code chrome}.
 *
 * <p>Each event has its own interface whose {@code addListener} takes the concrete {@code @JSFunctor} type: a generic
 * {@code Event<T>} compiles, but after erasure TeaVM passes a Java object and the listener never fires.
 */
package com.alismart.ext.chrome;
