package com.alismart.server.catalog;

import com.alismart.server.http.ApiException;
import com.alismart.server.search.CatalogIndex;
import com.alismart.server.search.SearchService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the catalog is: being indexed (with progress), ready, or failed. The server answers health checks at once
 * while a first start indexes; search waits for "ready".
 */
public final class CatalogState {
    public enum Phase { INDEXING, READY, FAILED }

    private final AtomicLong indexed = new AtomicLong();
    private volatile long expected;
    private volatile Phase phase = Phase.INDEXING;
    private volatile String source = "none";
    private volatile CatalogIndex index;
    private volatile SearchService search;
    private volatile com.alismart.server.image.ImageSearchService imageSearch;

    public void indexing(String source, long expected) {
        this.source = source;
        this.expected = expected;
        this.phase = Phase.INDEXING;
    }

    public void progress(long count) {
        indexed.set(count);
    }

    public void ready(CatalogIndex index, SearchService search) {
        this.index = index;
        this.imageSearch = new com.alismart.server.image.ImageSearchService(index, search);
        this.search = search;
        this.source = index.source();
        this.indexed.set(index.size());
        this.phase = Phase.READY;
    }

    public void failed() {
        this.phase = Phase.FAILED;
    }

    public Phase phase() {
        return phase;
    }

    public String source() {
        return source;
    }

    /** Products in the index when ready; products indexed so far while indexing. */
    public long size() {
        return indexed.get();
    }

    /** 0..1 while indexing, 1 when ready. */
    public double progress() {
        return phase == Phase.READY ? 1 : expected <= 0 ? 0 : Math.min(1, (double) indexed.get() / expected);
    }

    public CatalogIndex index() {
        return index;
    }

    /** The image search service, or a 503 saying why there is none yet. */
    public com.alismart.server.image.ImageSearchService imageSearch() {
        searchService();
        return imageSearch;
    }

    /** The search service, or a 503 saying why there is none yet. */
    public SearchService searchService() {
        SearchService s = search;
        if (s != null) {
            return s;
        }
        if (phase == Phase.FAILED) {
            throw new ApiException(503, "catalog_unavailable", "the catalog could not be loaded");
        }
        throw new ApiException(503, "not_ready", "the catalog is being indexed ("
                + Math.round(progress() * 100) + "% done); try again shortly");
    }
}
