package com.alismart.server.affiliate;

import com.alismart.server.http.BadInput;
import com.alismart.server.http.Bodies;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /links}: {@code {"urls": [...]}} → one affiliate link or refusal per URL. */
public final class LinksController {
    static final long MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_URL_LENGTH = 2048;

    private final LinkService links;

    public LinksController(LinkService links) {
        this.links = links;
    }

    public void post(Context ctx) {
        JsonNode body = Bodies.json(ctx, MAX_BODY_BYTES);
        if (!body.isObject()) {
            throw new BadInput("bad_body", "the body must be a JSON object {\"urls\": [...]}");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            if (!"urls".equals(it.next())) {
                throw new BadInput("unknown_field", "the body may only have the field urls");
            }
        }
        JsonNode urls = body.get("urls");
        if (urls == null || !urls.isArray() || urls.isEmpty()) {
            throw new BadInput("missing_urls", "urls must be a non-empty array of AliExpress product URLs");
        }
        if (urls.size() > LinkService.MAX_URLS) {
            throw new BadInput("too_many_urls", "at most " + LinkService.MAX_URLS + " urls at a time");
        }
        List<String> list = new ArrayList<>(urls.size());
        for (JsonNode url : urls) {
            if (!url.isTextual()) {
                throw new BadInput("bad_url", "each url must be a string");
            }
            if (url.asText().length() > MAX_URL_LENGTH) {
                throw new BadInput("url_too_long", "each url must have at most " + MAX_URL_LENGTH + " characters");
            }
            list.add(url.asText());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("affiliate", links.affiliate());
        answer.put("items", links.links(list));
        // Links are made for one shopper's click: nobody should keep them.
        ctx.header("Cache-Control", "no-store");
        ctx.json(answer);
    }
}
