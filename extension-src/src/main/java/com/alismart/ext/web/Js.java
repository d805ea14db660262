package com.alismart.ext.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Typed reads and writes on plain JS objects. Reads never throw: a missing or mistyped field reads as absent
 * ({@code null}, {@code NaN}, {@code false}), so data from storage, messages or the network is checked, not trusted.
 */
public final class Js {
    // Local names in the scripts below are long on purpose: TeaVM's minifier gives parameters one- or two-letter
    // names, which a local "v" could shadow.
    private Js() {
    }

    @JSBody(script = "return {};")
    public static native JSObject object();

    @JSBody(script = "return [];")
    public static native JSObject array();

    @JSBody(params = {"o", "k"}, script = "var value = o == null ? void 0 : o[k];"
            + " return typeof value === 'string' ? value : null;")
    public static native String string(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "var value = o == null ? void 0 : o[k];"
            + " return typeof value === 'number' && isFinite(value) ? value : NaN;")
    public static native double number(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "var value = o == null ? void 0 : o[k];"
            + " return Array.isArray(value)"
            + " ? value.filter(function (item) { return typeof item === 'string'; }) : null;")
    public static native String[] strings(JSObject o, String k);

    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    public static native String encode(String s);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void putStrings(JSObject o, String k, String[] v);

    @JSBody(params = {"o", "k"}, script = "var value = o == null ? void 0 : o[k]; return typeof value === 'boolean';")
    public static native boolean isBoolean(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return o != null && o[k] === true;")
    public static native boolean isTrue(JSObject o, String k);

    /** The field if it is a non-null object (arrays included), else {@code null}. */
    @JSBody(params = {"o", "k"}, script = "var value = o == null ? void 0 : o[k];"
            + " return value !== null && typeof value === 'object' ? value : null;")
    public static native JSObject object(JSObject o, String k);

    @JSBody(params = "o", script = "return Array.isArray(o);")
    public static native boolean isArray(JSObject o);

    @JSBody(params = "a", script = "return Array.isArray(a) ? a.length : 0;")
    public static native int length(JSObject a);

    @JSBody(params = {"a", "i"}, script = "var value = a[i];"
            + " return value !== null && typeof value === 'object' ? value : null;")
    public static native JSObject at(JSObject a, int i);

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    public static native void push(JSObject a, JSObject v);

    @JSBody(params = {"o", "k"}, script = "return o != null && Object.prototype.hasOwnProperty.call(o, k);")
    public static native boolean has(JSObject o, String k);

    @JSBody(params = "o", script = "return o == null ? [] : Object.keys(o);")
    public static native String[] keys(JSObject o);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void put(JSObject o, String k, String v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void put(JSObject o, String k, double v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void put(JSObject o, String k, boolean v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void put(JSObject o, String k, JSObject v);

    @JSBody(params = {"o", "k"}, script = "delete o[k];")
    public static native void delete(JSObject o, String k);

    /** True for {@code null} and {@code undefined} alike (TeaVM compiles {@code x == null} to {@code === null}). */
    @JSBody(params = "o", script = "return o == null;")
    public static native boolean isMissing(JSObject o);

    @JSBody(params = "e", script = "return e && e.message ? String(e.message) : String(e);")
    public static native String errorMessage(Object e);

    /** {@code Number(s)}: NaN when {@code s} is not a number. */
    @JSBody(params = "s", script = "return Number(s);")
    public static native double toNumber(String s);

    /**
     * {@code String(n)}: the browser's shortest round-trip form. Java's own double-to-string pulls tens of
     * kilobytes into a script.
     */
    @JSBody(params = "n", script = "return String(n);")
    public static native String numberString(double n);

    @JSBody(script = "return Date.now();")
    public static native double now();
}
