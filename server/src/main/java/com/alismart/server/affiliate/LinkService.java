package com.alismart.server.affiliate;

import com.alismart.server.aliexpress.AliExpressClient;
import com.alismart.server.aliexpress.AliExpressException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns AliExpress product URLs into affiliate links, in the best way configuration allows:
 * <ol>
 * <li>{@code aliexpress.affiliate.link.generate} with the app key, secret and tracking id, its answers cached;</li>
 * <li>without the API (or while it fails), a deterministic tracking link made from the tracking id alone;</li>
 * <li>with no tracking id, honestly none: the clean product URL, {@code affiliate: false}.</li>
 * </ol>
 * The URLs are neither logged nor stored; the cache holds the clean product URL and its link, in memory.
 */
public final class LinkService {
    public static final int MAX_URLS = 50;
    /** link.generate takes a comma-separated list; smaller calls keep one slow answer from holding many links. */
    static final int PER_CALL = 20;
    static final String TRACKING_LINK = "https://s.click.aliexpress.com/deep_link.htm";
    private static final Pattern TRACKING_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(LinkService.class);

    private final AliExpressClient api;
    private final String trackingId;
    private final Cache<String, String> cache;

    /** {@code api} may be null; {@code trackingId} may be null (then no link is an affiliate link). */
    public LinkService(AliExpressClient api, String trackingId) {
        if (trackingId != null && !TRACKING_ID.matcher(trackingId).matches()) {
            throw new IllegalArgumentException("ALIEXPRESS_TRACKING_ID must be 1-64 letters, digits or _.-");
        }
        this.api = trackingId == null ? null : api;
        this.trackingId = trackingId;
        this.cache = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(24)).build();
    }

    /** Whether links from here earn a commission at all. */
    public boolean affiliate() {
        return trackingId != null;
    }

    /**
     * One result per URL, in order: a link ({@code via} "api", "tracking_id" or "none") or a refusal.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String url, String productId, String cleanUrl, String link, Boolean affiliate, String via,
            Refusal error) {
    }

    public record Refusal(String code, String message) {
    }

    public List<Result> links(List<String> urls) {
        List<ProductUrls.Parsed> parsed = urls.stream().map(ProductUrls::parse).toList();
        Map<String, String> generated = api == null ? Map.of() : generate(parsed);
        List<Result> out = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            ProductUrls.Parsed p = parsed.get(i);
            if (p.product() == null) {
                out.add(new Result(urls.get(i), null, null, null, null, null, new Refusal(p.code(), p.message())));
                continue;
            }
            String clean = p.product().cleanUrl();
            String link = generated.get(clean);
            if (link != null) {
                out.add(new Result(urls.get(i), p.product().id(), clean, link, true, "api", null));
            } else if (trackingId != null) {
                out.add(new Result(urls.get(i), p.product().id(), clean, trackingLink(clean), true, "tracking_id",
                        null));
            } else {
                out.add(new Result(urls.get(i), p.product().id(), clean, clean, false, "none", null));
            }
        }
        return out;
    }

    /** A link the affiliate redirector resolves to the product, attributed to our tracking id. */
    String trackingLink(String cleanUrl) {
        return TRACKING_LINK + "?aff_short_key=" + URLEncoder.encode(trackingId, StandardCharsets.UTF_8)
                + "&dl_target_url=" + URLEncoder.encode(cleanUrl, StandardCharsets.UTF_8);
    }

    /** Clean URL → promotion link, from the cache and then the API; what fails is simply absent. */
    private Map<String, String> generate(List<ProductUrls.Parsed> parsed) {
        Map<String, String> links = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (ProductUrls.Parsed p : parsed) {
            if (p.product() == null) {
                continue;
            }
            String cached = cache.getIfPresent(p.product().cleanUrl());
            if (cached != null) {
                links.put(p.product().cleanUrl(), cached);
            } else {
                missing.add(p.product().cleanUrl());
            }
        }
        List<String> todo = new ArrayList<>(missing);
        for (int from = 0; from < todo.size(); from += PER_CALL) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + PER_CALL));
            try {
                JsonNode result = api.call("aliexpress.affiliate.link.generate", Map.of(
                        "promotion_link_type", "0",
                        "source_values", String.join(",", chunk),
                        "tracking_id", trackingId));
                for (JsonNode l : list(result.path("promotion_links"), "promotion_link")) {
                    String source = l.path("source_value").asText("");
                    String link = l.path("promotion_link").asText("");
                    if (chunk.contains(source) && link.startsWith("https://")) {
                        cache.put(source, link);
                        links.put(source, link);
                    }
                }
            } catch (AliExpressException e) {
                // The kind and code only: the message names nothing the shopper sent, but stay terse anyway.
                LOG.warn("affiliate: link.generate failed ({} {}); using tracking links", e.kind(), e.code());
                break;
            }
        }
        return links;
    }

    /** The platform wraps lists: {@code {"promotion_link": [...]}}; a single element may come unwrapped. */
    static List<JsonNode> list(JsonNode wrapper, String field) {
        JsonNode inner = wrapper.path(field);
        List<JsonNode> out = new ArrayList<>();
        if (inner.isArray()) {
            inner.forEach(out::add);
        } else if (inner.isObject()) {
            out.add(inner);
        } else if (wrapper.isArray()) {
            wrapper.forEach(out::add);
        }
        return out;
    }
}
