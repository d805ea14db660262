package com.alismart.ext.shop;

/**
 * The parts of an absolute http(s) URL that recognition needs. Parsed by hand, leniently for paths and strictly for
 * the scheme and host: anything that is not http(s) with a plausible host gives {@code null}.
 */
public final class WebUrl {
    private final String scheme;
    private final String host;
    private final int port;
    private final String path;
    private final String query;

    private WebUrl(String scheme, String host, int port, String path, String query) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
        this.query = query;
    }

    /** "http" or "https". */
    public String scheme() {
        return scheme;
    }

    /** Lower case, without port or trailing dot. */
    public String host() {
        return host;
    }

    /** The explicit port, or -1. */
    public int port() {
        return port;
    }

    /** Starts with "/"; never null. */
    public String path() {
        return path;
    }

    /** Without "?"; "" when absent. */
    public String query() {
        return query;
    }

    /** The value of the first query parameter with this name (not percent-decoded), or {@code null}. */
    public String queryParam(String name) {
        String[] names = queryNames();
        int start = 0;
        for (String n : names) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (n.equals(name) && start + n.length() < end) {
                return query.substring(start + n.length() + 1, end);
            }
            start = end + 1;
        }
        return null;
    }

    /** The names of the query's parameters in order, as written (not percent-decoded); a bare "x" names "x". */
    public String[] queryNames() {
        if (query.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < query.length(); i++) {
            count += query.charAt(i) == '&' ? 1 : 0;
        }
        String[] names = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            int eq = query.indexOf('=', start);
            names[k] = query.substring(start, eq >= start && eq < end ? eq : end);
            start = end + 1;
        }
        return names;
    }

    /** {@code url} without its fragment ("#..."); "" for null. */
    public static String withoutFragment(String url) {
        if (url == null) {
            return "";
        }
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** True when the host is {@code domain} itself or one of its subdomains. */
    public boolean hostIsOrUnder(String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    public static WebUrl parse(String url) {
        if (url == null) {
            return null;
        }
        String s = url.trim();
        int colon = s.indexOf("://");
        if (colon <= 0) {
            return null;
        }
        String scheme = Ascii.lower(s.substring(0, colon));
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int authorityStart = colon + 3;
        int authorityEnd = s.length();
        for (int i = authorityStart; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                authorityEnd = i;
                break;
            }
        }
        String authority = s.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int port = -1;
        String host = authority;
        if (!authority.startsWith("[")) {
            int portColon = authority.lastIndexOf(':');
            if (portColon >= 0) {
                host = authority.substring(0, portColon);
                port = parsePort(authority.substring(portColon + 1));
                if (port == -2) {
                    return null;
                }
            }
        }
        host = Ascii.lower(host);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || !validHost(host)) {
            return null;
        }
        String rest = s.substring(authorityEnd);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        String query = q >= 0 ? rest.substring(q + 1) : "";
        if (path.isEmpty()) {
            path = "/";
        }
        return new WebUrl(scheme, host, port, path, query);
    }

    private static int parsePort(String p) {
        if (p.isEmpty()) {
            return -1;
        }
        if (p.length() > 5) {
            return -2;
        }
        int value = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            value = value * 10 + (c - '0');
        }
        return value > 65535 ? -2 : value;
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c > 127;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
