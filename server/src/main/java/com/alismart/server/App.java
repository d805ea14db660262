package com.alismart.server;

import com.alismart.server.analytics.AnalyticsController;
import com.alismart.server.analytics.EventIntake;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.CatalogState;
import com.alismart.server.catalog.ImagesController;
import com.alismart.server.health.HealthController;
import com.alismart.server.image.ImageDecoder;
import com.alismart.server.image.ImageSearchController;
import com.alismart.server.http.ApiErrors;
import com.alismart.server.http.Json;
import com.alismart.server.products.ProductsController;
import com.alismart.server.search.LlmInterpreter;
import com.alismart.server.search.Rates;
import com.alismart.server.search.SearchController;
import com.alismart.server.search.SearchService;
import com.alismart.server.search.query.QueryParser;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/** Wires configuration to components and components to routes. */
public final class App {
    public static final String API = "/api/v1";

    private final Javalin javalin;
    private final CatalogState catalog;
    private final Thread loader;
    private final ImageDecoder decoder;

    private App(Javalin javalin, CatalogState catalog, Thread loader, ImageDecoder decoder) {
        this.javalin = javalin;
        this.catalog = catalog;
        this.loader = loader;
        this.decoder = decoder;
    }

    public static App start(Config config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        Clock clock = Clock.systemUTC();
        Rates rates = config.ratesFile() == null ? Rates.embedded() : Rates.fromFile(config.ratesFile());
        CatalogState catalog = new CatalogState();
        QueryParser parser = new QueryParser();
        ImageDecoder decoder = new ImageDecoder(Duration.ofSeconds(3));
        SearchService.Interpreter interpreter = config.llm() == null ? parser::parse
                : new LlmInterpreter(config.llm().url(), config.llm().apiKey(), config.llm().model(), parser::parse,
                        rates, clock);
        Controllers controllers = new Controllers(
                new HealthController(version(), clock, catalog),
                new AnalyticsController(new EventIntake()),
                new SearchController(catalog, rates),
                new ImagesController(catalog),
                new ImageSearchController(catalog, decoder, rates),
                new ProductsController(catalog, rates, clock));
        Javalin javalin = Javalin.create(cfg -> {
            configure(cfg, config);
            routes(cfg, controllers);
        });
        javalin.start(config.host(), config.port());
        Thread loader = new Thread(() -> CatalogLoader.load(config, rates, catalog,
                index -> new SearchService(index, interpreter, rates)), "catalog-loader");
        loader.setDaemon(true);
        loader.start();
        return new App(javalin, catalog, loader, decoder);
    }

    record Controllers(HealthController health, AnalyticsController analytics, SearchController search,
            ImagesController images, ImageSearchController imageSearch, ProductsController products) {
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
        // Image Search takes photos up to 10 MB; every other route keeps the general limit.
        ApiErrors.register(cfg, config.maxBodyBytes(), Map.of(API + "/image-search", ImageDecoder.MAX_BYTES));
    }

    /** Every route of the API, in one place. */
    static void routes(JavalinConfig cfg, Controllers c) {
        cfg.routes.get(API + "/health", c.health()::get);
        cfg.routes.get(API + "/search", c.search()::search);
        cfg.routes.get(API + "/images/{file}", c.images()::get);
        cfg.routes.post(API + "/image-search", c.imageSearch()::search);
        cfg.routes.post(API + "/events", c.analytics()::post);
        cfg.routes.get(API + "/products/{id}", c.products()::get);
    }

    /** Waits until the catalog is indexed (or failed); true when it is ready. */
    public boolean awaitCatalog(java.time.Duration timeout) throws InterruptedException {
        loader.join(timeout.toMillis());
        return catalog.phase() == CatalogState.Phase.READY;
    }

    public CatalogState catalog() {
        return catalog;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests, lets running ones finish (up to 10 s), then stops. */
    public void stop() {
        javalin.stop();
        decoder.close();
        loader.interrupt();
        try {
            loader.join(10_000);
            if (catalog.index() != null) {
                catalog.index().close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // closing a read-only index: nothing to lose
        }
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
