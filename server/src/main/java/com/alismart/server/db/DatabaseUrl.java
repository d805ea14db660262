package com.alismart.server.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the database is: a JDBC URL with the user and password kept apart. {@code DATABASE_URL} comes either as a
 * JDBC URL ({@code jdbc:postgresql://host:5432/db?user=…}) or in the {@code postgres://user:pass@host:port/db} form
 * that hosting platforms hand out, which the PostgreSQL driver does not read itself.
 *
 * @param jdbcUrl  the URL for the driver, without credentials when they came in the URL's user-info
 * @param user     null when the JDBC URL carries its own
 * @param password null when the JDBC URL carries its own
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    /** The embedded default: an H2 file in the data folder. */
    public static DatabaseUrl h2(java.nio.file.Path dataDir) {
        // AUTO_SERVER off: one server process owns the file; DB_CLOSE_ON_EXIT off: the pool closes it at stop.
        return new DatabaseUrl("jdbc:h2:file:" + dataDir.resolve("db").resolve("alismart").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "alismart", "");
    }

    public static DatabaseUrl parse(String value) {
        String url = value.trim();
        if (url.startsWith("jdbc:postgresql://")) {
            return new DatabaseUrl(url, null, null);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must be jdbc:postgresql://… or postgres://user:pass@host"
                    + ":port/db");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("DATABASE_URL needs a host and a database name");
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]"
                : uri.getHost();
        String jdbc = "jdbc:postgresql://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl(jdbc, user, password);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Never prints the password: records print every component otherwise. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***") + ", user=" + user + "]";
    }
}
