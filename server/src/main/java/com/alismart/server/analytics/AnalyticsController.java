package com.alismart.server.analytics;

import com.alismart.server.http.Bodies;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /events}: an anonymous analytics batch. */
public final class AnalyticsController {
    static final long MAX_BATCH_BYTES = 64 * 1024;

    private final EventIntake intake;

    public AnalyticsController(EventIntake intake) {
        this.intake = intake;
    }

    public void post(Context ctx) {
        int accepted = intake.accept(Bodies.json(ctx, MAX_BATCH_BYTES));
        ctx.status(202).json(Map.of("accepted", accepted));
    }
}
