package com.alismart.ext.recognize;

import java.util.ArrayList;

/**
 * A small, defensive JSON reader for what pages embed: JSON-LD blocks and values inside script state such as
 * {@code window.runParams = {...}}. Values are {@link Obj}, {@code ArrayList<Object>}, {@code String}, {@link Num},
 * {@code Boolean} or {@link #NULL}. Bounded in depth, length and node count; never throws: bad input gives
 * {@code null}. Lenient where pages are (raw control characters in strings, an HTML comment around the block,
 * trailing text). A library would add tens of kilobytes to the content script; this is all recognition needs.
 */
final class Json {
    static final Object NULL = new Object();
    static final int MAX_DEPTH = 40;
    static final int MAX_NODES = 100_000;

    private final String s;
    private final int end;
    private int pos;
    private int nodes;

    private Json(String s, int from, int end) {
        this.s = s;
        this.pos = from;
        this.end = end;
    }

    /** The first JSON value in {@code text}, or {@code null}. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        Json json = new Json(text, 0, text.length());
        json.skipJunk();
        return json.valueOrNull();
    }

    /** The JSON value starting at {@code from} (after spaces), reading at most {@code maxChars}, or {@code null}. */
    static Object parseAt(String text, int from, int maxChars) {
        if (text == null || from < 0 || from > text.length()) {
            return null;
        }
        Json json = new Json(text, from, (int) Math.min(text.length(), (long) from + maxChars));
        return json.valueOrNull();
    }

    private Object valueOrNull() {
        try {
            return value(0);
        } catch (Bad | RuntimeException e) {
            return null;
        }
    }

    // A block may open with "<!--" or "//<![CDATA[" (old habits of pages that expected no script support).
    private void skipJunk() {
        spaces();
        if (s.startsWith("<!--", pos)) {
            pos += 4;
        } else if (s.startsWith("//<![CDATA[", pos)) {
            pos += 11;
        } else if (s.startsWith("<![CDATA[", pos)) {
            pos += 9;
        }
    }

    private Object value(int depth) throws Bad {
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            throw new Bad();
        }
        spaces();
        if (pos >= end) {
            throw new Bad();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new Bad();
        }
    }

    private Obj object(int depth) throws Bad {
        pos++;
        Obj obj = new Obj();
        spaces();
        if (pos < end && s.charAt(pos) == '}') {
            pos++;
            return obj;
        }
        while (true) {
            spaces();
            if (pos >= end || s.charAt(pos) != '"') {
                throw new Bad();
            }
            String key = string();
            spaces();
            expect(':');
            obj.keys.add(key);
            obj.values.add(value(depth + 1));
            spaces();
            if (pos >= end) {
                throw new Bad();
            }
            char c = s.charAt(pos++);
            if (c == '}') {
                return obj;
            }
            if (c != ',') {
                throw new Bad();
            }
        }
    }

    private ArrayList<Object> array(int depth) throws Bad {
        pos++;
        ArrayList<Object> list = new ArrayList<>();
        spaces();
        if (pos < end && s.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            spaces();
            if (pos >= end) {
                throw new Bad();
            }
            char c = s.charAt(pos++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new Bad();
            }
        }
    }

    private String string() throws Bad {
        pos++;
        int start = pos;
        // The common case, no escapes: one substring.
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\') {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s, start, pos);
        while (pos < end) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= end) {
                throw new Bad();
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'u':
                    if (pos + 4 > end) {
                        throw new Bad();
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = hex(s.charAt(pos++));
                        if (d < 0) {
                            throw new Bad();
                        }
                        code = code * 16 + d;
                    }
                    sb.append((char) code);
                    break;
                default:
                    sb.append(e); // \" \\ \/ and, leniently, any other escaped character as itself
            }
        }
        throw new Bad();
    }

    private Num number() throws Bad {
        int start = pos;
        while (pos < end) {
            char c = s.charAt(pos);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                pos++;
            } else {
                break;
            }
        }
        if (pos - start > 40) {
            throw new Bad();
        }
        return new Num(s.substring(start, pos));
    }

    private Object literal(String word, Object v) throws Bad {
        if (!s.startsWith(word, pos) || pos + word.length() > end) {
            throw new Bad();
        }
        pos += word.length();
        return v;
    }

    private void expect(char c) throws Bad {
        if (pos >= end || s.charAt(pos) != c) {
            throw new Bad();
        }
        pos++;
    }

    private void spaces() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\ufeff') {
                pos++;
            } else {
                break;
            }
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The string value, or the text of a number, of {@code v}; else {@code null}. */
    static String text(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Num) {
            return ((Num) v).text;
        }
        return null;
    }

    /** A JSON object: keys in order, looked up linearly (the objects recognition reads are small). */
    static final class Obj {
        final ArrayList<String> keys = new ArrayList<>();
        final ArrayList<Object> values = new ArrayList<>();

        Object get(String key) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(key)) {
                    return values.get(i);
                }
            }
            return null;
        }

        Obj obj(String key) {
            Object v = get(key);
            return v instanceof Obj ? (Obj) v : null;
        }

        String text(String key) {
            return Json.text(get(key));
        }
    }

    /** A number, kept as its text: recognition reads it with {@link Prices#number}, exactly. */
    static final class Num {
        final String text;

        Num(String text) {
            this.text = text;
        }
    }

    /** Thrown inside the reader only; callers get {@code null}. A checked type, so no path forgets to catch it. */
    private static final class Bad extends Exception {
        Bad() {
            super(null, null, false, false);
        }
    }
}
