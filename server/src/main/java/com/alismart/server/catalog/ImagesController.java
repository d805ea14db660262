package com.alismart.server.catalog;

import com.alismart.server.http.ApiException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;

/** {@code GET /images/{id}.png?size=}: the drawn image of a generated product, at a stable URL. */
public final class ImagesController {
    static final int DEFAULT_SIZE = 360;
    static final int MAX_SIZE = 512;

    private final CatalogState catalog;
    private final Cache<String, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String k, byte[] v) -> v.length)
            .build();

    public ImagesController(CatalogState catalog) {
        this.catalog = catalog;
    }

    public void get(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("\\d{6,20}\\.png")) {
            throw new ApiException(404, "not_found", "there is no such image");
        }
        String id = file.substring(0, file.length() - 4);
        int size = size(ctx.queryParam("size"));
        catalog.searchService(); // 503 while indexing
        byte[] png = render(id, size);
        if (png.length == 0) {
            throw new ApiException(404, "not_found", "there is no such image");
        }
        String etag = "\"" + id + "-" + size + "-" + png.length + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=604800");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.result(png);
        ctx.res().setCharacterEncoding(null); // Javalin sets UTF-8 on every response; a PNG has no charset
        ctx.res().setContentType("image/png");
    }

    private static int size(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(raw.trim());
            if (size >= 32 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw new ApiException(400, "bad_size", "size must be a whole number from 32 to " + MAX_SIZE);
    }

    /** Only found products are cached: unknown ids must not fill the cache. */
    private byte[] render(String id, int size) {
        String key = id + "@" + size;
        byte[] png = cache.getIfPresent(key);
        if (png == null) {
            Product p = catalog.index().product(id);
            if (p == null) {
                return new byte[0];
            }
            png = ProductImages.png(p, size);
            cache.put(key, png);
        }
        return png;
    }
}
