package com.alismart.server.aliexpress;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Open Platform's {@code sha256} request signature: every parameter but {@code sign}, sorted by name (ASCII),
 * written as name then raw value with nothing between, prefixed by the API path for {@code /rest/…} system APIs
 * (nothing for {@code /sync} method names); HMAC-SHA256 keyed with the app secret, in upper-case hex.
 */
public final class Signer {
    private Signer() {
    }

    /** {@code apiPath}: e.g. {@code /auth/token/create} for a system API, null for a {@code /sync} method. */
    public static String sign(String appSecret, String apiPath, Map<String, String> params) {
        StringBuilder text = new StringBuilder(apiPath == null ? "" : apiPath);
        for (Map.Entry<String, String> p : new TreeMap<>(params).entrySet()) {
            if (!"sign".equals(p.getKey()) && p.getValue() != null) {
                text.append(p.getKey()).append(p.getValue());
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
