package com.alismart.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Serves the shop fixture pages over HTTPS, under the shops' real host names (the browser maps them to this server
 * with --host-resolver-rules). A request for {@code https://www.aliexpress.com/item/1.html} is answered from
 * {@code fixtures/aliexpress/item/1.html} on the test class path; the certificate is self-signed, made for the run.
 */
final class FixtureServer implements AutoCloseable {
    /** The shop key for each host suffix; the first match wins. */
    private static final String[][] SHOPS = {
        {"aliexpress.com", "aliexpress"}, {"aliexpress.us", "aliexpress"}, {"aliexpress.ru", "aliexpress"},
        {"amazon.", "amazon"}, {"ebay.", "ebay"}, {"temu.com", "temu"}, {"shein.", "shein"},
        {"alibaba.com", "alibaba"},
    };

    private final HttpsServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    /** Pages a test serves under a URL of its choice: "host/path" to HTML. */
    private final Map<String, byte[]> routes = new ConcurrentHashMap<>();

    FixtureServer(Path workDir) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(sslContext(workDir)));
        // Chrome keeps idle and speculative connections open; a few threads would all wait on them.
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code url} (its host and path; the query is ignored), before any fixture file. */
    void route(String url, byte[] html) {
        URI u = URI.create(url);
        routes.put(u.getHost() + u.getRawPath(), html);
    }

    /** "host path" of every request so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** "host path" of every request refused by the hot-link protection of {@code /guarded/} images. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /**
     * Hot-link protection as image CDNs do it: a {@code /guarded/} image is served only when the Referer is a page
     * of one of the shops, so the page shows it and anyone else (the extension's own fetch) gets a 403.
     */
    private static boolean hotLinked(HttpExchange exchange, String path) {
        if (!path.contains("/guarded/")) {
            return false;
        }
        String referer = exchange.getRequestHeaders().getFirst("Referer");
        if (referer == null || !referer.startsWith("https://")) {
            return true;
        }
        String host = referer.substring(8).replaceFirst("[:/].*$", "");
        return shopOf(host) == null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host")).replaceFirst(":\\d+$", "");
            String path = exchange.getRequestURI().getPath();
            requests.add(host + " " + path);
            String shop = shopOf(host);
            String resource = shop == null || path.contains("..") ? null : "/fixtures/" + shop + path;
            if (hotLinked(exchange, path)) {
                refused.add(host + " " + path);
                byte[] body = "Hot-linking is not allowed".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(403, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                return;
            }
            byte[] body = routes.get(host + exchange.getRequestURI().getRawPath());
            if (body == null) {
                body = catalogImage(path);
            }
            if (body == null && resource != null) {
                try (InputStream in = FixtureServer.class.getResourceAsStream(resource)) {
                    body = in == null ? null : in.readAllBytes();
                }
            }
            if (body == null) {
                body = "<!doctype html><title>Not found</title><h1>404</h1>".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
            } else {
                exchange.getResponseHeaders().set("Content-Type", contentType(path));
                exchange.sendResponseHeaders(200, body.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * ".../catalog-N.png" on any image host: the generated catalog's product N drawn as a shop's product photo
     * would show it (larger, and framed differently from the server's own listing image).
     */
    private static byte[] catalogImage(String path) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/catalog-(\\d{1,6})\\.png$").matcher(path);
        if (!m.find()) {
            return null;
        }
        com.alismart.server.catalog.Product p = new com.alismart.server.catalog.CatalogGenerator(
                com.alismart.server.catalog.CatalogLoader.SEED).product(Long.parseLong(m.group(1)));
        java.awt.image.BufferedImage drawn = com.alismart.server.catalog.ProductImages.render(p, 700);
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(760, 700,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 760, 700);
        g.drawImage(drawn, 30, 0, null);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "png", out);
        return out.toByteArray();
    }

    private static String shopOf(String host) {
        for (String[] entry : SHOPS) {
            if (host.contains(entry[0])) {
                return entry[1];
            }
        }
        return null;
    }

    private static String contentType(String path) {
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (path.endsWith("/B0CATALOG1") || !path.contains(".")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".js")) {
            return "text/javascript";
        }
        return "text/html; charset=utf-8";
    }

    /** A self-signed key pair made with the JDK's keytool; the browser runs with --ignore-certificate-errors. */
    private static SSLContext sslContext(Path workDir) throws Exception {
        Path keystore = workDir.resolve("fixtures.p12");
        char[] password = "fixtures".toCharArray();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "fixtures", "-keypass", "fixtures", "-alias", "fixtures",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "7", "-dname", "CN=alismart-fixtures",
                "-ext", "SAN=dns:localhost,dns:www.aliexpress.com")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /** The --host-resolver-rules value that sends every shop host here. */
    String hostResolverRules() {
        String target = "127.0.0.1:" + port();
        String[] domains = {"aliexpress.com", "aliexpress.us", "aliexpress.ru", "alibaba.com", "amazon.com",
            "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.es", "amazon.it", "amazon.ca", "amazon.co.jp",
            "amazon.in", "amazon.com.br", "amazon.com.mx", "amazon.com.au", "ebay.com", "ebay.co.uk", "ebay.de",
            "ebay.com.au", "ebay.ca", "shein.co.uk",
            "temu.com", "shein.com", "alicdn.com", "aliexpress-media.com", "media-amazon.com",
            "ssl-images-amazon.com", "ebayimg.com", "kwcdn.com", "ltwebstatic.com"};
        StringBuilder rules = new StringBuilder();
        for (String domain : domains) {
            if (rules.length() > 0) {
                rules.append(", ");
            }
            rules.append("MAP ").append(domain).append(' ').append(target)
                    .append(", MAP *.").append(domain).append(' ').append(target);
        }
        return rules.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
