package com.alismart.server.image;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The ways a shopper's photo or screenshot differs from the listing picture, seeded so every run sees the same
 * pictures.
 */
final class Distortions {
    enum Kind { CROP, RESCALE, JPEG, BRIGHTNESS, CONTRAST, ROTATE, TEXT }

    /** A distorted picture and what was done to it, in order. */
    record Distorted(BufferedImage image, List<Kind> kinds) {
    }

    private static final String[] LABELS = {"$12.99", "SALE -40%", "US $4.56", "@shopper", "Free shipping", "NEW"};

    private Distortions() {
    }

    /** One to three different distortions, picked and parameterised by {@code random}. */
    static Distorted random(BufferedImage image, Random random) {
        List<Kind> all = new ArrayList<>(List.of(Kind.values()));
        int count = 1 + random.nextInt(3);
        EnumSet<Kind> chosen = EnumSet.noneOf(Kind.class);
        while (chosen.size() < count) {
            chosen.add(all.get(random.nextInt(all.size())));
        }
        // A fixed order, as a photo is taken, edited, then compressed for upload.
        List<Kind> order = List.of(Kind.ROTATE, Kind.CROP, Kind.RESCALE, Kind.BRIGHTNESS, Kind.CONTRAST, Kind.TEXT,
                Kind.JPEG);
        BufferedImage out = image;
        List<Kind> done = new ArrayList<>();
        for (Kind k : order) {
            if (chosen.contains(k)) {
                out = apply(k, out, random);
                done.add(k);
            }
        }
        return new Distorted(out, done);
    }

    static BufferedImage apply(Kind kind, BufferedImage image, Random random) {
        return switch (kind) {
            case CROP -> crop(image, 0.7 + 0.2 * random.nextDouble(), random);
            case RESCALE -> rescale(image, 0.5 + random.nextDouble());
            case JPEG -> jpeg(image, 0.4f + 0.3f * random.nextFloat());
            case BRIGHTNESS -> brightnessContrast(image, 0.8 + 0.4 * random.nextDouble(), 1.0);
            case CONTRAST -> brightnessContrast(image, 1.0, 0.8 + 0.4 * random.nextDouble());
            case ROTATE -> rotate(image, (random.nextDouble() * 2 - 1) * 8, random);
            case TEXT -> text(image, random);
        };
    }

    /** Keeps {@code fraction} of each side, at a random position. */
    static BufferedImage crop(BufferedImage image, double fraction, Random random) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * fraction));
        int h = Math.max(1, (int) Math.round(image.getHeight() * fraction));
        int x = random.nextInt(image.getWidth() - w + 1);
        int y = random.nextInt(image.getHeight() - h + 1);
        return copy(image.getSubimage(x, y, w, h));
    }

    static BufferedImage rescale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Encodes and decodes as JPEG; the decoded picture is 3BYTE_BGR, as a real upload would be. */
    static BufferedImage jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(copy(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multiplies by {@code brightness}, then stretches about mid-gray by {@code contrast}. */
    static BufferedImage brightnessContrast(BufferedImage image, double brightness, double contrast) {
        BufferedImage out = copy(image);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int p = out.getRGB(x, y);
                int r = adjust((p >> 16) & 0xff, brightness, contrast);
                int g = adjust((p >> 8) & 0xff, brightness, contrast);
                int b = adjust(p & 0xff, brightness, contrast);
                out.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return out;
    }

    private static int adjust(int v, double brightness, double contrast) {
        double s = (v * brightness - 128) * contrast + 128;
        return (int) Math.max(0, Math.min(255, Math.round(s)));
    }

    /** Turns about the centre; the corners that come in are a light gray, as a table or wall would be. */
    static BufferedImage rotate(BufferedImage image, double degrees, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            int shade = 225 + random.nextInt(25);
            g.setColor(new Color(shade, shade, shade - random.nextInt(6)));
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A price tag or watermark: a label on a coloured tag, or half-transparent text, somewhere on the picture. */
    static BufferedImage text(BufferedImage image, Random random) {
        BufferedImage out = copy(image);
        int w = out.getWidth();
        int h = out.getHeight();
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            String label = LABELS[random.nextInt(LABELS.length)];
            int fontSize = Math.max(8, (int) (h * (0.05 + 0.04 * random.nextDouble())));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
            int textWidth = g.getFontMetrics().stringWidth(label);
            int x = random.nextInt(Math.max(1, w - textWidth));
            int y = fontSize + random.nextInt(Math.max(1, h - fontSize * 2));
            if (random.nextBoolean()) {
                g.setColor(random.nextBoolean() ? new Color(0xe62e2e) : new Color(0xffd21f));
                g.fillRoundRect(x - 4, y - fontSize, textWidth + 8, fontSize + fontSize / 3, 6, 6);
                g.setColor(Color.WHITE);
                g.drawString(label, x, y);
            } else {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
                g.setColor(random.nextBoolean() ? Color.WHITE : Color.DARK_GRAY);
                g.drawString(label, x, y);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** An RGB copy that owns its pixels (a subimage shares its parent's, and JPEG wants no alpha). */
    static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
