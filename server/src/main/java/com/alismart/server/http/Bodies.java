package com.alismart.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reading request bodies within a limit, also when no Content-Length was declared (chunked uploads). */
public final class Bodies {
    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiException(413, "payload_too_large",
                            "the request body is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON body: 415 unless declared as JSON, 400 unless it parses. */
    public static JsonNode json(Context ctx, long maxBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json");
        }
        byte[] bytes = read(ctx, maxBytes);
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadInput("malformed_json", "the body is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw new BadInput("malformed_json", "the body is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
