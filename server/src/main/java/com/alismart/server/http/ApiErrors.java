package com.alismart.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure, from our handlers, from Javalin and from Jetty itself, to our JSON error body. Never a stack
 * trace, never an HTML page; and the log line of an unexpected error names the exception and where it happened,
 * never its message, which could quote the request.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final String WRITTEN = "alismart.errorWritten";
    private static final int[] STATUSES = {400, 401, 403, 404, 405, 406, 408, 409, 413, 414, 415, 422, 429, 431, 500,
        501, 503};

    private ApiErrors() {
    }

    /** {@code limits}: a larger body limit for some paths (Image Search's photos). */
    public static void register(JavalinConfig cfg, long maxBodyBytes, java.util.Map<String, Long> limits) {
        cfg.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            // Refuse a declared oversize body before anyone reads it.
            long limit = limits.getOrDefault(ctx.path(), maxBodyBytes);
            if (ctx.req().getContentLengthLong() > limit) {
                throw new ApiException(413, "payload_too_large",
                        "the request body is larger than " + limit + " bytes");
            }
        });
        cfg.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        cfg.routes.exception(BadInput.class, (e, ctx) -> write(ctx, 400, e.code(), e.getMessage()));
        cfg.routes.exception(HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), codeFor(e.getStatus()), messageFor(e.getStatus())));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.error("internal error: {} at {}", e.getClass().getName(), at);
            write(ctx, 500, "internal", "the server could not handle this request");
        });
        for (int status : STATUSES) {
            cfg.routes.error(status, ctx -> {
                if (ctx.attribute(WRITTEN) == null) {
                    write(ctx, status, codeFor(status), messageFor(status));
                }
            });
        }
    }

    private static void write(Context ctx, int status, String code, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.json(ErrorBody.of(code, message));
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            case 429 -> "too_many_requests";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 404 -> "there is no such resource";
            case 405 -> "this resource does not support that method";
            case 413 -> "the request body is too large";
            case 414 -> "the request URI is too long";
            case 415 -> "this content type is not accepted here";
            case 431 -> "the request headers are too large";
            case 503 -> "the server is not ready";
            default -> status >= 500 ? "the server could not handle this request" : "the request was refused";
        };
    }

    static byte[] bodyBytes(int status, String message) {
        try {
            return Json.MAPPER.writeValueAsBytes(ErrorBody.of(codeFor(status), message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jetty's own failures (unparseable requests, oversize headers, errors outside Javalin) as our JSON body. */
    public static final class JettyErrors extends ErrorHandler {
        public JettyErrors() {
            setShowStacks(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                Throwable cause, Callback callback) throws IOException {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(bodyBytes(code, messageFor(code))), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
            return ByteBuffer.wrap(bodyBytes(status, messageFor(status)));
        }
    }

    /** For tests: the body Jetty-level failures carry. */
    static String jettyBody(int status) {
        return new String(bodyBytes(status, messageFor(status)), StandardCharsets.UTF_8);
    }
}
