package com.alismart.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the API described, from {@code http/openapi.json}. */
public final class OpenApiController {
    static final String RESOURCE = "/http/openapi.json";

    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void get(Context ctx) {
        // It changes only with a new server version.
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
