/**
 * Bindings for the web platform that TeaVM's own JSO APIs lack ({@code fetch}) and small helpers for reading and
 * building plain JS objects. Nothing here touches {@code chrome.*}.
 */
package com.alismart.ext.web;
