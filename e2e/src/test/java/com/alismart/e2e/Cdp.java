package com.alismart.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Chrome DevTools Protocol client on the browser's own endpoint (flat sessions), for what WebDriver cannot
 * do: find and stop the extension's service worker, and hear every exception and console error it reports.
 */
final class Cdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Cdp(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to the browser at {@code debuggerAddress} ("host:port", as ChromeDriver reports it). */
    static Cdp connect(String debuggerAddress) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String version = http.send(HttpRequest.newBuilder(URI.create("http://" + debuggerAddress + "/json/version"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String ws = JSON.readTree(version).get("webSocketDebuggerUrl").asText();
        StringBuilder partial = new StringBuilder();
        Cdp[] self = new Cdp[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    self[0].receive(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new Cdp(socket);
        return self[0];
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
                if (future != null) {
                    future.complete(message);
                }
            } else {
                events.add(message);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a command (to the browser, or to {@code sessionId} when not null) and waits for its result. */
    JsonNode send(String sessionId, String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            command.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        socket.sendText(JSON.writeValueAsString(command), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = future.get(20, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
        return send(null, method, params);
    }

    /** The target id of the extension's service worker, or null while it is not running. */
    String serviceWorkerTarget(String extensionId) throws Exception {
        for (JsonNode target : send("Target.getTargets", Map.of()).get("targetInfos")) {
            if (target.get("type").asText().equals("service_worker")
                    && target.get("url").asText().startsWith("chrome-extension://" + extensionId + "/")) {
                return target.get("targetId").asText();
            }
        }
        return null;
    }

    /** Attaches to a target and turns on the domains that report errors; returns the session id. */
    String attachAndListen(String targetId) throws Exception {
        String session = send("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId").asText();
        send(session, "Runtime.enable", Map.of());
        send(session, "Log.enable", Map.of());
        return session;
    }

    /** Every exception, console error and error log entry reported so far by the given sessions. */
    List<String> errors(List<String> sessions) {
        return events.stream()
                .filter(e -> e.has("sessionId") && sessions.contains(e.get("sessionId").asText()))
                .filter(e -> {
                    String method = e.get("method").asText();
                    JsonNode p = e.get("params");
                    return method.equals("Runtime.exceptionThrown")
                            || (method.equals("Runtime.consoleAPICalled") && p.get("type").asText().equals("error"))
                            || (method.equals("Log.entryAdded")
                                && p.get("entry").get("level").asText().equals("error"));
                })
                .map(JsonNode::toString)
                .toList();
    }

    /** The events named {@code method} that {@code sessionId} has reported so far. */
    List<JsonNode> events(String sessionId, String method) {
        return events.stream()
                .filter(e -> e.has("sessionId") && e.get("sessionId").asText().equals(sessionId))
                .filter(e -> e.get("method").asText().equals(method))
                .toList();
    }

    void waitFor(Duration timeout, Check check) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    interface Check {
        boolean done() throws Exception;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
