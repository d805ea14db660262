package com.alismart.server.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package (scripts/test installs it): initdb in a
 * temporary folder, password authentication, loopback only on a free port, started once per test run and stopped
 * when the JVM exits. initdb refuses to run as root, so as root it runs as the {@code postgres} user. When the
 * binaries are missing the PostgreSQL tests are skipped with a loud message, never passed silently.
 */
public final class PostgresCluster {
    public static final String USER = "alismart";
    /** Characters that must survive the postgres://user:pass@host form's decoding. */
    public static final String PASSWORD = "s3cret:p@ss/word";
    private static PostgresCluster shared;
    private static String unavailable;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The running cluster, or the test is aborted (reported as skipped) with the reason on stderr. */
    public static synchronized PostgresCluster sharedOrSkip() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
                PostgresCluster cluster = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-stop"));
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted";
            }
        }
        if (shared == null) {
            System.err.println("!!! SKIPPING PostgreSQL tests: " + unavailable
                    + " (scripts/test installs Debian's postgresql package)");
            Assumptions.abort("PostgreSQL unavailable: " + unavailable);
        }
        return shared;
    }

    private static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("alismart-pg-");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        int port = freePort();
        run(as(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--pwfile=" + pw, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"));
        // Loopback only, socket in our folder, no durability: a throwaway cluster for tests.
        run(as(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-t", "30", "-o", "-p " + port + " -k " + dir
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start"));
        return new PostgresCluster(bin, dir, port);
    }

    private static Path findBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IOException("no PostgreSQL under /usr/lib/postgresql");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(),
                            Comparator.comparingInt(PostgresCluster::version)))
                    .orElseThrow(() -> new IOException("no initdb under /usr/lib/postgresql/*/bin"));
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(command.get(command.size() > 4 ? 4 : 0) + " failed: " + out.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database; its URL in the {@code postgres://user:pass@host:port/db} form hosts hand out. */
    public String createDatabase() {
        String name = "alismart_test_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER,
                PASSWORD); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return "postgres://" + USER + ":" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "@127.0.0.1:" + port + "/" + name;
    }

    void stop() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }
}
