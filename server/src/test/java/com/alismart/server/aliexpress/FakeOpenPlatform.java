package com.alismart.server.aliexpress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the Open Platform's {@code /sync} gateway that speaks its protocol: form-encoded POSTs with
 * the system parameters, a {@code sha256} signature it checks itself (its own implementation, not {@link Signer}),
 * a timestamp within 15 minutes, and answers in the platform's envelopes. Tests register a handler per method.
 */
public final class FakeOpenPlatform implements AutoCloseable {
    public static final String APP_KEY = "34567890";
    public static final String APP_SECRET = "fake-secret-0123456789abcdef";

    private final HttpServer server;
    private final Map<String, Function<Map<String, String>, String>> methods = new ConcurrentHashMap<>();
    private final List<Map<String, String>> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration delay = Duration.ZERO;
    private volatile int httpStatus = 200;

    public FakeOpenPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sync", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI gateway() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sync");
    }

    public AliExpressClient client(Duration timeout) {
        return new AliExpressClient(gateway(), APP_KEY, APP_SECRET, java.time.Clock.systemUTC(), timeout);
    }

    public void on(String method, Function<Map<String, String>, String> handler) {
        methods.put(method, handler);
    }

    public void delay(Duration value) {
        delay = value;
    }

    public void httpStatus(int value) {
        httpStatus = value;
    }

    /** The parameters of every call that reached a handler, in order. */
    public List<Map<String, String>> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** {@code {"<method>_response": {"resp_result": {"resp_code": 200, "result": …}, "request_id": …}}}. */
    public static String ok(String method, String resultJson) {
        return "{\"" + method.replace('.', '_') + "_response\": {\"resp_result\": {\"resp_code\": 200,"
                + " \"resp_msg\": \"success\", \"result\": " + resultJson + "}, \"request_id\": \"2107f1b9\"}}";
    }

    public static String respCode(String method, int code, String message) {
        return "{\"" + method.replace('.', '_') + "_response\": {\"resp_result\": {\"resp_code\": " + code
                + ", \"resp_msg\": \"" + message + "\"}, \"request_id\": \"2107f1ba\"}}";
    }

    /** What the platform answers when there is nothing: resp_code 405. */
    public static String empty(String method) {
        return respCode(method, 405, "No result");
    }

    public static String error(String code, String message, String subCode) {
        return "{\"error_response\": {\"type\": \"ISV\", \"code\": \"" + code + "\", \"msg\": \"" + message + "\","
                + " \"sub_code\": \"" + subCode + "\", \"request_id\": \"2107f1bb\"}}";
    }

    /** The throttling answer, code 15. */
    public static String throttled() {
        return error("15", "App call limited", "isv.appcall-limited");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            if (httpStatus != 200) {
                reply(ex, httpStatus, "<html>Bad Gateway</html>");
                return;
            }
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (!"POST".equals(ex.getRequestMethod()) || type == null
                    || !type.startsWith("application/x-www-form-urlencoded")) {
                reply(ex, 200, error("MissingParameter", "The input parameter is missing", "isv.missing"));
                return;
            }
            Map<String, String> params = new TreeMap<>();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            if (!APP_KEY.equals(params.get("app_key"))) {
                reply(ex, 200, error("InvalidAppKey", "Specified app key is invalid", "isv.invalid-app-key"));
                return;
            }
            long timestamp = Long.parseLong(params.getOrDefault("timestamp", "0"));
            if (Math.abs(System.currentTimeMillis() - timestamp) > Duration.ofMinutes(15).toMillis()
                    || !"sha256".equals(params.get("sign_method"))) {
                reply(ex, 200, error("InvalidTimestamp", "Timestamp or sign method is invalid", "isv.invalid"));
                return;
            }
            if (!expectedSign(params).equals(params.get("sign"))) {
                reply(ex, 200, error("IncompleteSignature", "The request signature does not conform to platform"
                        + " standards", "isv.incomplete-signature"));
                return;
            }
            Function<Map<String, String>, String> handler = methods.get(params.get("method"));
            if (handler == null) {
                reply(ex, 200, error("InvalidApiPath", "Specified api is not found", "isv.invalid-api"));
                return;
            }
            calls.add(Map.copyOf(params));
            reply(ex, 200, handler.apply(params));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Written from the platform's rule, independently of {@link Signer}. */
    private static String expectedSign(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign")) {
                s.append(k).append(v);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
