package com.alismart.recognize;

import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.recognize.Recognizer;
import com.alismart.ext.shop.ShopUrls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jsoup.Jsoup;

/**
 * {@code scripts/recognize FILE URL}: what the extension recognises on a saved page, as one JSON object on stdout.
 * Any file that can be read gives an answer and exit code 0, however broken, big or hostile it is ("other" when
 * nothing fits); a file that cannot be read gives a message on stderr and exit code 1.
 */
public final class Main {
    /** Saved pages are a few megabytes; beyond this only the start is read (structured data lives there). */
    static final int MAX_BYTES = 24 * 1024 * 1024;
    /** A hostile page could make selector matching slow; past this the answer is "other". */
    static final long TIME_LIMIT_SECONDS = 30;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 2) {
            System.err.println("usage: scripts/recognize FILE URL");
            System.exit(2);
        }
        byte[] html;
        try {
            html = read(Path.of(args[0]));
        } catch (IOException | InvalidPathException e) {
            System.err.println("recognize: cannot read " + args[0] + ": " + reason(e));
            System.exit(1);
            return;
        }
        out.println(recognize(html, args[1]));
        System.exit(0); // a recognition thread stuck past the time limit must not keep the JVM alive
    }

    /** The JSON answer for a page's bytes shown at {@code url}. Never throws. */
    static String recognize(byte[] html, String url) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "recognize", 512L * 1024 * 1024); // deep documents, deep stacks
            t.setDaemon(true);
            return t;
        });
        try {
            Future<String> answer = executor.submit(() -> ResultJson.of(Recognizer.recognize(url,
                    new JsoupPage(Jsoup.parse(new ByteArrayInputStream(html), null, baseUri(url))))));
            return answer.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return other(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return other(url);
        } finally {
            executor.shutdownNow();
        }
    }

    private static String other(String url) {
        return ResultJson.of(Recognition.OTHER, ShopUrls.shopOf(url), null, null, Double.NaN, null, null);
    }

    private static String baseUri(String url) {
        return url == null || url.length() > 4096 ? "" : url;
    }

    private static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_BYTES);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
