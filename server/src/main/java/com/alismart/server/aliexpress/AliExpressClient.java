package com.alismart.server.aliexpress;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A client of the AliExpress Open Platform's {@code /sync} gateway, for any {@code aliexpress.affiliate.*} method:
 * signs the call, posts it as a form, unwraps the {@code <method>_response.resp_result} envelope and turns every
 * failure into an {@link AliExpressException}, with an optional cache of results ({@link #cachedCall}). Knows no
 * method's business parameters, so product search, product details, link generation and promo codes share it.
 *
 * <p>The secret and the signed request never reach a log or an exception message.
 */
public final class AliExpressClient {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration CACHE_FOR = Duration.ofHours(1);
    static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
    /** {@code error_response} codes that mean "slow down" rather than "wrong". */
    private static final Set<String> THROTTLING = Set.of("7", "15");
    private static final Set<String> SYSTEM = Set.of("app_key", "method", "timestamp", "sign_method", "format", "v",
            "sign", "simplify");

    private final URI gateway;
    private final String appKey;
    private final String appSecret;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;
    private final Cache<String, JsonNode> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(CACHE_FOR).build();

    public AliExpressClient(URI gateway, String appKey, String appSecret, Clock clock, Duration timeout) {
        if (appKey == null || appSecret == null) {
            throw new IllegalArgumentException("the Open Platform needs an app key and an app secret");
        }
        this.gateway = gateway;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * As {@link #call}, answered from memory when the same method was called with the same parameters within
     * {@link #CACHE_FOR}: product details and searches change slowly, and the platform's call limit is low. Only
     * results are kept, never failures; in memory only.
     */
    public JsonNode cachedCall(String method, Map<String, String> params) {
        String key = method + '\n' + new java.util.TreeMap<>(params);
        JsonNode cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        JsonNode result = call(method, params);
        cache.put(key, result);
        return result;
    }

    /**
     * Calls {@code method} with its business {@code params} and returns {@code resp_result.result}, or a missing
     * node when the platform has no result ({@code resp_code} 405).
     */
    public JsonNode call(String method, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (SYSTEM.contains(p.getKey())) {
                throw new IllegalArgumentException("business parameters cannot set " + p.getKey());
            }
            if (p.getValue() != null) {
                all.put(p.getKey(), p.getValue());
            }
        }
        all.put("app_key", appKey);
        all.put("method", method);
        all.put("timestamp", Long.toString(clock.millis()));
        all.put("sign_method", "sha256");
        all.put("format", "json");
        all.put("sign", Signer.sign(appSecret, null, all));
        HttpRequest request = HttpRequest.newBuilder(gateway)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                .build();
        byte[] body = send(method, request);
        return unwrap(method, body);
    }

    private byte[] send(String method, HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new AliExpressException(AliExpressException.Kind.UNAVAILABLE,
                            String.valueOf(response.statusCode()), method + ": the gateway answered HTTP "
                            + response.statusCode());
                }
                byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw new AliExpressException(AliExpressException.Kind.MALFORMED, null,
                            method + ": the answer is larger than " + MAX_RESPONSE_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw new AliExpressException(AliExpressException.Kind.UNAVAILABLE, null,
                    method + ": no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new AliExpressException(AliExpressException.Kind.UNAVAILABLE, null,
                    method + ": the gateway could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AliExpressException(AliExpressException.Kind.UNAVAILABLE, null, method + ": interrupted");
        }
    }

    static JsonNode unwrap(String method, byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AliExpressException(AliExpressException.Kind.MALFORMED, null,
                    method + ": the answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new AliExpressException(AliExpressException.Kind.MALFORMED, null,
                    method + ": the answer is not a JSON object");
        }
        JsonNode error = root.get("error_response");
        if (error != null) {
            String code = error.path("code").asText("");
            String sub = error.path("sub_code").asText("");
            boolean throttled = THROTTLING.contains(code);
            // Codes only: the platform's message may quote a parameter, such as a shopper's URL.
            throw new AliExpressException(throttled ? AliExpressException.Kind.THROTTLED
                    : AliExpressException.Kind.REFUSED, code, method + ": refused with code " + code
                    + (sub.isEmpty() ? "" : " (" + token(sub) + ")"));
        }
        JsonNode response = root.get(method.replace('.', '_') + "_response");
        if (response == null || !response.isObject()) {
            throw new AliExpressException(AliExpressException.Kind.MALFORMED, null,
                    method + ": the answer has no " + method.replace('.', '_') + "_response");
        }
        JsonNode result = response.get("resp_result");
        if (result != null && result.isTextual()) {
            // Some methods send resp_result as a JSON string inside the JSON.
            try {
                result = Json.MAPPER.readTree(result.asText());
            } catch (IOException e) {
                result = null;
            }
        }
        if (result == null || !result.isObject() || !result.path("resp_code").canConvertToInt()) {
            throw new AliExpressException(AliExpressException.Kind.MALFORMED, null,
                    method + ": the answer has no resp_result with a resp_code");
        }
        int code = result.path("resp_code").asInt();
        if (code == 405) {
            return MissingNode.getInstance();
        }
        if (code != 200) {
            throw new AliExpressException(AliExpressException.Kind.FAILED, String.valueOf(code),
                    method + ": resp_code " + code);
        }
        return result.path("result");
    }

    /** A sub-code such as {@code isv.invalid-parameter}, kept only when it looks like one. */
    private static String token(String s) {
        return s.length() <= 60 && s.matches("[A-Za-z0-9._-]+") ? s : "?";
    }

    private static String form(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
