package com.alismart.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.server.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promise 4: analytics carry only allow-listed, anonymous fields; anything else refuses the batch. */
class EventsApiTest {
    private static final String CLIENT = "6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4";
    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return server.post("/api/v1/events", "application/json", json);
    }

    @Test
    void accepts_an_anonymous_batch() throws Exception {
        HttpResponse<String> r = post("""
                {"clientId": "%s",
                 "userProperties": {"browser": "chrome", "os": "linux", "language": "pt-BR",
                                    "timezone": "America/Sao_Paulo", "country": "BR", "extension_version": "0.1.0"},
                 "events": [{"name": "popup_opened", "params": {"tab": "search", "engagement_time_msec": 120}},
                            {"name": "search", "params": {"result_count": 20, "session_id": 1733300000}}]}
                """.formatted(CLIENT));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(r.body()).isEqualTo("{\"accepted\":2}");
    }

    @Test
    void refuses_fields_outside_the_allow_list() throws Exception {
        String[] batches = {
            // a query, an e-mail, a URL or a cookie value have no field to travel in
            "{\"clientId\": \"%s\", \"events\": [{\"name\": \"search\", \"params\": {\"query\": \"red boots\"}}]}",
            "{\"clientId\": \"%s\", \"email\": \"a@b.example\", \"events\": [{\"name\": \"popup_opened\"}]}",
            "{\"clientId\": \"%s\", \"userProperties\": {\"url\": \"x\"}, \"events\": [{\"name\": \"popup_opened\"}]}",
            "{\"clientId\": \"%s\", \"events\": [{\"name\": \"popup_opened\", \"aeu_cid\": \"abc\"}]}",
        };
        for (String batch : batches) {
            HttpResponse<String> r = post(batch.formatted(CLIENT));
            assertThat(r.statusCode()).as(batch).isEqualTo(400);
            assertThat(r.body()).contains("\"code\":\"unknown_field\"");
        }
    }

    @Test
    void refuses_values_that_could_carry_personal_data() throws Exception {
        HttpResponse<String> r = post(("{\"clientId\": \"%s\", \"events\": [{\"name\": \"panel_shown\","
                + " \"params\": {\"shop\": \"https://www.amazon.com/dp/B08N5WRWNW?ref=me\"}}]}").formatted(CLIENT));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"code\":\"bad_param\"");
    }

    @Test
    void refuses_unknown_events_bad_ids_and_oversize_batches() throws Exception {
        assertThat(post("{\"clientId\": \"%s\", \"events\": [{\"name\": \"page_view\"}]}".formatted(CLIENT))
                .body()).contains("unknown_event");
        assertThat(post("{\"clientId\": \"user@example.com\", \"events\": [{\"name\": \"popup_opened\"}]}")
                .body()).contains("bad_client_id");
        String many = "{\"name\": \"popup_opened\"},".repeat(EventIntake.MAX_EVENTS + 1);
        assertThat(post("{\"clientId\": \"%s\", \"events\": [%s]}".formatted(CLIENT,
                many.substring(0, many.length() - 1))).body()).contains("bad_events");
        assertThat(post("[]").body()).contains("bad_batch");
    }

    @Test
    void counts_what_it_accepts() {
        EventIntake intake = new EventIntake();
        intake.accept(com.alismart.server.http.Json.MAPPER.valueToTree(java.util.Map.of("clientId", CLIENT,
                "events", java.util.List.of(java.util.Map.of("name", "coupon_copied")))));
        assertThat(intake.count("coupon_copied")).isEqualTo(1);
        assertThat(intake.count("search")).isZero();
    }
}
