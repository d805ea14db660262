package com.alismart.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real server on a free port, and a client for it. */
public final class TestServer implements AutoCloseable {
    private final App app;
    private final HttpClient client = HttpClient.newHttpClient();

    /** Started with the small test catalog indexed and ready. */
    public TestServer(Path dataDir) {
        this(Config.forTests(dataDir));
    }

    /** Started with this configuration, the catalog indexed and the coupons checked. */
    public TestServer(Config config) {
        app = App.start(config);
        try {
            if (!app.awaitCatalog(java.time.Duration.ofSeconds(60))) {
                throw new IllegalStateException("the test catalog did not load");
            }
            if (!app.awaitCoupons(java.time.Duration.ofSeconds(30))) {
                throw new IllegalStateException("the coupons were not checked");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    public App app() {
        return app;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Writes raw bytes on a new connection and returns everything the server answers. */
    public String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
