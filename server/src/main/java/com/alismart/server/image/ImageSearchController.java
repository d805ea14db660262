package com.alismart.server.image;

import com.alismart.server.catalog.CatalogState;
import com.alismart.server.catalog.Taxonomy;
import com.alismart.server.http.ApiException;
import com.alismart.server.http.BadInput;
import com.alismart.server.http.Bodies;
import com.alismart.server.search.Rates;
import io.javalin.http.Context;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /image-search?limit=&category=&currency=}: the body is the image (JPEG, PNG, WebP or GIF, at most
 * 10 MB and 40 megapixels). The image lives only in this request's memory: it is decoded, described and dropped;
 * never written, logged or cached.
 */
public final class ImageSearchController {
    static final int QUERY_SIDE = 512;

    private final CatalogState catalog;
    private final ImageDecoder decoder;
    private final Rates rates;

    public ImageSearchController(CatalogState catalog, ImageDecoder decoder, Rates rates) {
        this.catalog = catalog;
        this.decoder = decoder;
        this.rates = rates;
    }

    public void search(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        String category = ctx.queryParam("category");
        if (category != null && (category.isBlank() || !Taxonomy.CATEGORY_BY_ID.containsKey(category))) {
            throw new BadInput("unknown_category", "category must be one of the catalog's category ids");
        }
        String currency = ctx.queryParam("currency");
        currency = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(Locale.ROOT);
        if (!rates.supports(currency)) {
            throw new BadInput("unknown_currency", "currency must be an ISO 4217 code we convert to");
        }
        ImageSearchService service = catalog.imageSearch();
        byte[] body = Bodies.read(ctx, ImageDecoder.MAX_BYTES);
        BufferedImage image;
        try {
            image = decoder.decode(body, ctx.contentType(), QUERY_SIDE);
        } catch (ImageRejected e) {
            throw new ApiException(e.status(), e.code(), e.getMessage());
        }
        float[][] query = ImageDescriptor.queryVariants(image);
        List<ImageSearchService.Match> items = service.search(query, limit, category, currency,
                ctx.scheme() + "://" + ctx.host());
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("items", items, "limit", limit, "currency", currency));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 20;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= 50) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new BadInput("bad_limit", "limit must be a whole number from 1 to 50");
    }
}
