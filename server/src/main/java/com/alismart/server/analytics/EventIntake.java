package com.alismart.server.analytics;

import com.alismart.server.http.BadInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Anonymous analytics intake. A batch carries a random client id, a few coarse properties of the browser and
 * feature events, and nothing else: every field is on an allow-list, and a batch with any other field is refused
 * whole (promise 4). Accepted events are counted; forwarding to GA4 comes with its configuration.
 */
public final class EventIntake {
    public static final int MAX_EVENTS = 25;

    /** Event name → the parameters it may carry (besides the common ones). */
    static final Map<String, Set<String>> EVENTS = Map.ofEntries(
            Map.entry("extension_installed", Set.of()),
            Map.entry("extension_updated", Set.of()),
            Map.entry("popup_opened", Set.of("tab")),
            Map.entry("search", Set.of("result_count", "chips")),
            Map.entry("image_search", Set.of("source", "result_count")),
            Map.entry("coupons_viewed", Set.of("count")),
            Map.entry("coupon_copied", Set.of()),
            Map.entry("panel_shown", Set.of("shop")),
            Map.entry("find_on_aliexpress", Set.of("shop", "result_count")),
            Map.entry("watch_added", Set.of("shop")),
            Map.entry("watch_removed", Set.of()),
            Map.entry("price_alert", Set.of()),
            Map.entry("affiliate_link_opened", Set.of("source")));
    static final Set<String> COMMON_PARAMS = Set.of("session_id", "engagement_time_msec");
    static final Set<String> USER_PROPERTIES = Set.of("browser", "os", "language", "timezone", "country",
            "extension_version");
    private static final Set<String> TOP_LEVEL = Set.of("clientId", "userProperties", "events");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Validates a batch and counts its events; returns how many were accepted. */
    public int accept(JsonNode batch) {
        if (!batch.isObject()) {
            throw new BadInput("bad_batch", "the body must be a JSON object");
        }
        onlyFields(batch, TOP_LEVEL, "batch");
        JsonNode clientId = batch.get("clientId");
        if (clientId == null || !clientId.isTextual() || !isUuidV4(clientId.asText())) {
            throw new BadInput("bad_client_id", "clientId must be a random (version 4) UUID");
        }
        JsonNode props = batch.get("userProperties");
        if (props != null) {
            if (!props.isObject()) {
                throw new BadInput("bad_user_properties", "userProperties must be an object");
            }
            onlyFields(props, USER_PROPERTIES, "userProperties");
            props.fields().forEachRemaining(e -> requireToken(e.getValue(), "userProperties." + e.getKey()));
        }
        JsonNode events = batch.get("events");
        if (events == null || !events.isArray() || events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new BadInput("bad_events", "events must be an array of 1 to " + MAX_EVENTS + " events");
        }
        for (JsonNode event : events) {
            validateEvent(event);
        }
        for (JsonNode event : events) {
            counts.computeIfAbsent(event.get("name").asText(), k -> new LongAdder()).increment();
        }
        return events.size();
    }

    /** How many events of this name were accepted since start. */
    public long count(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    private static void validateEvent(JsonNode event) {
        if (!event.isObject()) {
            throw new BadInput("bad_event", "each event must be an object");
        }
        onlyFields(event, Set.of("name", "params"), "event");
        JsonNode name = event.get("name");
        Set<String> allowed = name != null && name.isTextual() ? EVENTS.get(name.asText()) : null;
        if (allowed == null) {
            throw new BadInput("unknown_event", "event names must be one of " + EVENTS.keySet().stream().sorted()
                    .toList());
        }
        JsonNode params = event.get("params");
        if (params == null) {
            return;
        }
        if (!params.isObject()) {
            throw new BadInput("bad_event", "params must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            if (!allowed.contains(param.getKey()) && !COMMON_PARAMS.contains(param.getKey())) {
                throw new BadInput("unknown_field", "params of " + name.asText() + " may only be "
                        + COMMON_PARAMS + " and " + allowed);
            }
            JsonNode value = param.getValue();
            if (value.isNumber()) {
                double d = value.asDouble();
                if (!(d >= 0) || d > 1e12) {
                    throw new BadInput("bad_param", "numeric params must be between 0 and 1e12");
                }
            } else {
                requireToken(value, "params." + param.getKey());
            }
        }
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (!allowed.contains(it.next())) {
                throw new BadInput("unknown_field", where + " may only have the fields " + allowed.stream()
                        .sorted().toList());
            }
        }
    }

    /** Short, plain values: 1-40 of letters, digits, "_", "-", "/", "." and "+" (a time zone, a language tag). */
    private static void requireToken(JsonNode value, String where) {
        if (!value.isTextual()) {
            throw new BadInput("bad_param", where + " must be a string");
        }
        String s = value.asText();
        if (s.isEmpty() || s.length() > 40) {
            throw new BadInput("bad_param", where + " must have 1 to 40 characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '/' || c == '.' || c == '+';
            if (!ok) {
                throw new BadInput("bad_param", where + " may only have letters, digits and _-/.+");
            }
        }
    }

    static boolean isUuidV4(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return s.charAt(14) == '4' && "89ab".indexOf(s.charAt(19)) >= 0;
    }
}
