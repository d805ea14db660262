package com.alismart.server.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a product's picture: its shape in its main colour on a light neutral background, like a listing photo.
 * The same product always gives the same pixels; products that differ only in id differ as different sellers'
 * versions of one kind of product do: in proportions, surface pattern (its kind, pitch and angle), a print or logo
 * (its kind, place, size and colour), small details, and the pose of the photo.
 *
 * <p>Pictures are drawn, not stored, so a million-product catalog needs no image files, and image search over
 * them has something real to match: shape and colour.
 */
public final class ProductImages {
    /** Every shape name with a drawing of its own; other names fall back to a plain parcel. */
    public static final Set<String> SHAPES = Shapes.NAMES;

    /**
     * Bump whenever a change makes any product's picture differ: indexes store vectors of these drawings and are
     * rebuilt when this changes (see {@code CatalogLoader.source}).
     */
    public static final int VERSION = 2;

    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 2048;

    private static final int FALLBACK_RGB = 0x8a8d91;

    private ProductImages() {
    }

    /** A {@code size} x {@code size} RGB picture of the product. */
    public static BufferedImage render(Product p, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
        Rng r = new Rng(Rng.hash(Rng.hashOf(p.id()), 0x1a6e, 0));
        Rng look = new Rng(Rng.hash(Rng.hashOf(p.id()), 0x5e11e5, 0));
        List<String> colors = p.colors();
        Color main = color(colors.isEmpty() ? null : colors.get(0));
        Color accent = colors.size() > 1 ? color(colors.get(1)) : null;
        Color background = background(main, r);

        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setColor(background);
            g.fillRect(0, 0, size, size);
            g.scale(size / 100.0, size / 100.0);
            // Pose: a slight turn, shift and zoom, sometimes mirrored, about the centre of the frame.
            AffineTransform pose = new AffineTransform();
            pose.translate(50 + (r.nextDouble() - 0.5) * 6, 50 + (r.nextDouble() - 0.5) * 5);
            pose.rotate(Math.toRadians((r.nextDouble() - 0.5) * 10));
            // Proportions: one seller's version is wider or taller than another's (up to a quarter), at an area
            // that keeps it inside the frame.
            double aspect = Math.sqrt(Math.exp((look.nextDouble() - 0.5) * 0.45));
            double scale = 0.88 + r.nextDouble() * 0.1;
            pose.scale((r.chance(0.5) ? -scale : scale) * aspect, scale / aspect);
            pose.translate(-50, -50);
            g.transform(pose);
            Pen pen = new Pen(g, main, accent, background, r, look);
            Shapes.draw(p.shape(), pen);
            pen.print(look);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG bytes. */
    public static byte[] png(Product p, int size) {
        BufferedImage image = render(p, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * size / 4);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // A memory-backed stream: ImageIO's default may spill to a temporary file, which a server should not do
        // for every image request.
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The sRGB value drawn for a colour name; unknown names (an imported feed's "khaki") get neutral gray. */
    static Color color(String name) {
        Integer rgb = name == null ? null : Taxonomy.COLORS.get(name);
        return new Color(rgb == null ? FALLBACK_RGB : rgb);
    }

    /** A light neutral, a touch warmer or cooler per product; darker behind very light products so they show. */
    private static Color background(Color main, Rng r) {
        int base = Pen.luminance(main) > 0.82 ? 222 : 244;
        int warmth = r.nextInt(5) - 2;
        return new Color(base + warmth, base, base - warmth - 2);
    }
}
