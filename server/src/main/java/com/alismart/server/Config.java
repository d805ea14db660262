package com.alismart.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * The server's configuration: environment variables first, command-line flags over them.
 *
 * @param host          the interface to listen on
 * @param port          0 picks a free port
 * @param dataDir       index, embedded database and other files the server keeps
 * @param maxBodyBytes  the largest request body any route accepts
 */
public record Config(String host, int port, Path dataDir, long maxBodyBytes) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATA_DIR = "./data";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public Config {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Defaults for tests: loopback, a free port. */
    public static Config forTests(Path dataDir) {
        return new Config("127.0.0.1", 0, dataDir, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * From {@code PORT}, {@code HOST}, {@code DATA_DIR} and the flags {@code --port N}, {@code --host H},
     * {@code --data-dir D} (also {@code --port=N}).
     */
    public static Config from(Map<String, String> env, String[] args) {
        String host = env.getOrDefault("HOST", "0.0.0.0");
        String port = env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT));
        String dataDir = env.getOrDefault("DATA_DIR", DEFAULT_DATA_DIR);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--port", "--host", "--data-dir" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--port" -> port = value;
                        case "--host" -> host = value;
                        default -> dataDir = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg
                        + " (known: --port N, --host H, --data-dir DIR)");
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, not '" + port + "'");
        }
        if (dataDir.isBlank()) {
            throw new IllegalArgumentException("data dir must not be empty");
        }
        return new Config(host.trim(), portNumber, Path.of(dataDir.trim()), DEFAULT_MAX_BODY_BYTES);
    }
}
