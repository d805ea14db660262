package com.alismart.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server from the environment and the command line, and stops it gracefully on SIGTERM or Ctrl-C. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.from(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println("alismart-server: " + e.getMessage());
            System.exit(2);
            return;
        }
        App app;
        try {
            app = App.start(config);
        } catch (RuntimeException e) {
            LOG.error("could not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: finishing requests in flight");
            app.stop();
            LOG.info("stopped");
        }, "shutdown"));
        LOG.info("AliSmart server {} listening on http://{}:{}/api/v1 (data in {})",
                App.version(), config.host(), app.port(), config.dataDir());
    }
}
