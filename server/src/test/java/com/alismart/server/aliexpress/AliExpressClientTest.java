package com.alismart.server.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a local server that speaks the Open Platform's protocol. */
class AliExpressClientTest {
    private static final String METHOD = "aliexpress.affiliate.productdetail.get";
    private FakeOpenPlatform platform;
    private AliExpressClient client;

    @BeforeEach
    void start() throws Exception {
        platform = new FakeOpenPlatform();
        client = platform.client(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void signs_the_call_and_unwraps_the_envelope() {
        platform.on(METHOD, p -> FakeOpenPlatform.ok(METHOD, "{\"current_record_count\": 1, \"products\":"
                + " {\"product\": [{\"product_id\": 1005006789012345, \"product_title\": \"Casque "
                + p.get("target_language") + "\"}]}}"));
        long before = System.currentTimeMillis();
        JsonNode result = client.call(METHOD, Map.of("product_ids", "1005006789012345,32812345678",
                "target_language", "FR", "fields", "product_id,product_title"));
        assertThat(result.path("products").path("product").get(0).path("product_title").asText())
                .isEqualTo("Casque FR");
        Map<String, String> seen = platform.calls().get(0);
        assertThat(seen).containsEntry("app_key", FakeOpenPlatform.APP_KEY).containsEntry("method", METHOD)
                .containsEntry("sign_method", "sha256").containsEntry("format", "json")
                .containsEntry("product_ids", "1005006789012345,32812345678").containsKey("sign")
                .doesNotContainValue(FakeOpenPlatform.APP_SECRET);
        assertThat(Long.parseLong(seen.get("timestamp"))).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void a_wrong_secret_is_refused_by_the_platform() {
        platform.on(METHOD, p -> FakeOpenPlatform.ok(METHOD, "{}"));
        AliExpressClient wrong = new AliExpressClient(platform.gateway(), FakeOpenPlatform.APP_KEY, "not-the-secret",
                Clock.systemUTC(), Duration.ofSeconds(2));
        AliExpressException e = catchThrowableOfType(AliExpressException.class,
                () -> wrong.call(METHOD, Map.of("product_ids", "1")));
        assertThat(e.kind()).isEqualTo(AliExpressException.Kind.REFUSED);
        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.getMessage()).doesNotContain("not-the-secret").doesNotContain("sign=");
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void throttling_is_its_own_kind() {
        platform.on(METHOD, p -> FakeOpenPlatform.throttled());
        AliExpressException e = catchThrowableOfType(AliExpressException.class,
                () -> client.call(METHOD, Map.of("product_ids", "1")));
        assertThat(e.kind()).isEqualTo(AliExpressException.Kind.THROTTLED);
        assertThat(e.code()).isEqualTo("15");
    }

    @Test
    void resp_code_405_is_an_empty_result() {
        platform.on(METHOD, p -> FakeOpenPlatform.empty(METHOD));
        JsonNode result = client.call(METHOD, Map.of("product_ids", "1"));
        assertThat(result.isMissingNode()).isTrue();
        assertThat(result.path("products").path("product").isMissingNode()).isTrue();
    }

    @Test
    void other_resp_codes_fail_with_the_code() {
        platform.on(METHOD, p -> FakeOpenPlatform.respCode(METHOD, 402, "TrackingId input parameter error"));
        AliExpressException e = catchThrowableOfType(AliExpressException.class,
                () -> client.call(METHOD, Map.of("product_ids", "1")));
        assertThat(e.kind()).isEqualTo(AliExpressException.Kind.FAILED);
        assertThat(e.code()).isEqualTo("402");
    }

    @Test
    void resp_result_sent_as_a_string_is_read_too() {
        platform.on(METHOD, p -> "{\"" + METHOD.replace('.', '_') + "_response\": {\"resp_result\":"
                + " \"{\\\"resp_code\\\": 200, \\\"result\\\": {\\\"total\\\": 3}}\"}}");
        assertThat(client.call(METHOD, Map.of()).path("total").asInt()).isEqualTo(3);
    }

    @Test
    void answers_that_are_not_the_envelope_are_malformed() {
        for (String body : new String[] {"not json", "[]", "{\"other_response\": {}}",
            "{\"" + METHOD.replace('.', '_') + "_response\": {\"resp_result\": {\"resp_msg\": \"no code\"}}}"}) {
            platform.on(METHOD, p -> body);
            assertThat(catchThrowableOfType(AliExpressException.class, () -> client.call(METHOD, Map.of())).kind())
                    .as(body).isEqualTo(AliExpressException.Kind.MALFORMED);
        }
    }

    @Test
    void http_failures_and_slowness_are_unavailable() {
        platform.on(METHOD, p -> FakeOpenPlatform.ok(METHOD, "{}"));
        platform.httpStatus(502);
        assertThat(catchThrowableOfType(AliExpressException.class, () -> client.call(METHOD, Map.of())).kind())
                .isEqualTo(AliExpressException.Kind.UNAVAILABLE);
        platform.httpStatus(200);
        platform.delay(Duration.ofSeconds(3));
        AliExpressClient impatient = platform.client(Duration.ofMillis(300));
        long started = System.nanoTime();
        AliExpressException e = catchThrowableOfType(AliExpressException.class,
                () -> impatient.call(METHOD, Map.of()));
        assertThat(e.kind()).isEqualTo(AliExpressException.Kind.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        AliExpressClient nowhere = new AliExpressClient(URI.create("http://127.0.0.1:9/sync"), "k", "s",
                Clock.systemUTC(), Duration.ofMillis(500));
        assertThat(catchThrowableOfType(AliExpressException.class, () -> nowhere.call(METHOD, Map.of())).kind())
                .isEqualTo(AliExpressException.Kind.UNAVAILABLE);
    }

    @Test
    void cached_calls_ask_the_platform_once_and_never_keep_failures() {
        java.util.concurrent.atomic.AtomicBoolean fail = new java.util.concurrent.atomic.AtomicBoolean(true);
        platform.on(METHOD, p -> fail.get() ? FakeOpenPlatform.throttled()
                : FakeOpenPlatform.ok(METHOD, "{\"ids\": \"" + p.get("product_ids") + "\"}"));
        Map<String, String> params = Map.of("product_ids", "1005006789012345", "target_currency", "EUR");
        assertThatThrownBy(() -> client.cachedCall(METHOD, params)).isInstanceOf(AliExpressException.class);
        fail.set(false);
        assertThat(client.cachedCall(METHOD, params).path("ids").asText()).isEqualTo("1005006789012345");
        assertThat(client.cachedCall(METHOD, Map.of("target_currency", "EUR", "product_ids", "1005006789012345"))
                .path("ids").asText()).isEqualTo("1005006789012345");
        assertThat(platform.calls()).hasSize(2);
        client.cachedCall(METHOD, Map.of("product_ids", "32812345678", "target_currency", "EUR"));
        assertThat(platform.calls()).hasSize(3);
    }

    @Test
    void business_parameters_cannot_override_system_ones() {
        assertThatThrownBy(() -> client.call(METHOD, Map.of("app_key", "other")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.call(METHOD, Map.of("sign", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
