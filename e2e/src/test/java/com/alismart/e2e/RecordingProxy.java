package com.alismart.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Stands between the extension and the AliSmart server and keeps every request whole (request line, headers and
 * body), so a test can prove what never reached the server: the aeu_cid cookie's value, page URLs of other sites.
 * The extension is pointed at this proxy; it forwards each request to the real server and its answer back.
 */
final class RecordingProxy implements AutoCloseable {
    /** Headers Java's HttpClient sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int targetPort;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** While true the server seems gone: every request is recorded and answered 502, as a dead upstream is. */
    private volatile boolean down;

    RecordingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Makes the server seem unreachable (or reachable again) to the extension. */
    void setDown(boolean down) {
        this.down = down;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every request so far, each as one text: "METHOD uri", then "name: value" lines, a blank line and the body. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            StringBuilder record = new StringBuilder(exchange.getRequestMethod()).append(' ')
                    .append(exchange.getRequestURI()).append('\n');
            exchange.getRequestHeaders().forEach((name, values) ->
                    values.forEach(v -> record.append(name).append(": ").append(v).append('\n')));
            // ISO-8859-1 keeps every byte as one char, so a marker is found whatever the body's encoding.
            record.append('\n').append(new String(body, StandardCharsets.ISO_8859_1));
            requests.add(record.toString());
            if (down) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }

            HttpRequest.Builder forward = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + targetPort + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    h.getValue().forEach(v -> forward.header(h.getKey(), v));
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            byte[] out = answer.body();
            boolean empty = out.length == 0 || answer.statusCode() == 304 || answer.statusCode() == 204;
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : out.length);
            if (!empty) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
