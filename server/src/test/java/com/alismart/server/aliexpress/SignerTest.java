package com.alismart.server.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's published signing examples, pinned. */
class SignerTest {
    @Test
    void signs_a_sync_method_call() {
        // string to sign: app_key12345678methodaliexpress.affiliate.category.getsign_methodsha256timestamp1517820392000
        // HMAC-SHA256 with "helloworld", computed independently (openssl dgst -sha256 -hmac helloworld)
        Map<String, String> params = new LinkedHashMap<>();
        params.put("timestamp", "1517820392000");
        params.put("method", "aliexpress.affiliate.category.get");
        params.put("sign_method", "sha256");
        params.put("app_key", "12345678");
        assertThat(Signer.sign("helloworld", null, params))
                .isEqualTo("F3ABBAB059750C3CD6D341A2FDA939ECB0FA892120E9196270ED67D6EC1511DD");
        params.put("sign", "ignored: never part of what is signed");
        assertThat(Signer.sign("helloworld", null, params))
                .isEqualTo("F3ABBAB059750C3CD6D341A2FDA939ECB0FA892120E9196270ED67D6EC1511DD");
    }

    @Test
    void signs_a_rest_path_call_with_the_path_first() {
        Map<String, String> params = Map.of("access_token", "test", "app_key", "123456", "order_id", "1234",
                "sign_method", "sha256", "timestamp", "1517820392000");
        assertThat(Signer.sign("helloworld", "/order/get", params))
                .isEqualTo("4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A");
    }

    @Test
    void values_are_signed_raw_not_url_encoded() {
        Map<String, String> raw = Map.of("source_values", "https://www.aliexpress.com/item/1005006789012345.html");
        Map<String, String> encoded = Map.of("source_values",
                "https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006789012345.html");
        assertThat(Signer.sign("k", null, raw)).isNotEqualTo(Signer.sign("k", null, encoded));
    }
}
