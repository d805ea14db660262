package com.alismart.server.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * What the shape drawings paint with: the product's colours, and fills that share one light (from the top left),
 * one outline and one surface pattern, so all shapes look like they belong to the same catalog. Coordinates are in
 * a 100 x 100 frame.
 *
 * <p>Shading stays within about 10% of the colour: enough to read as volume, not so much that a blue product's
 * shadow side reads as navy to the image search.
 */
final class Pen {
    enum Pattern { NONE, STRIPES, DOTS, SHEEN, CHECKS, BANDS }

    /** The kinds of print or logo a seller puts on a product. */
    enum Print { DISC, BADGE, STAR, RING, LETTERING, CHEVRON }

    private static final float OUTLINE = 0.7f;

    final Graphics2D g;
    final Color main;
    /** The product's second colour, or null when it has one. */
    final Color second;
    final Color background;
    /** Per-product randomness for a drawing's own small variations (a pocket or not, a strap's width). */
    final Rng r;
    final Pattern pattern;
    /** How fine the pattern is (1 = the usual 6-unit pitch) and which way its stripes run. */
    private final double patternPitch;
    private final double patternAngle;
    /** The largest part drawn in the main colour so far: where a print goes. */
    private Shape printable;
    private double printableArea;

    /**
     * @param look per-product randomness for what sellers make differently (pattern pitch and angle, the print),
     *             kept apart from {@code r} so a drawing's own choices stay independent of it
     */
    Pen(Graphics2D g, Color main, Color second, Color background, Rng r, Rng look) {
        this.g = g;
        this.main = main;
        this.second = second;
        this.background = background;
        this.r = r;
        this.pattern = Pattern.values()[look.nextInt(Pattern.values().length)];
        this.patternPitch = 0.6 + look.nextDouble() * 1.1;
        this.patternAngle = look.nextDouble() * 180;
    }

    /** The main colour darkened by up to {@code factor}, but never so far that it reads as another colour. */
    Color deeper(double factor) {
        return keepShade(main, factor);
    }

    /** The main colour lightened by up to {@code amount}, but never so far that it reads as another colour. */
    Color lighter(double amount) {
        return keepTint(main, amount);
    }

    /** How light the main colour is, 0 (black) to 1 (white). */
    double luminance() {
        return luminance(main);
    }

    /** The second colour if the product has one, else {@code fallback}: where a two-colour product shows it. */
    Color accent(Color fallback) {
        return second != null ? second : fallback;
    }

    /** A contrasting trim in the main colour's family: darker for light colours, lighter for dark ones. */
    Color trim() {
        return luminance(main) > 0.35 ? shade(main, 0.72) : tint(main, 0.3);
    }

    /** Near-black for soles, screens, tyres; lifted a little for black products so the parts stay apart. */
    Color dark() {
        return luminance(main) < 0.15 ? new Color(0x48, 0x48, 0x4a) : new Color(0x2a, 0x2a, 0x2c);
    }

    Color metal() {
        return luminance(main) > 0.6 && saturation(main) < 0.15 ? new Color(0x9a, 0x9c, 0xa0)
                : new Color(0xc4, 0xc6, 0xca);
    }

    Color light() {
        return luminance(main) > 0.85 ? new Color(0xfd, 0xfd, 0xfb) : new Color(0xf2, 0xf1, 0xee);
    }

    /** The main colour with light, outline and the product's surface pattern. */
    void body(Shape s) {
        fill(s, main);
        texture(s);
        outline(s, main);
        remember(s);
    }

    /** The main colour with light and outline but no pattern (hard parts: cases, soles, frames). */
    void solid(Shape s) {
        fill(s, main);
        outline(s, main);
        remember(s);
    }

    private void remember(Shape s) {
        Rectangle2D b = s.getBounds2D();
        double area = b.getWidth() * b.getHeight();
        if (area > printableArea) {
            printable = s;
            printableArea = area;
        }
    }

    /**
     * A seller's print or logo on the largest main-coloured part: its kind, place, size, turn and colour come from
     * {@code look}, as two sellers' versions of one product differ in them. Kept small, so the main colour still
     * covers most of the product.
     */
    void print(Rng look) {
        if (printable == null || !look.chance(0.8)) {
            return;
        }
        Print kind = Print.values()[look.nextInt(Print.values().length)];
        Rectangle2D b = printable.getBounds2D();
        double side = Math.min(b.getWidth(), b.getHeight()) * (0.14 + look.nextDouble() * 0.16);
        double cx = b.getMinX() + b.getWidth() * (0.3 + look.nextDouble() * 0.4);
        double cy = b.getMinY() + b.getHeight() * (0.3 + look.nextDouble() * 0.4);
        double turn = (look.nextDouble() - 0.5) * 50;
        Color ink = switch (look.nextInt(5)) {
            // The second colour only where the pattern does not already show it: the main colour must stay main.
            case 0 -> pattern == Pattern.NONE || pattern == Pattern.SHEEN ? accent(light()) : light();
            case 1 -> dark();
            case 2 -> luminance(main) > 0.35 ? shade(main, 0.55) : tint(main, 0.45);
            case 3 -> new Color(0xc9, 0xa2, 0x27);
            default -> light();
        };
        Shape clip = g.getClip();
        AffineTransform saved = g.getTransform();
        g.clip(printable);
        g.rotate(Math.toRadians(turn), cx, cy);
        double h = side / 2;
        switch (kind) {
            case DISC -> flat(ellipse(cx, cy, h, h), ink);
            case BADGE -> flat(round(cx - h, cy - h * 0.7, side, side * 0.7, side * 0.25), ink);
            case STAR -> flat(star(cx, cy, h, h * 0.45), ink);
            case RING -> line(ellipse(cx, cy, h * 0.8, h * 0.8), ink, (float) Math.max(0.8, side * 0.14));
            case LETTERING -> {
                // Two lines of a brand name: bars of uneven length, as text looks from a distance.
                line(cx - h * 1.2, cy - h * 0.25, cx + h * 1.2, cy - h * 0.25, ink, (float) (side * 0.2));
                line(cx - h * 0.7, cy + h * 0.3, cx + h * 0.5, cy + h * 0.3, ink, (float) (side * 0.14));
            }
            default -> {
                Path2D.Double v = path();
                v.moveTo(cx - h, cy - h * 0.5);
                v.lineTo(cx, cy + h * 0.4);
                v.lineTo(cx + h, cy - h * 0.5);
                line(v, ink, (float) Math.max(0.8, side * 0.18));
            }
        }
        g.setTransform(saved);
        g.setClip(clip);
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D.Double s = path();
        for (int i = 0; i < 10; i++) {
            double a = Math.PI * i / 5 - Math.PI / 2;
            double radius = i % 2 == 0 ? outer : inner;
            double x = cx + Math.cos(a) * radius;
            double y = cy + Math.sin(a) * radius;
            if (i == 0) {
                s.moveTo(x, y);
            } else {
                s.lineTo(x, y);
            }
        }
        s.closePath();
        return s;
    }

    /** Any colour, lit and outlined. */
    void part(Shape s, Color c) {
        fill(s, c);
        outline(s, c);
    }

    /** Flat colour, no light, no outline: small details. */
    void flat(Shape s, Color c) {
        g.setPaint(c);
        g.fill(s);
    }

    /** A stroked line or curve with round ends. */
    void line(Shape s, Color c, float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(c);
        g.draw(s);
    }

    void line(double x1, double y1, double x2, double y2, Color c, float width) {
        line(new Line2D.Double(x1, y1, x2, y2), c, width);
    }

    /** A stroked curve drawn in a colour with its own darker rim, so thick cords and straps read as round. */
    void cord(Shape s, Color c, float width) {
        line(s, shade(c, 0.7), width + 1.0f);
        line(s, c, width);
    }

    /** A soft contact shadow under the object, centred at (cx, cy). */
    void shadow(double cx, double cy, double halfWidth) {
        float radius = (float) halfWidth;
        AffineTransform squash = AffineTransform.getTranslateInstance(cx, cy);
        squash.scale(1, 0.16);
        squash.translate(-cx, -cy);
        Color edge = new Color(0, 0, 0, 0);
        RadialGradientPaint paint = new RadialGradientPaint(new Point2D.Double(cx, cy), radius,
                new Point2D.Double(cx, cy), new float[] {0f, 1f}, new Color[] {new Color(0, 0, 0, 24), edge},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, squash);
        g.setPaint(paint);
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius * 0.16, 2 * radius, radius * 0.32));
    }

    /** A white gloss streak clipped to the shape: glass, plastic, metal. */
    void gloss(Shape s, double x, double y, double w, double h) {
        Shape clip = g.getClip();
        g.clip(s);
        // On near-black a strong white streak reads as a brown-gray patch; keep it faint there.
        g.setPaint(new Color(255, 255, 255, luminance(main) < 0.15 ? 28 : 70));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, Math.min(w, h), Math.min(w, h)));
        g.setClip(clip);
    }

    private void fill(Shape s, Color c) {
        Rectangle2D b = s.getBounds2D();
        g.setPaint(new LinearGradientPaint(
                new Point2D.Double(b.getMinX(), b.getMinY()), new Point2D.Double(b.getMaxX(), b.getMaxY() + 0.01),
                new float[] {0f, 0.45f, 1f}, new Color[] {keepTint(c, 0.1), c, keepShade(c, 0.9)}));
        g.fill(s);
    }

    private void outline(Shape s, Color c) {
        g.setStroke(new BasicStroke(OUTLINE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(luminance(c) < 0.15 ? new Color(0x10, 0x10, 0x10) : shade(c, 0.62));
        g.draw(s);
    }

    private void texture(Shape s) {
        if (pattern == Pattern.NONE) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(s);
        Rectangle2D b = s.getBounds2D();
        Color ink = second != null ? second : luminance(main) > 0.3 ? keepShade(main, 0.8) : keepTint(main, 0.16);
        double pitch = 6 * patternPitch;
        switch (pattern) {
            case STRIPES -> stripes(b, ink, pitch, patternAngle, 1.4f * (float) patternPitch);
            case CHECKS -> {
                stripes(b, ink, pitch * 1.3, patternAngle, 0.9f * (float) patternPitch);
                stripes(b, ink, pitch * 1.3, patternAngle + 90, 0.9f * (float) patternPitch);
            }
            case BANDS -> {
                // Broad bands across the product, as a colour-block or rugby stripe.
                g.setPaint(ink);
                double band = pitch * 1.6;
                for (double y = b.getMinY() + band * (patternPitch - 0.5); y < b.getMaxY(); y += band * 2.2) {
                    g.fill(new Rectangle2D.Double(b.getMinX(), y, b.getWidth(), band * 0.45));
                }
            }
            case DOTS -> {
                g.setPaint(ink);
                double dot = 1.1 * Math.sqrt(patternPitch);
                for (double y = b.getMinY() + pitch / 2; y < b.getMaxY(); y += pitch) {
                    double shift = ((int) ((y - b.getMinY()) / pitch) % 2) * pitch / 2;
                    for (double x = b.getMinX() + pitch / 3 + shift; x < b.getMaxX(); x += pitch) {
                        g.fill(new Ellipse2D.Double(x - dot, y - dot, 2 * dot, 2 * dot));
                    }
                }
            }
            default -> {
                Color sheen = keepTint(main, 0.35);
                double t = Math.toRadians(patternAngle);
                double cx = b.getCenterX();
                double cy = b.getCenterY();
                double reach = Math.max(b.getWidth(), b.getHeight()) / 2;
                g.setPaint(new LinearGradientPaint(
                        new Point2D.Double(cx - Math.cos(t) * reach, cy - Math.sin(t) * reach),
                        new Point2D.Double(cx + Math.cos(t) * reach + 0.01, cy + Math.sin(t) * reach),
                        new float[] {0f, 0.3f, 0.42f, 1f},
                        new Color[] {alpha(sheen, 0), alpha(sheen, 0), alpha(sheen, 200), alpha(sheen, 0)}));
                g.fill(b);
            }
        }
        g.setClip(clip);
    }

    /** Parallel lines at {@code degrees} across the box b, {@code pitch} apart. */
    private void stripes(Rectangle2D b, Color ink, double pitch, double degrees, float width) {
        g.setStroke(new BasicStroke(width));
        g.setPaint(ink);
        double t = Math.toRadians(degrees);
        double dx = Math.cos(t);
        double dy = Math.sin(t);
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        double reach = Math.hypot(b.getWidth(), b.getHeight()) / 2;
        for (double o = -reach; o <= reach; o += pitch) {
            // The line through the centre offset by o along the normal, long enough to cross the whole box.
            double px = cx - dy * o;
            double py = cy + dx * o;
            g.draw(new Line2D.Double(px - dx * reach, py - dy * reach, px + dx * reach, py + dy * reach));
        }
    }

    // Geometry helpers, all in the 100 x 100 frame.

    static Path2D.Double path() {
        return new Path2D.Double();
    }

    static Shape rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    static Shape round(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
    }

    static Shape ellipse(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    // Colour helpers.

    static Color shade(Color c, double factor) {
        return new Color(clamp(c.getRed() * factor), clamp(c.getGreen() * factor), clamp(c.getBlue() * factor));
    }

    static Color tint(Color c, double amount) {
        return new Color(clamp(c.getRed() + (255 - c.getRed()) * amount),
                clamp(c.getGreen() + (255 - c.getGreen()) * amount),
                clamp(c.getBlue() + (255 - c.getBlue()) * amount));
    }

    /**
     * {@code c} darkened by {@code factor}, or less when that would make it nearer another catalog colour: light
     * colours sit close together (white and silver, yellow and gold) and a shadow must not change what colour the
     * product is.
     */
    static Color keepShade(Color c, double factor) {
        String name = nearestName(c);
        for (double f = factor; f < 1; f += 0.02) {
            Color candidate = shade(c, f);
            if (nearestName(candidate).equals(name)) {
                return candidate;
            }
        }
        return c;
    }

    /** {@code c} lightened by {@code amount}, or less when that would make it nearer another catalog colour. */
    static Color keepTint(Color c, double amount) {
        String name = nearestName(c);
        for (double a = amount; a > 0; a -= 0.02) {
            Color candidate = tint(c, a);
            if (nearestName(candidate).equals(name)) {
                return candidate;
            }
        }
        return c;
    }

    /** The catalog colour nearest to {@code c} in plain RGB distance. */
    static String nearestName(Color c) {
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (var e : Taxonomy.COLORS.entrySet()) {
            int rgb = e.getValue();
            long dr = c.getRed() - ((rgb >> 16) & 0xff);
            long dg = c.getGreen() - ((rgb >> 8) & 0xff);
            long db = c.getBlue() - (rgb & 0xff);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance || d == bestDistance && e.getKey().compareTo(best) < 0) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best;
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    static double saturation(Color c) {
        int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
        int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
        return max == 0 ? 0 : (max - min) / (double) max;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
