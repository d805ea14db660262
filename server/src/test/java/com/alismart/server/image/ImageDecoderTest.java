package com.alismart.server.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    private static ImageDecoder decoder;

    @BeforeAll
    static void start() {
        decoder = new ImageDecoder(LIMIT);
    }

    @AfterAll
    static void stop() {
        decoder.close();
    }

    @Test
    void decodes_and_downscales_png() throws ImageRejected {
        byte[] png = Fixtures.encode(Fixtures.quadrants(1200, 800, BufferedImage.TYPE_INT_RGB), "png");

        BufferedImage image = decoder.decode(png, "image/png", 512);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(341);
        assertQuadrants(image);
    }

    @Test
    void decodes_and_downscales_jpeg() throws ImageRejected {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(800, 1200, BufferedImage.TYPE_INT_RGB), "jpeg");

        BufferedImage image = decoder.decode(jpeg, "image/jpeg", 512);

        assertThat(image.getWidth()).isEqualTo(341);
        assertThat(image.getHeight()).isEqualTo(512);
        assertQuadrants(image);
    }

    @Test
    void decodes_and_downscales_gif() throws ImageRejected {
        byte[] gif = Fixtures.encode(Fixtures.quadrants(1000, 1000, BufferedImage.TYPE_INT_RGB), "gif");

        BufferedImage image = decoder.decode(gif, "image/gif", 256);

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertQuadrants(image);
    }

    @Test
    void keeps_small_images_at_their_size() throws ImageRejected {
        byte[] png = Fixtures.encode(Fixtures.quadrants(40, 30, BufferedImage.TYPE_INT_RGB), "png");

        BufferedImage image = decoder.decode(png, "image/png", 512);

        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
    }

    @Test
    void takes_the_first_frame_of_an_animated_gif() throws ImageRejected {
        byte[] gif = Fixtures.animatedGif(Fixtures.filled(60, 40, Color.RED), Fixtures.filled(60, 40, Color.BLUE));

        BufferedImage image = decoder.decode(gif, "image/gif", 512);

        assertThat(image.getWidth()).isEqualTo(60);
        assertColour(image, 30, 20, Color.RED);
    }

    @Test
    void composites_png_transparency_on_white() throws ImageRejected {
        BufferedImage drawn = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        for (int y = 16; y < 48; y++) {
            for (int x = 16; x < 48; x++) {
                drawn.setRGB(x, y, 0xFFFF0000);
            }
        }

        BufferedImage image = decoder.decode(Fixtures.encode(drawn, "png"), "image/png", 512);

        assertColour(image, 2, 2, Color.WHITE);
        assertColour(image, 32, 32, Color.RED);
    }

    @Test
    void decodes_lossy_and_lossless_webp() throws ImageRejected {
        for (String name : List.of("quadrants-lossy.webp", "quadrants-lossless.webp")) {
            BufferedImage image = decoder.decode(Fixtures.resource(name), "image/webp", 48);

            assertThat(image.getWidth()).as(name).isEqualTo(48);
            assertThat(image.getHeight()).as(name).isEqualTo(32);
            assertQuadrants(image);
        }
    }

    @Test
    void composites_webp_alpha_on_white() throws ImageRejected {
        BufferedImage image = decoder.decode(Fixtures.resource("red-square-alpha.webp"), "image/webp", 512);

        assertThat(image.getWidth()).isEqualTo(64);
        assertColour(image, 2, 2, Color.WHITE);
        assertColour(image, 32, 32, Color.RED);
    }

    @Test
    void downscales_a_larger_webp() throws ImageRejected {
        BufferedImage image = decoder.decode(Fixtures.resource("orange-disc-800x600.webp"), "image/webp", 512);

        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(384);
        assertColour(image, 256, 192, Color.ORANGE);
        assertColour(image, 5, 5, new Color(30, 60, 200));
    }

    @Test
    void decodes_cmyk_jpeg() throws ImageRejected {
        // Inverted CMYK: cyan ink only on the left, black ink only on the right.
        byte[] jpeg = Fixtures.adobeJpeg(200, 100, 0, new int[] {0, 255, 255, 255}, new int[] {255, 255, 255, 0});

        BufferedImage image = decoder.decode(jpeg, "image/jpeg", 512);

        assertThat(image.getWidth()).isEqualTo(200);
        assertColour(image, 50, 50, Color.CYAN);
        assertColour(image, 150, 50, Color.BLACK);
    }

    @Test
    void decodes_ycck_jpeg() throws ImageRejected {
        // YCbCr of (255, 0, 0), which Adobe's inverted convention reads as full cyan ink; then white with full black.
        byte[] jpeg = Fixtures.adobeJpeg(200, 100, 2, new int[] {76, 85, 255, 255}, new int[] {255, 128, 128, 0});

        BufferedImage image = decoder.decode(jpeg, "image/jpeg", 512);

        assertColour(image, 50, 50, Color.CYAN);
        assertColour(image, 150, 50, Color.BLACK);
    }

    @Test
    void decodes_jpegs_with_broken_icc_profiles() throws ImageRejected {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] garbage = new byte[300];
        new Random(3).nextBytes(garbage);
        // A header that claims 300 bytes of an RGB display profile, then no valid tag table.
        byte[] lying = garbage.clone();
        lying[0] = 0;
        lying[1] = 0;
        lying[2] = 1;
        lying[3] = 44;
        System.arraycopy("mntrRGB XYZ ".getBytes(StandardCharsets.US_ASCII), 0, lying, 12, 12);
        System.arraycopy("acsp".getBytes(StandardCharsets.US_ASCII), 0, lying, 36, 4);

        for (byte[] profile : List.of(garbage, lying, new byte[0])) {
            BufferedImage image = decoder.decode(Fixtures.withIccProfile(jpeg, profile), "image/jpeg", 150);

            assertThat(image.getWidth()).isEqualTo(150);
            assertQuadrants(image);
        }
    }

    @Test
    void refuses_a_png_bomb_from_its_header_without_decoding() throws ImageRejected {
        byte[] bomb = Fixtures.pngDeclaring(50_000, 50_000);
        assertThat(bomb.length).isLessThan(200);

        try (ImageDecoder single = new ImageDecoder(LIMIT, 1, 1)) {
            single.decode(Fixtures.encode(Fixtures.quadrants(40, 30, BufferedImage.TYPE_INT_RGB), "png"), "image/png",
                    512);
            long before = decoderThreadAllocations();
            long start = System.nanoTime();
            ImageRejected rejected = rejection(() -> single.decode(bomb, "image/png", 512));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocated = decoderThreadAllocations() - before;

            // 50000 x 50000 RGB would need 7.5 GB: had the raster been attempted this would be undecodable (OOM).
            assertThat(rejected.status()).isEqualTo(422);
            assertThat(rejected.code()).isEqualTo("image_too_big_in_pixels");
            assertThat(millis).isLessThan(500);
            assertThat(allocated).isLessThan(1L << 20);
            System.out.printf("[image] PNG bomb 50000x50000 rejected in %d ms, %d KB allocated on the decoder thread%n",
                    millis, allocated >> 10);
        }
    }

    @Test
    void refuses_images_over_the_pixel_and_side_limits() {
        for (int[] size : new int[][] {{100_000, 100_000}, {7_000, 6_000}, {30_001, 10}, {10, 30_001}}) {
            byte[] png = Fixtures.pngDeclaring(size[0], size[1]);

            ImageRejected rejected = rejection(() -> decoder.decode(png, "image/png", 512));

            assertThat(rejected.code()).as(Arrays.toString(size)).isEqualTo("image_too_big_in_pixels");
        }
    }

    @Test
    void refuses_truncated_images() {
        byte[] png = Fixtures.encode(Fixtures.quadrants(300, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg");

        assertRejected(() -> decoder.decode(Arrays.copyOf(png, png.length / 2), "image/png", 512),
                422, "undecodable_image");
        assertRejected(() -> decoder.decode(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg", 512),
                422, "undecodable_image");
    }

    @Test
    void refuses_random_bytes_behind_a_png_signature() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        System.arraycopy(Fixtures.pngDeclaring(1, 1), 0, bytes, 0, 8);

        assertRejected(() -> decoder.decode(bytes, "image/png", 512), 422, "undecodable_image");
    }

    @Test
    void refuses_a_jpeg_declared_as_png() {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(30, 20, BufferedImage.TYPE_INT_RGB), "jpeg");

        ImageRejected rejected = rejection(() -> decoder.decode(jpeg, "image/png", 512));

        assertThat(rejected.status()).isEqualTo(415);
        assertThat(rejected.code()).isEqualTo("type_mismatch");
        assertThat(rejected.getMessage()).contains("image/png").contains("JPEG");
    }

    @Test
    void refuses_unsupported_content_types_but_ignores_parameters_and_case() throws ImageRejected {
        byte[] png = Fixtures.encode(Fixtures.quadrants(30, 20, BufferedImage.TYPE_INT_RGB), "png");

        assertRejected(() -> decoder.decode(png, "text/plain", 512), 415, "unsupported_media_type");
        assertRejected(() -> decoder.decode(png, null, 512), 415, "unsupported_media_type");
        assertRejected(() -> decoder.decode(png, "image/svg+xml", 512), 415, "unsupported_media_type");
        assertThat(decoder.decode(png, " IMAGE/PNG ; charset=binary", 512).getWidth()).isEqualTo(30);
    }

    @Test
    void refuses_empty_bodies() {
        assertRejected(() -> decoder.decode(new byte[0], "image/png", 512), 400, "empty_image");
        assertRejected(() -> decoder.decode(null, "image/png", 512), 400, "empty_image");
    }

    @Test
    void refuses_bodies_over_ten_megabytes() {
        byte[] body = new byte[(int) ImageDecoder.MAX_BYTES + 1];
        System.arraycopy(Fixtures.pngDeclaring(1, 1), 0, body, 0, 8);

        assertRejected(() -> decoder.decode(body, "image/png", 512), 413, "image_too_large");
    }

    @Test
    void gives_up_on_a_decode_that_exceeds_the_time_limit() {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg");

        try (ImageDecoder hasty = new ImageDecoder(Duration.ofMillis(1))) {
            long start = System.nanoTime();
            assertRejected(() -> hasty.decode(jpeg, "image/jpeg", 512), 422, "image_timeout");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        }
    }

    @Test
    void a_timed_out_decode_stops_working_soon_after() throws InterruptedException {
        byte[] png = Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] webp = Fixtures.resource("quadrants-3000x2400-lossy.webp");

        try (ImageDecoder hasty = new ImageDecoder(Duration.ofMillis(5), 1, 1)) {
            // The JDK's PNG and JPEG readers honour abort() between rows; the WebP reader does not and finishes.
            assertFreedAfterTimeout(hasty, png, "image/png", 1_000);
            assertFreedAfterTimeout(hasty, jpeg, "image/jpeg", 1_000);
            assertFreedAfterTimeout(hasty, webp, "image/webp", 15_000);
        }
    }

    private static void assertFreedAfterTimeout(ImageDecoder hasty, byte[] body, String type, long withinMillis)
            throws InterruptedException {
        assertRejected(() -> hasty.decode(body, type, 512), 422, "image_timeout");
        long start = System.nanoTime();
        while (hasty.activeDecodes() > 0 && System.nanoTime() - start < withinMillis * 1_000_000) {
            Thread.sleep(5);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[image] %s abandoned at the time limit; its thread was free %d ms later%n", type, millis);
        assertThat(hasty.activeDecodes()).as(type).isZero();
    }

    @Test
    void large_jpeg_png_and_gif_are_subsampled_while_decoding_not_after() throws ImageRejected {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("image/jpeg", Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg"));
        bodies.put("image/png", Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "png"));
        bodies.put("image/gif", Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "gif"));
        // Three bytes a pixel: the least a full-size raster of these 12 MP images could take.
        long fullRaster = 4000L * 3000 * 3;

        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            long allocated = measureDecode(body.getKey(), body.getValue(), "12 MP");
            assertThat(allocated).as(body.getKey()).isLessThan(fullRaster / 2);
        }
    }

    @Test
    void webp_honours_subsampling_in_its_output_but_decodes_at_full_size() throws ImageRejected {
        long lossless = measureDecode("image/webp", Fixtures.resource("quadrants-4000x3000-lossless.webp"), "12 MP");
        long lossy = measureDecode("image/webp", Fixtures.resource("quadrants-3000x2400-lossy.webp"), "7.2 MP");

        // A known limit of the TwelveMonkeys WebP reader, measured here so a change shows: it decodes the whole
        // frame and subsamples afterwards. Lossless holds about one full frame; lossy churns far more garbage than
        // that (total allocation, not peak), about 75 bytes a pixel, which costs time rather than heap.
        assertThat(lossless).isLessThan(4000L * 3000 * 5);
        assertThat(lossy).isLessThan(3000L * 2400 * 150);
    }

    /**
     * Decodes once to warm the codec up, then again counting what the decoder thread allocates. The time limit is
     * generous because this measures memory: lossy WebP alone can take seconds on a busy machine.
     */
    private static long measureDecode(String type, byte[] body, String label) throws ImageRejected {
        try (ImageDecoder single = new ImageDecoder(Duration.ofSeconds(30), 1, 1)) {
            single.decode(body, type, 512);
            long before = decoderThreadAllocations();
            long start = System.nanoTime();
            BufferedImage image = single.decode(body, type, 512);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long allocated = decoderThreadAllocations() - before;
            System.out.printf("[image] %s %s to %dx%d: %d ms, %d MB allocated on the decoder thread%n",
                    label, type, image.getWidth(), image.getHeight(), millis, allocated >> 20);
            assertQuadrants(image);
            return allocated;
        }
    }

    @Test
    void decodes_a_twelve_megapixel_jpeg_within_the_limit() throws ImageRejected {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg");
        decoder.decode(jpeg, "image/jpeg", 512);

        long start = System.nanoTime();
        BufferedImage image = decoder.decode(jpeg, "image/jpeg", 512);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(384);
        assertQuadrants(image);
        System.out.printf("[image] 12 MP JPEG (%d KB) decoded to 512 in %d ms%n", jpeg.length / 1024, millis);
    }

    @Test
    void parallel_decodes_succeed_or_are_refused_politely() throws Exception {
        byte[] jpeg = Fixtures.encode(Fixtures.quadrants(2000, 1500, BufferedImage.TYPE_INT_RGB), "jpeg");
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> {
                    try {
                        return decoder.decode(jpeg, "image/jpeg", 512).getWidth() == 512 ? "ok" : "wrong size";
                    } catch (ImageRejected e) {
                        return e.code();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : clients.invokeAll(calls)) {
                // get() would rethrow anything other than ImageRejected, failing the test.
                outcomes.add(future.get());
            }
            assertThat(outcomes).contains("ok").isSubsetOf("ok", "busy", "image_timeout");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void survives_randomly_mutated_images() {
        List<byte[]> seeds = List.of(
                Fixtures.encode(Fixtures.quadrants(120, 80, BufferedImage.TYPE_INT_RGB), "jpeg"),
                Fixtures.encode(Fixtures.quadrants(120, 80, BufferedImage.TYPE_INT_ARGB), "png"),
                Fixtures.encode(Fixtures.quadrants(120, 80, BufferedImage.TYPE_INT_RGB), "gif"),
                Fixtures.resource("quadrants-lossy.webp"),
                Fixtures.resource("quadrants-lossless.webp"),
                Fixtures.resource("red-square-alpha.webp"));
        List<String> types = List.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/webp",
                "image/webp");
        Random random = new Random(20261204L);
        int decoded = 0;
        for (int i = 0; i < 300; i++) {
            int pick = random.nextInt(seeds.size());
            byte[] mutated = mutate(seeds.get(pick), random);
            long start = System.nanoTime();
            try {
                decoder.decode(mutated, types.get(pick), 64);
                decoded++;
            } catch (ImageRejected expected) {
                assertThat(expected.status()).isBetween(400, 503);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("mutation %d", i)
                    .isLessThan(LIMIT.plusSeconds(1));
        }
        System.out.printf("[image] fuzz: %d of 300 mutated images still decoded%n", decoded);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(4)) {
                case 0 -> bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                case 2 -> bytes = Arrays.copyOf(bytes, Math.max(1, random.nextInt(bytes.length)));
                default -> {
                    // Overwrite a run with 0xFF or 0x00, the values that most often turn lengths and sizes absurd.
                    int at = random.nextInt(bytes.length);
                    int run = Math.min(bytes.length - at, 1 + random.nextInt(4));
                    Arrays.fill(bytes, at, at + run, random.nextBoolean() ? (byte) 0xFF : (byte) 0);
                }
            }
        }
        return bytes;
    }

    @Test
    void twelvemonkeys_readers_are_registered_and_preferred() {
        assertThat(ImageIO.getImageReadersByMIMEType("image/webp").hasNext()).isTrue();
        assertThat(ImageIO.getImageReadersByMIMEType("image/jpeg").next().getClass().getName())
                .startsWith("com.twelvemonkeys");
    }

    /** Bytes allocated so far by every decoder pool thread alive: the codecs' work, whichever thread runs it. */
    private static long decoderThreadAllocations() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("image-decode-")) {
                total += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
        return total;
    }

    private static void assertQuadrants(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertColour(image, w / 4, h / 4, Color.RED);
        assertColour(image, 3 * w / 4, h / 4, Color.GREEN);
        assertColour(image, w / 4, 3 * h / 4, Color.BLUE);
        assertColour(image, 3 * w / 4, 3 * h / 4, Color.YELLOW);
    }

    private static void assertColour(BufferedImage image, int x, int y, Color expected) {
        Color actual = new Color(image.getRGB(x, y));
        int distance = Math.abs(actual.getRed() - expected.getRed())
                + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue());
        assertThat(distance).as("colour at (%d,%d) was %s, expected about %s", x, y, actual, expected)
                .isLessThan(90);
    }

    private static ImageRejected rejection(ThrowingCallable call) {
        ImageRejected rejected = catchThrowableOfType(ImageRejected.class, call);
        assertThat(rejected).as("expected an ImageRejected").isNotNull();
        return rejected;
    }

    private static void assertRejected(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(code);
            assertThat(rejected.status()).isEqualTo(status);
        });
    }
}
