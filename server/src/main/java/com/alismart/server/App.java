package com.alismart.server;

import com.alismart.server.analytics.AnalyticsController;
import com.alismart.server.analytics.EventIntake;
import com.alismart.server.health.HealthController;
import com.alismart.server.http.ApiErrors;
import com.alismart.server.http.Json;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Properties;

/** Wires configuration to components and components to routes. */
public final class App {
    public static final String API = "/api/v1";

    private final Javalin javalin;

    private App(Javalin javalin) {
        this.javalin = javalin;
    }

    public static App start(Config config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        Clock clock = Clock.systemUTC();
        HealthController health = new HealthController(version(), clock);
        AnalyticsController analytics = new AnalyticsController(new EventIntake());
        Javalin javalin = Javalin.create(cfg -> {
            configure(cfg, config);
            routes(cfg, health, analytics);
        });
        javalin.start(config.host(), config.port());
        return new App(javalin);
    }

    private static void configure(JavalinConfig cfg, Config config) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.defaultContentType = "application/json; charset=utf-8";
        cfg.router.ignoreTrailingSlashes = true;
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        cfg.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000);
            server.setErrorHandler(new ApiErrors.JettyErrors());
        });
        ApiErrors.register(cfg, config.maxBodyBytes());
    }

    /** Every route of the API, in one place. */
    static void routes(JavalinConfig cfg, HealthController health, AnalyticsController analytics) {
        cfg.routes.get(API + "/health", health::get);
        cfg.routes.post(API + "/events", analytics::post);
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests, lets running ones finish (up to 10 s), then stops. */
    public void stop() {
        javalin.stop();
    }

    /** The version the build wrote in. */
    public static String version() {
        try (InputStream in = App.class.getResourceAsStream("/alismart-build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
