package com.alismart.server;

import com.alismart.server.db.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;

/**
 * The server's configuration: environment variables first, command-line flags over them.
 *
 * @param host          the interface to listen on
 * @param port          0 picks a free port
 * @param dataDir       index, embedded database and other files the server keeps
 * @param maxBodyBytes  the largest request body any route accepts
 * @param catalogFile   a JSON Lines product feed to index, or null for the generated catalog
 * @param catalogSize   how many products to generate when there is no feed
 * @param ratesFile     a currency rates table (as search/rates.json), or null for the embedded one
 * @param llm           an OpenAI-compatible endpoint for query understanding, or null for the built-in parser
 * @param database      PostgreSQL ({@code DATABASE_URL}), or null for the embedded H2 file in the data folder
 * @param aliExpress    the AliExpress Open Platform credentials and tracking id (each part may be missing)
 * @param couponFeed    a coupon feed file to import instead of the shipped one, or null
 */
public record Config(String host, int port, Path dataDir, long maxBodyBytes, Path catalogFile, int catalogSize,
        Path ratesFile, Llm llm, DatabaseUrl database, AliExpress aliExpress, Path couponFeed) {
    /** {@code SMART_SEARCH_LLM_URL}, {@code SMART_SEARCH_LLM_KEY}, {@code SMART_SEARCH_LLM_MODEL}. */
    public record Llm(java.net.URI url, String apiKey, String model) {
    }

    /**
     * {@code ALIEXPRESS_APP_KEY}, {@code ALIEXPRESS_APP_SECRET}, {@code ALIEXPRESS_TRACKING_ID},
     * {@code ALIEXPRESS_API_URL}. The API is used only with both key and secret; a tracking id alone still makes
     * tracking links.
     */
    public record AliExpress(String appKey, String appSecret, String trackingId, java.net.URI apiUrl) {
        /** The gateway of the {@code aliexpress.affiliate.*} methods. */
        public static final java.net.URI GATEWAY = java.net.URI.create("https://api-sg.aliexpress.com/sync");

        public static final AliExpress NONE = new AliExpress(null, null, null, GATEWAY);

        public AliExpress {
            appKey = blank(appKey) ? null : appKey.trim();
            appSecret = blank(appSecret) ? null : appSecret.trim();
            trackingId = blank(trackingId) ? null : trackingId.trim();
            apiUrl = apiUrl == null ? GATEWAY : apiUrl;
        }

        public boolean hasApi() {
            return appKey != null && appSecret != null;
        }

        /** Never prints the secret: records print every component otherwise. */
        @Override
        public String toString() {
            return "AliExpress[appKey=" + appKey + ", appSecret=" + (appSecret == null ? null : "***")
                    + ", trackingId=" + trackingId + ", apiUrl=" + apiUrl + "]";
        }
    }

    /** As before the database and AliExpress settings: the embedded database, no AliExpress, the shipped feed. */
    public Config(String host, int port, Path dataDir, long maxBodyBytes, Path catalogFile, int catalogSize,
            Path ratesFile, Llm llm) {
        this(host, port, dataDir, maxBodyBytes, catalogFile, catalogSize, ratesFile, llm, null, AliExpress.NONE,
                null);
    }

    public static final int DEFAULT_PORT = 7070;
    /** Indexes in well under 2 minutes on 2 cores on a first start. */
    public static final int DEFAULT_CATALOG_SIZE = 50_000;
    public static final int MAX_CATALOG_SIZE = 1_000_000;
    public static final String DEFAULT_DATA_DIR = "./data";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public Config {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        if (catalogSize < 1 || catalogSize > MAX_CATALOG_SIZE) {
            throw new IllegalArgumentException("catalog size must be between 1 and " + MAX_CATALOG_SIZE
                    + ", not " + catalogSize);
        }
        if (catalogFile != null && !java.nio.file.Files.isRegularFile(catalogFile)) {
            throw new IllegalArgumentException("catalog file not found: " + catalogFile);
        }
        if (ratesFile != null && !java.nio.file.Files.isRegularFile(ratesFile)) {
            throw new IllegalArgumentException("rates file not found: " + ratesFile);
        }
        aliExpress = aliExpress == null ? AliExpress.NONE : aliExpress;
        if (couponFeed != null && !java.nio.file.Files.isRegularFile(couponFeed)) {
            throw new IllegalArgumentException("coupon feed not found: " + couponFeed);
        }
    }

    public Config withDatabase(DatabaseUrl value) {
        return new Config(host, port, dataDir, maxBodyBytes, catalogFile, catalogSize, ratesFile, llm, value,
                aliExpress, couponFeed);
    }

    public Config withAliExpress(AliExpress value) {
        return new Config(host, port, dataDir, maxBodyBytes, catalogFile, catalogSize, ratesFile, llm, database,
                value, couponFeed);
    }

    public Config withCouponFeed(Path value) {
        return new Config(host, port, dataDir, maxBodyBytes, catalogFile, catalogSize, ratesFile, llm, database,
                aliExpress, value);
    }

    /** Defaults for tests: loopback, a free port, a small generated catalog. */
    public static Config forTests(Path dataDir) {
        return forTests(dataDir, 600);
    }

    public static Config forTests(Path dataDir, int catalogSize) {
        return new Config("127.0.0.1", 0, dataDir, DEFAULT_MAX_BODY_BYTES, null, catalogSize, null, null);
    }

    /**
     * From {@code PORT}, {@code HOST}, {@code DATA_DIR}, {@code CATALOG}, {@code CATALOG_SIZE}, {@code RATES_FILE}
     * and the flags {@code --port N}, {@code --host H}, {@code --data-dir D}, {@code --catalog FILE},
     * {@code --catalog-size N}, {@code --rates FILE} (also {@code --port=N}); {@code DATABASE_URL}
     * ({@code --database-url}), {@code ALIEXPRESS_APP_KEY}, {@code ALIEXPRESS_APP_SECRET},
     * {@code ALIEXPRESS_TRACKING_ID} ({@code --tracking-id}), {@code ALIEXPRESS_API_URL}, {@code COUPON_FEED}
     * ({@code --coupon-feed}). The app secret has no flag: flags show in process lists.
     */
    public static Config from(Map<String, String> env, String[] args) {
        String host = env.getOrDefault("HOST", "0.0.0.0");
        String port = env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT));
        String dataDir = env.getOrDefault("DATA_DIR", DEFAULT_DATA_DIR);
        String catalog = env.get("CATALOG");
        String catalogSize = env.getOrDefault("CATALOG_SIZE", String.valueOf(DEFAULT_CATALOG_SIZE));
        String rates = env.get("RATES_FILE");
        String databaseUrl = env.get("DATABASE_URL");
        String trackingId = env.get("ALIEXPRESS_TRACKING_ID");
        String couponFeed = env.get("COUPON_FEED");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--port", "--host", "--data-dir", "--catalog", "--catalog-size", "--rates", "--database-url",
                        "--tracking-id", "--coupon-feed" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--port" -> port = value;
                        case "--host" -> host = value;
                        case "--catalog" -> catalog = value;
                        case "--catalog-size" -> catalogSize = value;
                        case "--rates" -> rates = value;
                        case "--database-url" -> databaseUrl = value;
                        case "--tracking-id" -> trackingId = value;
                        case "--coupon-feed" -> couponFeed = value;
                        default -> dataDir = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg
                        + " (known: --port N, --host H, --data-dir DIR, --catalog FILE, --catalog-size N,"
                        + " --rates FILE, --database-url URL, --tracking-id ID, --coupon-feed FILE)");
            }
        }
        if (dataDir.isBlank()) {
            throw new IllegalArgumentException("data dir must not be empty");
        }
        return new Config(host.trim(), number("port", port), Path.of(dataDir.trim()), DEFAULT_MAX_BODY_BYTES,
                blank(catalog) ? null : Path.of(catalog.trim()), number("catalog size", catalogSize),
                blank(rates) ? null : Path.of(rates.trim()), llm(env),
                blank(databaseUrl) ? null : DatabaseUrl.parse(databaseUrl),
                new AliExpress(env.get("ALIEXPRESS_APP_KEY"), env.get("ALIEXPRESS_APP_SECRET"), trackingId,
                        apiUrl(env.get("ALIEXPRESS_API_URL"))),
                blank(couponFeed) ? null : Path.of(couponFeed.trim()));
    }

    private static java.net.URI apiUrl(String url) {
        if (blank(url)) {
            return null;
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ALIEXPRESS_API_URL is not a URL");
        }
        if ((!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("ALIEXPRESS_API_URL must be an http(s) URL");
        }
        return uri;
    }

    private static Llm llm(Map<String, String> env) {
        String url = env.get("SMART_SEARCH_LLM_URL");
        if (blank(url)) {
            return null;
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMART_SEARCH_LLM_URL is not a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("SMART_SEARCH_LLM_URL must be http(s)");
        }
        return new Llm(uri, env.get("SMART_SEARCH_LLM_KEY"), env.get("SMART_SEARCH_LLM_MODEL"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }
}
