package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's own checks must be able to fail: an error thrown in the worker is heard. */
class HarnessSelfTest {
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
