package com.alismart.server;

import com.alismart.server.affiliate.LinkService;
import com.alismart.server.affiliate.LinksController;
import com.alismart.server.aliexpress.AliExpressClient;
import com.alismart.server.analytics.AnalyticsController;
import com.alismart.server.analytics.EventIntake;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.CatalogState;
import com.alismart.server.catalog.ImagesController;
import com.alismart.server.coupons.CouponFeed;
import com.alismart.server.coupons.CouponRefresher;
import com.alismart.server.coupons.CouponService;
import com.alismart.server.coupons.CouponSource;
import com.alismart.server.coupons.CouponStore;
import com.alismart.server.coupons.CouponsController;
import com.alismart.server.coupons.OpenPlatformCoupons;
import com.alismart.server.db.Database;
import com.alismart.server.db.DatabaseUrl;
import com.alismart.server.health.HealthController;
import com.alismart.server.image.ImageDecoder;
import com.alismart.server.image.ImageSearchController;
import com.alismart.server.http.ApiErrors;
import com.alismart.server.http.Json;
import com.alismart.server.http.OpenApiController;
import com.alismart.server.products.OpenPlatformProducts;
import com.alismart.server.products.PriceHistoryStore;
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
    private final Database database;
    private final CouponService coupons;
    private final CouponRefresher refresher;

    private App(Javalin javalin, CatalogState catalog, Thread loader, ImageDecoder decoder, Database database,
            CouponService coupons, CouponRefresher refresher) {
        this.javalin = javalin;
        this.catalog = catalog;
        this.loader = loader;
        this.decoder = decoder;
        this.database = database;
        this.coupons = coupons;
        this.refresher = refresher;
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
        Database database = Database.open(config.database() == null ? DatabaseUrl.h2(config.dataDir())
                : config.database());
        Config.AliExpress ae = config.aliExpress();
        AliExpressClient api = ae.hasApi() ? new AliExpressClient(ae.apiUrl(), ae.appKey(), ae.appSecret(), clock,
                AliExpressClient.DEFAULT_TIMEOUT) : null;
        CouponSource couponSource = api != null ? new OpenPlatformCoupons(api, ae.trackingId(), "USD")
                : config.couponFeed() != null ? CouponFeed.file(config.couponFeed()) : CouponFeed.embedded();
        CouponService coupons = new CouponService(new CouponStore(database.dataSource()), couponSource, rates, clock);
        CouponRefresher refresher = new CouponRefresher(coupons);
        Controllers controllers = new Controllers(
                new HealthController(version(), clock, catalog),
                new AnalyticsController(new EventIntake()),
                new SearchController(catalog, rates),
                new ImagesController(catalog),
                new ImageSearchController(catalog, decoder, rates),
                new CouponsController(coupons, rates, clock),
                new LinksController(new LinkService(api, ae.trackingId())),
                new OpenApiController(),
                api == null ? new ProductsController(catalog, rates, clock)
                        : new ProductsController(catalog, rates, clock, new OpenPlatformProducts(api, ae.trackingId()),
                                new PriceHistoryStore(database.dataSource())));
        Javalin javalin = Javalin.create(cfg -> {
            configure(cfg, config);
            routes(cfg, controllers);
        });
        javalin.start(config.host(), config.port());
        refresher.start();
        Thread loader = new Thread(() -> CatalogLoader.load(config, rates, catalog,
                index -> new SearchService(index, interpreter, rates)), "catalog-loader");
        loader.setDaemon(true);
        loader.start();
        return new App(javalin, catalog, loader, decoder, database, coupons, refresher);
    }

    record Controllers(HealthController health, AnalyticsController analytics, SearchController search,
            ImagesController images, ImageSearchController imageSearch, CouponsController coupons,
            LinksController links, OpenApiController openApi, ProductsController products) {
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
        cfg.routes.get(API + "/coupons", c.coupons()::get);
        cfg.routes.post(API + "/links", c.links()::post);
        cfg.routes.get(API + "/products/{id}", c.products()::get);
        cfg.routes.get(API + "/openapi.json", c.openApi()::get);
    }

    /** Waits until the catalog is indexed (or failed); true when it is ready. */
    public boolean awaitCatalog(java.time.Duration timeout) throws InterruptedException {
        loader.join(timeout.toMillis());
        return catalog.phase() == CatalogState.Phase.READY;
    }

    public CouponService coupons() {
        return coupons;
    }

    /** Waits for the coupon check made at start (an import when the stored set was stale). */
    public boolean awaitCoupons(Duration timeout) throws InterruptedException {
        return refresher.awaitFirstCheck(timeout);
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
        refresher.close();
        database.close();
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
