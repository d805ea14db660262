package com.alismart.server.health;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /health}: status, catalog size and source, version. */
public final class HealthController {
    private final String version;
    private final Clock clock;
    private final Instant started;

    public HealthController(String version, Clock clock) {
        this.version = version;
        this.clock = clock;
        this.started = clock.instant();
    }

    public record Catalog(long size, String source) {
    }

    public record Health(String status, String version, Catalog catalog, long uptimeSeconds) {
    }

    public void get(Context ctx) {
        long uptime = Duration.between(started, clock.instant()).toSeconds();
        // No catalog is loaded yet (Smart Search brings it): report that plainly rather than a made-up size.
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Health("ok", version, new Catalog(0, "none"), uptime));
    }
}
