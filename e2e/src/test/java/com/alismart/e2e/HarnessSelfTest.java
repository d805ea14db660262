package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The harness's own checks must be able to fail: an error thrown in the worker is heard, and a request that carries
 * the aeu_cid cookie's value is caught by the recording proxy, and the cookie is really set on the shop host.
 */
class HarnessSelfTest {
    @Test
    void a_request_carrying_the_cookie_value_is_caught_and_the_cookie_is_set() throws Exception {
        try (ExtensionBrowser browser = new ExtensionBrowser()) {
            try (RecordingProxy probe = new RecordingProxy(browser.server.port())) {
                var client = java.net.http.HttpClient.newHttpClient();
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + probe.port() + "/api/v1/health")).header("X-Probe", ExtensionBrowser.FOREIGN_AEU_CID)
                        .GET().build();
                var answer = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"status\"");
                assertThat(ExtensionBrowser.cookieLeak(probe.requests())).startsWith("GET /api/v1/health");
            }
            browser.driver.get("https://www.aliexpress.com/item/1005006789012345.html");
            var cookies = browser.cdp.send("Storage.getCookies", Map.of()).get("cookies");
            assertThat(cookies.findValuesAsText("value")).contains(ExtensionBrowser.FOREIGN_AEU_CID);
            assertThat(browser.js("return document.cookie;").toString()).contains(ExtensionBrowser.FOREIGN_AEU_CID);
        }
    }

    @Test
    void an_error_thrown_in_the_worker_is_reported() throws Exception {
        try (ExtensionBrowser browser = new ExtensionBrowser()) {
            String worker = browser.attachToWorker();
            String session = browser.workerSessions.get(0);
            assertThat(worker).isNotEmpty();
            assertThat(browser.workerErrors()).isEmpty();
            browser.cdp.send(session, "Runtime.evaluate", Map.of(
                    "expression", "setTimeout(() => { throw new Error('harness probe'); }, 0); 1"));
            browser.cdp.waitFor(Duration.ofSeconds(5), () -> !browser.cdp.errors(List.of(session)).isEmpty());
            assertThat(browser.workerErrors()).anyMatch(e -> e.contains("harness probe"));
        }
    }
}
