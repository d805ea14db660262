package com.alismart.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM interpreter against a local server that speaks the chat completions protocol. */
class LlmInterpreterTest {
    private static final Interpretation FALLBACK = new Interpretation(List.of("fallback"), null, List.of(), List.of(),
            null, List.of(), null, null, "USD", null, false, "relevance", List.of());

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** What the fake model answers: a message content, or "HTTP 500", or "SLOW". */
    private final AtomicReference<String> answer = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                requests.add(Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes()));
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                String a = answer.get();
                if (a.equals("SLOW")) {
                    Thread.sleep(4000);
                }
                if (a.equals("HTTP 500")) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.put("id", "chatcmpl-1").put("object", "chat.completion");
                body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                        .putObject("message").put("role", "assistant").put("content", a);
                byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LlmInterpreter interpreter() {
        return new LlmInterpreter(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/v1/chat/completions"), "test-key", "small-model", (q, l, c) -> FALLBACK, Rates.embedded(),
                Clock.systemUTC());
    }

    @Test
    void uses_a_valid_answer_and_speaks_the_protocol() {
        answer.set("""
                {"keywords": ["hiking", "boots"], "category": "shoes", "colors": ["red"], "materials": [],
                 "gender": "women", "sizes": [], "priceMin": null, "priceMax": 40, "currency": "USD",
                 "minRating": null, "freeShipping": false, "sort": "relevance", "excluded": []}
                """);
        Interpretation in = interpreter().interpret("red hiking boots for women under 40 dollars", "en", "USD");
        assertThat(in.category()).isEqualTo("shoes");
        assertThat(in.colors()).containsExactly("red");
        assertThat(in.priceMax()).isEqualTo(40.0);
        JsonNode request = requests.get(0);
        assertThat(request.get("model").asText()).isEqualTo("small-model");
        assertThat(request.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(request.get("messages").get(1).get("content").asText()).contains("red hiking boots");
        assertThat(authorizations).containsExactly("Bearer test-key");
    }

    @Test
    void falls_back_on_invalid_output() {
        for (String bad : List.of("not json", "[]", "{\"category\": \"spaceships\"}", "{\"colors\": [\"octarine\"]}",
                "{\"sort\": \"random\"}", "{\"priceMin\": 50, \"priceMax\": 10}", "{\"currency\": \"XXX\"}",
                "{\"minRating\": 9}", "{\"keywords\": \"boots\"}")) {
            answer.set(bad);
            assertThat(interpreter().interpret("boots", "en", "USD")).as(bad).isEqualTo(FALLBACK);
        }
    }

    @Test
    void falls_back_on_server_errors() {
        answer.set("HTTP 500");
        assertThat(interpreter().interpret("boots", "en", "USD")).isEqualTo(FALLBACK);
    }

    @Test
    void falls_back_after_the_timeout_and_then_leaves_the_llm_alone() {
        answer.set("SLOW");
        LlmInterpreter interpreter = interpreter();
        long start = System.nanoTime();
        assertThat(interpreter.interpret("boots", "en", "USD")).isEqualTo(FALLBACK);
        // Answered by the fallback at the 1.5 s timeout, not after the model's 4 s.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(3.5);
        int asked = requests.size();
        assertThat(interpreter.interpret("sandals", "en", "USD")).isEqualTo(FALLBACK);
        assertThat(requests).hasSize(asked);
    }

    @Test
    void falls_back_when_nothing_listens() {
        server.stop(0);
        assertThat(interpreter().interpret("boots", "en", "USD")).isEqualTo(FALLBACK);
    }
}
