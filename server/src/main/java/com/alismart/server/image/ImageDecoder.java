package com.alismart.server.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns the body of an image-search upload into a small RGB image, refusing anything hostile before it costs memory.
 *
 * <p>Cheap checks (declared type, size, magic number) run on the caller's thread. Everything that touches a codec runs
 * on a small bounded pool under a time limit, because codecs are where malformed input turns into huge allocations,
 * long loops or unexpected errors. The header is read first, so a small file that declares a gigantic canvas is
 * refused before a single pixel is decoded, and the pixels are read with source subsampling so a large photo is never
 * held at full size. Bytes and pixels stay in memory and are never logged.
 */
public final class ImageDecoder implements AutoCloseable {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    /** Even within MAX_PIXELS a 40000x1000 strip is no product photo, and some codecs index rows by int. */
    public static final int MAX_SIDE = 30_000;

    private static final int DEFAULT_THREADS = 2;
    private static final int DEFAULT_QUEUE = 4;

    static {
        // The default would spool streams to a temp file: uploads must never reach the disk.
        ImageIO.setUseCache(false);
    }

    private final long timeLimitNanos;
    private final ThreadPoolExecutor executor;

    public ImageDecoder(Duration timeLimit) {
        this(timeLimit, DEFAULT_THREADS, DEFAULT_QUEUE);
    }

    ImageDecoder(Duration timeLimit, int threads, int queueSize) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        this.timeLimitNanos = timeLimit.toNanos();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueSize), new DecoderThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Decodes the body, downscaling so the longer side is at most {@code maxSide}; transparency is composited on white.
     *
     * @throws ImageRejected with the HTTP status and code to answer, for every kind of bad or unlucky input
     */
    public BufferedImage decode(byte[] body, String contentType, int maxSide) throws ImageRejected {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be at least 1");
        }
        ImageFormat declared = ImageFormat.fromContentType(contentType).orElseThrow(() -> new ImageRejected(415,
                "unsupported_media_type", "Send the image as image/jpeg, image/png, image/webp or image/gif."));
        if (body == null || body.length == 0) {
            throw new ImageRejected(400, "empty_image", "The request body holds no image.");
        }
        if (body.length > MAX_BYTES) {
            throw new ImageRejected(413, "image_too_large", "Images may be at most 10 MB.");
        }
        ImageFormat actual = ImageFormat.sniff(body).orElse(null);
        if (actual != declared) {
            String looksLike = actual == null ? "no image format we know" : actual.label() + " data";
            throw new ImageRejected(415, "type_mismatch",
                    "The body was declared " + declared.mimeType() + " but looks like " + looksLike + ".");
        }
        return decodeOnPool(body, declared, maxSide);
    }

    private BufferedImage decodeOnPool(byte[] body, ImageFormat format, int maxSide) throws ImageRejected {
        long deadline = System.nanoTime() + timeLimitNanos;
        AtomicReference<ImageReader> running = new AtomicReference<>();
        Future<BufferedImage> future;
        try {
            future = executor.submit(() -> decodeNow(body, format, maxSide, deadline, running));
        } catch (RejectedExecutionException e) {
            throw new ImageRejected(503, "busy", "Image search is busy; try again in a moment.");
        }
        try {
            return future.get(timeLimitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(future, running);
            throw new ImageRejected(422, "image_timeout", "The image took too long to decode.");
        } catch (InterruptedException e) {
            stop(future, running);
            Thread.currentThread().interrupt();
            throw new ImageRejected(503, "busy", "Image search was interrupted; try again in a moment.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageRejected rejected) {
                throw rejected;
            }
            throw undecodable();
        }
    }

    /** Runs on a pool thread. Every Throwable becomes a rejection: the codecs are not trusted to fail politely. */
    private static BufferedImage decodeNow(byte[] body, ImageFormat format, int maxSide, long deadline,
            AtomicReference<ImageReader> running) throws ImageRejected {
        ImageReader reader = null;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(body))) {
            reader = readerFor(format);
            running.set(reader);
            // Metadata is never used, and skipping it avoids parsing attacker-sized trees of it.
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkDimensions(width, height);

            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, maxSide);
            param.setSourceSubsampling(step, step, 0, 0);
            reader.addIIOReadProgressListener(new Deadline(deadline));
            AtomicBoolean truncated = new AtomicBoolean();
            reader.addIIOReadWarningListener((source, warning) -> {
                if (isTruncation(warning)) {
                    truncated.set(true);
                }
            });
            BufferedImage decoded = reader.read(0, param);
            if (truncated.get()) {
                throw undecodable();
            }
            if (decoded == null || Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
                // Aborted readers may hand back a half-filled image; nobody is waiting for it any more.
                throw new ImageRejected(422, "image_timeout", "The image took too long to decode.");
            }
            return toRgb(decoded, maxSide);
        } catch (ImageRejected e) {
            throw e;
        } catch (Throwable e) {
            // Deliberately broad: codecs answer hostile input with IndexOutOfBounds, NegativeArraySize, even
            // OutOfMemoryError from a declared size; the garbage dies with the task, the server lives on.
            throw undecodable();
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * libjpeg only warns when the data ends early and fills the rest with grey; a half-received upload would then
     * be searched as a grey photo. Other warnings, such as extraneous bytes before a marker, are common in camera
     * files that display fine, so they are let through.
     */
    private static boolean isTruncation(String warning) {
        return warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end");
    }

    private static ImageReader readerFor(ImageFormat format) throws ImageRejected {
        // By MIME type rather than by sniffing: the magic number is already checked. TwelveMonkeys registers its JPEG
        // reader ahead of the JDK's; it is the one written for CMYK, YCCK and damaged ICC profiles from real cameras
        // and editors (the simple crafted cases in ImageDecoderTest, JDK 17's own reader decodes too).
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mimeType());
        if (!readers.hasNext()) {
            throw new ImageRejected(415, "unsupported_media_type",
                    "This server cannot read " + format.label() + " images.");
        }
        return readers.next();
    }

    private static void checkDimensions(int width, int height) throws ImageRejected {
        if (width <= 0 || height <= 0) {
            throw undecodable();
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new ImageRejected(422, "image_too_big_in_pixels",
                    "Images may be at most 40 megapixels and 30000 pixels on a side.");
        }
    }

    /**
     * A subsampling step that leaves the longer side between maxSide and about twice maxSide: small enough that the
     * full-size raster is never allocated, large enough that the final smooth scale hides the aliasing of skipping.
     */
    static int subsampling(int width, int height, int maxSide) {
        int longer = Math.max(width, height);
        return Math.max(1, longer / (2 * maxSide));
    }

    private static BufferedImage toRgb(BufferedImage source, int maxSide) {
        int width = source.getWidth();
        int height = source.getHeight();
        int longer = Math.max(width, height);
        if (longer > maxSide) {
            width = Math.max(1, (int) Math.round((double) width * maxSide / longer));
            height = Math.max(1, (int) Math.round((double) height * maxSide / longer));
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void stop(Future<?> future, AtomicReference<ImageReader> running) {
        future.cancel(true);
        ImageReader reader = running.get();
        if (reader != null) {
            try {
                reader.abort();
            } catch (RuntimeException e) {
                // The JDK JPEG reader refuses calls from a second thread; the Deadline listener aborts it instead.
            }
        }
    }

    private static ImageRejected undecodable() {
        return new ImageRejected(422, "undecodable_image", "The image is damaged or not a valid image.");
    }

    /** Decodes running right now, including abandoned ones a codec has not yet let go of. */
    int activeDecodes() {
        return executor.getActiveCount();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Aborts from inside the decoding thread, the one place every reader accepts abort() from. */
    private record Deadline(long deadline) implements IIOReadProgressListener {
        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }

    private static final class DecoderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "image-decode-" + count.incrementAndGet());
            // A decode stuck in a codec must not keep the JVM from exiting.
            thread.setDaemon(true);
            return thread;
        }
    }
}
