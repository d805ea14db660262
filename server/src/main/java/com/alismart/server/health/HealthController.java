package com.alismart.server.health;

import com.alismart.server.catalog.CatalogState;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /health}: status, catalog size, source and state, version. */
public final class HealthController {
    private final String version;
    private final Clock clock;
    private final Instant started;
    private final CatalogState catalog;

    public HealthController(String version, Clock clock, CatalogState catalog) {
        this.version = version;
        this.clock = clock;
        this.started = clock.instant();
        this.catalog = catalog;
    }

    /** {@code state}: "indexing", "ready" or "failed"; {@code progress} 0..1. */
    public record Catalog(long size, String source, String state, double progress) {
    }

    public record Health(String status, String version, Catalog catalog, long uptimeSeconds) {
    }

    public void get(Context ctx) {
        long uptime = Duration.between(started, clock.instant()).toSeconds();
        CatalogState.Phase phase = catalog.phase();
        String status = phase == CatalogState.Phase.READY ? "ok"
                : phase == CatalogState.Phase.INDEXING ? "starting" : "degraded";
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Health(status, version, new Catalog(catalog.size(), catalog.source(),
                phase.name().toLowerCase(), Math.round(catalog.progress() * 1000) / 1000.0), uptime));
    }
}
