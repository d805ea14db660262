package com.alismart.server.catalog;

import static com.alismart.server.catalog.Pen.ellipse;
import static com.alismart.server.catalog.Pen.path;
import static com.alismart.server.catalog.Pen.rect;
import static com.alismart.server.catalog.Pen.round;
import static com.alismart.server.catalog.Pen.shade;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One drawing per shape name used by the catalog templates, each in a 100 x 100 frame with the ground near y = 88.
 * Drawings keep most of their area in the product's main colour, because that is what a shopper (and the image
 * search) takes the colour of a product to be; secondary parts stay small.
 */
final class Shapes {
    private static final Color GLASS = new Color(0xd8, 0xe6, 0xee);
    private static final Color LIGHT_WARM = new Color(0xff, 0xf1, 0xb8);
    private static final Color LEAF = new Color(0x4e, 0x8a, 0x4c);

    private static final Map<String, Consumer<Pen>> PAINTERS = Map.ofEntries(
            Map.entry("tshirt", Shapes::tshirt), Map.entry("sweater", Shapes::sweater),
            Map.entry("jacket", Shapes::jacket), Map.entry("dress", Shapes::dress),
            Map.entry("pants", Shapes::pants), Map.entry("shorts", Shapes::shorts),
            Map.entry("swimsuit", Shapes::swimsuit), Map.entry("boot", Shapes::boot),
            Map.entry("sneaker", Shapes::sneaker), Map.entry("sandal", Shapes::sandal),
            Map.entry("heel", Shapes::heel), Map.entry("backpack", Shapes::backpack),
            Map.entry("handbag", Shapes::handbag), Map.entry("watch", Shapes::watch),
            Map.entry("smartwatch", Shapes::smartwatch), Map.entry("ring", Shapes::ring),
            Map.entry("necklace", Shapes::necklace), Map.entry("sunglasses", Shapes::sunglasses),
            Map.entry("cap", Shapes::cap), Map.entry("scarf", Shapes::scarf),
            Map.entry("phone-case", Shapes::phoneCase), Map.entry("cable", Shapes::cable),
            Map.entry("charger", Shapes::charger), Map.entry("earbuds", Shapes::earbuds),
            Map.entry("headphones", Shapes::headphones), Map.entry("speaker", Shapes::speaker),
            Map.entry("mouse", Shapes::mouse), Map.entry("keyboard", Shapes::keyboard),
            Map.entry("pillow", Shapes::pillow), Map.entry("vase", Shapes::vase),
            Map.entry("mug", Shapes::mug), Map.entry("pan", Shapes::pan),
            Map.entry("bottle", Shapes::bottle), Map.entry("lamp", Shapes::lamp),
            Map.entry("lipstick", Shapes::lipstick), Map.entry("brush", Shapes::brush),
            Map.entry("toy-car", Shapes::toyCar), Map.entry("teddy", Shapes::teddy),
            Map.entry("dumbbell", Shapes::dumbbell), Map.entry("tent", Shapes::tent),
            Map.entry("flashlight", Shapes::flashlight), Map.entry("bicycle", Shapes::bicycle),
            Map.entry("drill", Shapes::drill), Map.entry("notebook", Shapes::notebook));

    static final Set<String> NAMES = PAINTERS.keySet();

    private Shapes() {
    }

    static void draw(String shape, Pen p) {
        PAINTERS.getOrDefault(shape == null ? "" : shape, Shapes::parcel).accept(p);
    }

    // Clothing, laid flat as in a listing photo.

    private static void tshirt(Pen p) {
        p.shadow(50, 89, 30);
        // Sellers cut sleeves shorter or longer, and the neck round or in a V.
        double sleeve = 0.7 + p.r.nextDouble() * 0.6;
        double sx = 7 * sleeve;
        double sy = 17 * sleeve;
        boolean vee = p.r.chance(0.3);
        double neck = vee ? 31 : 25;
        Path2D.Double s = path();
        s.moveTo(37, 14);
        if (vee) {
            s.lineTo(50, neck);
            s.lineTo(63, 14);
        } else {
            s.quadTo(50, neck, 63, 14);
        }
        s.lineTo(79 + sx, 25);
        s.lineTo(79 + sx - 7, 25 + sy);
        s.lineTo(71, 38);
        s.lineTo(72, 87);
        s.lineTo(28, 87);
        s.lineTo(29, 38);
        s.lineTo(21 - sx + 7, 25 + sy);
        s.lineTo(21 - sx, 25);
        s.closePath();
        p.body(s);
        Path2D.Double collar = path();
        collar.moveTo(37.5, 14.5);
        if (vee) {
            collar.lineTo(50, neck + 0.5);
            collar.lineTo(62.5, 14.5);
        } else {
            collar.quadTo(50, neck + 1, 62.5, 14.5);
        }
        p.line(collar, p.accent(p.trim()), 2.4f);
        if (p.second != null) {
            // A ringer tee: the second colour at the collar and the sleeve ends.
            Path2D.Double cuffL = path();
            double ex = 21 - sx + 7;
            double ey = 25 + sy;
            cuffL.moveTo(ex, ey);
            cuffL.lineTo(29, 38);
            cuffL.lineTo(27.6, 34.6);
            cuffL.lineTo(ex - 1.4, ey - 3.4);
            cuffL.closePath();
            p.part(cuffL, p.second);
            p.part(AffineTransform.getTranslateInstance(100, 0).createTransformedShape(
                    AffineTransform.getScaleInstance(-1, 1).createTransformedShape(cuffL)), p.second);
        }
        Color stitch = Pen.alpha(p.trim(), 150);
        p.line(29, 84, 71, 84, stitch, 0.5f);
    }

    /** A long-sleeved garment laid flat; {@code hem} and {@code hemHalfWidth} set its length and flare. */
    private static Path2D.Double longSleeves(double hem, double hemHalfWidth) {
        Path2D.Double s = path();
        s.moveTo(38, 13);
        s.quadTo(50, 21, 62, 13);
        s.lineTo(75, 17);
        s.quadTo(84, 21, 86, 33);
        s.lineTo(91, 75);
        s.lineTo(80, 77);
        s.lineTo(73, 41);
        s.lineTo(50 + hemHalfWidth, hem);
        s.lineTo(50 - hemHalfWidth, hem);
        s.lineTo(27, 41);
        s.lineTo(20, 77);
        s.lineTo(9, 75);
        s.lineTo(14, 33);
        s.quadTo(16, 21, 25, 17);
        s.closePath();
        return s;
    }

    private static void sweater(Pen p) {
        p.shadow(50, 89, 34);
        boolean hood = p.r.chance(0.45);
        if (hood) {
            Path2D.Double h = path();
            h.moveTo(36, 16);
            h.quadTo(36, 3, 50, 3);
            h.quadTo(64, 3, 64, 16);
            h.closePath();
            p.part(h, p.deeper(0.92));
        }
        // Length and width vary, always shorter and straighter than a jacket.
        double hem = 79 + p.r.nextDouble() * 8;
        p.body(longSleeves(hem, 20 + p.r.nextDouble() * 4));
        Color rib = p.accent(p.trim());
        p.part(rect(27, hem - 5, 46, 5), rib);
        p.part(rect(79.6, 73, 11.2, 4.5), rib);
        p.part(rect(9.2, 73, 11.2, 4.5), rib);
        Path2D.Double neck = path();
        neck.moveTo(38.5, 13.5);
        neck.quadTo(50, 22, 61.5, 13.5);
        p.line(neck, rib, 2.4f);
        if (hood) {
            p.line(46, 20, 45, 34, p.light(), 0.9f);
            p.line(54, 20, 55, 34, p.light(), 0.9f);
        }
        if (p.r.chance(0.5)) {
            Path2D.Double pocket = path();
            pocket.moveTo(37, hem - 9);
            pocket.lineTo(40, hem - 27);
            pocket.lineTo(60, hem - 27);
            pocket.lineTo(63, hem - 9);
            p.line(pocket, Pen.alpha(p.trim(), 170), 0.7f);
        }
    }

    /** Longer and flared, with a standing collar: a coat's outline, not a sweater's. */
    private static void jacket(Pen p) {
        p.shadow(50, 94, 36);
        Path2D.Double collar = path();
        collar.moveTo(36, 15);
        collar.lineTo(38, 5);
        collar.quadTo(50, 9, 62, 5);
        collar.lineTo(64, 15);
        collar.closePath();
        p.part(collar, p.deeper(0.88));
        double hem = 90 + p.r.nextDouble() * 5;
        p.body(longSleeves(hem, 26 + p.r.nextDouble() * 4));
        Color trim = p.accent(p.trim());
        Path2D.Double left = path();
        left.moveTo(38, 13);
        left.lineTo(50, 24);
        left.lineTo(44, 34);
        left.lineTo(34, 15);
        left.closePath();
        Path2D.Double right = path();
        right.moveTo(62, 13);
        right.lineTo(50, 24);
        right.lineTo(56, 34);
        right.lineTo(66, 15);
        right.closePath();
        p.part(left, p.deeper(0.9));
        p.part(right, p.deeper(0.9));
        p.line(50, 24, 50, hem, p.second != null ? trim : p.metal(), 1.3f);
        p.part(rect(48.6, 40, 2.8, 5), p.metal());
        p.line(33, 62, 40, 60, trim, 1.1f);
        p.line(67, 62, 60, 60, trim, 1.1f);
        p.part(rect(79.6, 73, 11.2, 3.5), trim);
        p.part(rect(9.2, 73, 11.2, 3.5), trim);
    }

    private static void dress(Pen p) {
        // Midi or maxi, A-line or flared, the waist higher or lower: the cut is what sellers vary most.
        double hem = 72 + p.r.nextDouble() * 16;
        double flare = 26 + p.r.nextDouble() * 12;
        double waist = 36 + p.r.nextDouble() * 9;
        p.shadow(50, hem + 4, flare);
        Path2D.Double s = path();
        s.moveTo(38, 10);
        s.lineTo(43, 10);
        s.quadTo(50, 21, 57, 10);
        s.lineTo(62, 10);
        s.quadTo(66, 26, 62, waist);
        s.quadTo(50 + flare * 0.6, (waist + hem) / 2 + 4, 50 + flare, hem);
        s.quadTo(50, hem + 7, 50 - flare, hem);
        s.quadTo(50 - flare * 0.6, (waist + hem) / 2 + 4, 38, waist);
        s.quadTo(34, 26, 38, 10);
        s.closePath();
        p.body(s);
        Color fold = Pen.alpha(shade(p.main, 0.75), 120);
        p.line(44, waist + 5, 50 - flare * 0.4, hem, fold, 0.6f);
        p.line(50, waist + 5, 50, hem + 3, fold, 0.6f);
        p.line(56, waist + 5, 50 + flare * 0.4, hem, fold, 0.6f);
        p.part(round(37.6, waist - 2, 24.8, 4.2, 2), p.accent(p.trim()));
    }

    private static void pants(Pen p) {
        p.shadow(50, 89, 28);
        Path2D.Double s = path();
        s.moveTo(30, 14);
        s.lineTo(70, 14);
        s.lineTo(76, 88);
        s.lineTo(55, 88);
        s.lineTo(50, 38);
        s.lineTo(45, 88);
        s.lineTo(24, 88);
        s.closePath();
        p.body(s);
        p.part(rect(30, 13, 40, 6), p.accent(p.deeper(0.88)));
        Color seam = p.trim();
        p.line(50, 19, 50, 34, seam, 0.7f);
        Path2D.Double pocketL = path();
        pocketL.moveTo(32, 20);
        pocketL.quadTo(38, 22, 40, 19);
        Path2D.Double pocketR = path();
        pocketR.moveTo(68, 20);
        pocketR.quadTo(62, 22, 60, 19);
        p.line(pocketL, seam, 0.7f);
        p.line(pocketR, seam, 0.7f);
        p.flat(round(49, 15, 2, 2, 2), p.metal());
    }

    private static void shorts(Pen p) {
        p.shadow(50, 70, 30);
        Path2D.Double s = path();
        s.moveTo(28, 20);
        s.lineTo(72, 20);
        s.lineTo(79, 64);
        s.lineTo(55, 66);
        s.lineTo(50, 44);
        s.lineTo(45, 66);
        s.lineTo(21, 64);
        s.closePath();
        p.body(s);
        p.part(rect(28, 19, 44, 6), p.accent(p.deeper(0.88)));
        p.line(50, 25, 50, 40, p.trim(), 0.7f);
        if (p.r.chance(0.5)) {
            p.line(47, 25, 45, 34, p.light(), 0.9f);
            p.line(53, 25, 55, 34, p.light(), 0.9f);
        }
        p.line(22, 60, 45.5, 62, Pen.alpha(p.trim(), 150), 0.5f);
        p.line(78, 60, 54.5, 62, Pen.alpha(p.trim(), 150), 0.5f);
    }

    private static void swimsuit(Pen p) {
        p.shadow(50, 90, 22);
        Path2D.Double s = path();
        s.moveTo(32, 10);
        s.lineTo(37, 10);
        s.quadTo(50, 38, 63, 10);
        s.lineTo(68, 10);
        s.quadTo(72, 30, 69, 38);
        s.quadTo(61, 54, 68, 64);
        s.quadTo(59, 74, 56, 88);
        s.lineTo(44, 88);
        s.quadTo(41, 74, 32, 64);
        s.quadTo(39, 54, 31, 38);
        s.quadTo(28, 30, 32, 10);
        s.closePath();
        p.body(s);
        Path2D.Double neck = path();
        neck.moveTo(37.5, 11);
        neck.quadTo(50, 37, 62.5, 11);
        p.line(neck, p.accent(p.trim()), 1.6f);
        if (p.r.chance(0.5)) {
            p.part(round(34, 50, 32, 4, 2), p.accent(p.trim()));
        }
    }

    // Footwear, side view, toe to the right.

    private static void boot(Pen p) {
        p.shadow(56, 88, 36);
        Path2D.Double upper = path();
        upper.moveTo(30, 12);
        upper.lineTo(55, 12);
        upper.lineTo(57, 48);
        upper.quadTo(61, 55, 75, 59);
        upper.quadTo(89, 63, 89, 74);
        upper.lineTo(89, 78);
        upper.lineTo(25, 78);
        upper.quadTo(23, 58, 28, 40);
        upper.closePath();
        p.solid(upper);
        Color sole = p.accent(p.dark());
        p.part(round(23, 76, 68, 9, 6), sole);
        p.part(rect(23, 80, 18, 7), sole);
        p.part(round(28, 9, 28, 6, 4), p.deeper(0.85));
        Color lace = p.luminance() > 0.5 ? p.dark() : p.light();
        for (int i = 0; i < 6; i++) {
            double y = 18 + i * 6;
            p.line(51, y, 58, y + 3, lace, 1.1f);
        }
        p.line(26, 70, 88, 70, Pen.alpha(p.trim(), 160), 0.5f);
    }

    private static void sneaker(Pen p) {
        p.shadow(52, 85, 40);
        Path2D.Double upper = path();
        upper.moveTo(12, 71);
        upper.quadTo(10, 40, 27, 35);
        upper.lineTo(43, 38);
        upper.quadTo(51, 41, 57, 46);
        upper.quadTo(78, 50, 88, 60);
        upper.quadTo(93, 67, 89, 72);
        upper.lineTo(12, 72);
        upper.closePath();
        p.body(upper);
        p.flat(ellipse(34, 38.5, 9, 2.6), p.dark());
        Path2D.Double sole = path();
        sole.moveTo(10, 70);
        sole.lineTo(91, 70);
        sole.quadTo(93, 77.5, 86, 79);
        sole.lineTo(15, 79);
        sole.quadTo(8, 76.5, 10, 70);
        sole.closePath();
        p.part(sole, p.light());
        Path2D.Double swoosh = path();
        swoosh.moveTo(24, 62);
        swoosh.quadTo(50, 66, 76, 54);
        p.line(swoosh, p.accent(p.trim()), 2.2f);
        Color lace = p.luminance() > 0.5 ? p.dark() : p.light();
        for (int i = 0; i < 4; i++) {
            double x = 44 + i * 4.5;
            p.line(x, 40 + i * 1.6, x + 3, 45 + i * 1.6, lace, 1.0f);
        }
    }

    /** A pair seen from above, the usual listing pose for sandals, slides and flip-flops. */
    private static void sandal(Pen p) {
        p.shadow(50, 90, 36);
        boolean ankleStrap = p.r.chance(0.4);
        for (int side = -1; side <= 1; side += 2) {
            AffineTransform at = AffineTransform.getTranslateInstance(50 + side * 17, 51);
            at.rotate(Math.toRadians(side * 5));
            at.scale(side, 1);
            Path2D.Double sole = path();
            sole.moveTo(1, -37);
            sole.curveTo(11, -37, 15, -25, 14, -13);
            sole.curveTo(13, -3, 9, 5, 10, 16);
            sole.curveTo(11, 29, 7, 37, 0, 37);
            sole.curveTo(-8, 37, -11, 29, -11, 18);
            sole.curveTo(-11, 8, -14, -4, -14, -14);
            sole.curveTo(-14, -27, -9, -37, 1, -37);
            sole.closePath();
            p.solid(at.createTransformedShape(sole));
            AffineTransform inset = new AffineTransform(at);
            inset.scale(0.84, 0.92);
            p.flat(inset.createTransformedShape(sole), p.lighter(0.4));
            p.body(at.createTransformedShape(round(-17, -24, 33, 15, 8)));
            if (ankleStrap) {
                p.part(at.createTransformedShape(round(-14, 12, 27, 6, 5)), p.accent(p.main));
                p.flat(at.createTransformedShape(ellipse(12, 15, 2, 2)), p.metal());
            }
        }
    }

    private static void heel(Pen p) {
        p.shadow(54, 87, 34);
        Path2D.Double shoe = path();
        shoe.moveTo(21, 38);
        shoe.quadTo(26, 34, 31, 40);
        shoe.quadTo(48, 53, 62, 56);
        shoe.quadTo(81, 60, 89, 71);
        shoe.quadTo(91, 77, 84, 77);
        shoe.lineTo(62, 77);
        shoe.quadTo(44, 62, 30, 60);
        shoe.lineTo(21, 58);
        shoe.closePath();
        p.solid(shoe);
        Path2D.Double lining = path();
        lining.moveTo(25, 40);
        lining.quadTo(44, 52, 60, 56.5);
        lining.quadTo(42, 55, 27, 48);
        lining.closePath();
        p.flat(lining, p.lighter(0.4));
        Path2D.Double stiletto = path();
        stiletto.moveTo(22, 57);
        stiletto.lineTo(31, 59.5);
        stiletto.lineTo(29.5, 87);
        stiletto.lineTo(27, 87);
        stiletto.closePath();
        p.part(stiletto, p.accent(p.main));
        p.line(62, 77.5, 87, 77.5, p.dark(), 1.0f);
        if (p.r.chance(0.4)) {
            Path2D.Double strap = path();
            strap.moveTo(22, 44);
            strap.quadTo(16, 50, 24, 52);
            p.line(strap, p.deeper(0.8), 2f);
        }
    }

    // Bags.

    private static void backpack(Pen p) {
        p.shadow(50, 89, 28);
        Path2D.Double handle = path();
        handle.moveTo(42, 16);
        handle.quadTo(50, 4, 58, 16);
        p.cord(handle, p.dark(), 2.4f);
        Shape body = round(23, 13, 54, 76, 24);
        p.body(body);
        Path2D.Double zip = path();
        zip.moveTo(27, 32);
        zip.quadTo(50, 16, 73, 32);
        p.line(zip, p.trim(), 1.2f);
        // The front pocket: wide or narrow, high or low, or two side by side.
        double top = 44 + p.r.nextDouble() * 14;
        double half = 13 + p.r.nextDouble() * 9;
        if (p.r.chance(0.25)) {
            p.part(round(28, top, 20, 84 - top, 8), p.accent(p.deeper(0.9)));
            p.part(round(52, top, 20, 84 - top, 8), p.accent(p.deeper(0.9)));
        } else {
            p.part(round(50 - half, top, 2 * half, 84 - top, 14), p.accent(p.deeper(0.9)));
            p.line(54 - half, top + 6, 46 + half, top + 6, p.trim(), 1.0f);
        }
        p.part(round(44 + half * 0.7, top + 4, 4, 7, 2), p.metal());
        p.part(round(46, 26, 4, 7, 2), p.metal());
    }

    private static void handbag(Pen p) {
        p.shadow(50, 89, 36);
        Path2D.Double handle = path();
        handle.moveTo(34, 41);
        handle.curveTo(34, 13, 66, 13, 66, 41);
        p.cord(handle, p.main, 3.6f);
        Path2D.Double body = path();
        body.moveTo(20, 40);
        body.lineTo(80, 40);
        body.lineTo(86, 86);
        body.quadTo(50, 90, 14, 86);
        body.closePath();
        p.body(body);
        Path2D.Double flap = path();
        flap.moveTo(20, 40);
        flap.lineTo(80, 40);
        flap.lineTo(78.5, 56);
        flap.quadTo(50, 66, 21.5, 56);
        flap.closePath();
        p.part(flap, p.accent(p.deeper(0.93)));
        p.part(round(45.5, 56.5, 9, 7, 2.5), new Color(0xc9, 0xa2, 0x27));
        p.part(rect(31, 39, 4, 5), p.metal());
        p.part(rect(65, 39, 4, 5), p.metal());
    }

    // Watches and jewellery.

    private static void watch(Pen p) {
        p.shadow(50, 93, 16);
        // Case size and strap width differ between models.
        double strapHalf = 9 + p.r.nextDouble() * 6;
        double caseR = 19 + p.r.nextDouble() * 6;
        Shape strap = round(50 - strapHalf, 4, 2 * strapHalf, 91, 6);
        p.solid(strap);
        for (int i = 0; i < 4; i++) {
            p.flat(ellipse(50, 78 + i * 4, 0.9, 0.9), shade(p.main, 0.55));
        }
        p.solid(ellipse(50, 50, caseR, caseR));
        p.part(rect(49 + caseR, 47, 4, 6), p.deeper(0.85));
        Color dial = p.accent(p.luminance() > 0.55 ? new Color(0x26, 0x28, 0x2c) : new Color(0xf6, 0xf4, 0xef));
        p.part(ellipse(50, 50, 17, 17), dial);
        Color ink = Pen.luminance(dial) > 0.5 ? new Color(0x22, 0x22, 0x22) : new Color(0xf0, 0xf0, 0xf0);
        for (int h = 0; h < 12; h++) {
            double a = Math.toRadians(h * 30);
            double inner = h % 3 == 0 ? 12.5 : 14;
            p.line(50 + Math.sin(a) * inner, 50 - Math.cos(a) * inner, 50 + Math.sin(a) * 15.5,
                    50 - Math.cos(a) * 15.5, ink, h % 3 == 0 ? 1.4f : 0.7f);
        }
        double hour = p.r.nextDouble() * 2 * Math.PI;
        double minute = p.r.nextDouble() * 2 * Math.PI;
        p.line(50, 50, 50 + Math.sin(hour) * 8, 50 - Math.cos(hour) * 8, ink, 1.6f);
        p.line(50, 50, 50 + Math.sin(minute) * 12.5, 50 - Math.cos(minute) * 12.5, ink, 1.1f);
        p.flat(ellipse(50, 50, 1.3, 1.3), ink);
        p.gloss(ellipse(50, 50, 17, 17), 36, 33, 22, 7);
    }

    private static void smartwatch(Pen p) {
        p.shadow(50, 93, 16);
        p.solid(round(35, 3, 30, 93, 8));
        p.solid(round(27, 24, 46, 53, 17));
        p.part(rect(72.5, 40, 3, 8), p.deeper(0.8));
        Shape screen = round(34, 31, 32, 39, 10);
        p.part(screen, new Color(0x14, 0x15, 0x18));
        Color ring = p.accent(p.lighter(0.25));
        Arc2D.Double arc = new Arc2D.Double(39, 37, 22, 22, 90,
                -(120 + p.r.nextInt(200)), Arc2D.OPEN);
        p.line(arc, p.luminance() < 0.15 ? new Color(0x3f, 0xc3, 0x6b) : ring, 2.2f);
        p.line(43, 64, 57, 64, new Color(0x9a, 0x9a, 0x9e), 1.2f);
    }

    private static void ring(Pen p) {
        p.shadow(50, 85, 28);
        Area band = new Area(ellipse(50, 62, 27, 21));
        band.subtract(new Area(ellipse(50, 63.5, 19.5, 13.5)));
        p.solid(band);
        p.gloss(band, 28, 46, 20, 5);
        if (p.r.chance(0.6)) {
            Path2D.Double gem = path();
            gem.moveTo(39, 40);
            gem.lineTo(45, 32);
            gem.lineTo(55, 32);
            gem.lineTo(61, 40);
            gem.lineTo(50, 50);
            gem.closePath();
            p.part(gem, p.accent(new Color(0xee, 0xf3, 0xf8)));
            Color facet = Pen.alpha(new Color(0x70, 0x80, 0x90), 140);
            p.line(39, 40, 61, 40, facet, 0.5f);
            p.line(45, 32, 50, 40, facet, 0.5f);
            p.line(55, 32, 50, 40, facet, 0.5f);
            p.line(50, 40, 50, 50, facet, 0.5f);
            p.solid(round(42, 44, 16, 4, 2));
        }
    }

    private static void necklace(Pen p) {
        p.shadow(50, 92, 14);
        Path2D.Double chain = path();
        chain.moveTo(50, 10);
        chain.curveTo(20, 10, 16, 44, 50, 63);
        chain.moveTo(50, 10);
        chain.curveTo(80, 10, 84, 44, 50, 63);
        p.cord(chain, p.main, 2.4f);
        p.line(chain, Pen.alpha(shade(p.main, 0.6), 150), 0.5f);
        p.part(round(47.5, 8, 5, 4, 2), p.deeper(0.85));
        Shape pendant;
        switch (p.r.nextInt(3)) {
            case 0 -> {
                Path2D.Double heart = path();
                heart.moveTo(50, 92);
                heart.curveTo(24, 76, 32, 58, 50, 70);
                heart.curveTo(68, 58, 76, 76, 50, 92);
                heart.closePath();
                pendant = heart;
            }
            case 1 -> pendant = ellipse(50, 76, 12, 12);
            default -> {
                Path2D.Double drop = path();
                drop.moveTo(50, 64);
                drop.quadTo(64, 80, 60, 86);
                drop.quadTo(50, 96, 40, 86);
                drop.quadTo(36, 80, 50, 64);
                drop.closePath();
                pendant = drop;
            }
        }
        p.line(50, 61, 50, 67, p.main, 2.5f);
        p.solid(pendant);
        p.flat(ellipse(50, 77.5, 3.2, 3.2), p.accent(new Color(0xee, 0xf3, 0xf8)));
        p.gloss(pendant, 40, 68, 6, 14);
    }

    private static void sunglasses(Pen p) {
        p.shadow(50, 78, 40);
        boolean round = p.r.chance(0.35);
        double arc = round ? 30 : 12;
        Shape frameL = round(9, 35, 38, 31, arc + 4);
        Shape frameR = round(53, 35, 38, 31, arc + 4);
        Path2D.Double bridge = path();
        bridge.moveTo(45, 44);
        bridge.quadTo(50, 38, 55, 44);
        p.cord(bridge, p.main, 3.4f);
        p.line(9, 41, 4, 37, p.main, 3f);
        p.line(91, 41, 96, 37, p.main, 3f);
        p.solid(frameL);
        p.solid(frameR);
        Color lens = p.deeper(0.8);
        Shape lensL = round(13, 39, 30, 23, arc);
        Shape lensR = round(57, 39, 30, 23, arc);
        p.part(lensL, p.accent(lens));
        p.part(lensR, p.accent(lens));
        p.gloss(lensL, 14, 40, 10, 20);
        p.gloss(lensR, 58, 40, 10, 20);
    }

    private static void cap(Pen p) {
        p.shadow(54, 78, 38);
        Path2D.Double crown = path();
        crown.moveTo(16, 68);
        crown.quadTo(14, 28, 46, 25);
        crown.quadTo(74, 25, 76, 62);
        crown.lineTo(76, 68);
        crown.closePath();
        p.body(crown);
        Path2D.Double brim = path();
        brim.moveTo(64, 61);
        brim.quadTo(88, 58, 96, 67);
        brim.quadTo(88, 74, 62, 70);
        brim.closePath();
        p.part(brim, p.accent(p.deeper(0.9)));
        Color seam = Pen.alpha(shade(p.main, 0.65), 170);
        Path2D.Double s1 = path();
        s1.moveTo(46, 25);
        s1.quadTo(36, 40, 38, 68);
        Path2D.Double s2 = path();
        s2.moveTo(46, 25);
        s2.quadTo(60, 38, 62, 66);
        p.line(s1, seam, 0.6f);
        p.line(s2, seam, 0.6f);
        p.part(ellipse(46, 25.5, 3.2, 1.6), p.deeper(0.8));
        p.flat(ellipse(30, 44, 1, 1), shade(p.main, 0.6));
        p.line(16.5, 66, 75.5, 66, p.trim(), 1.2f);
    }

    private static void scarf(Pen p) {
        p.shadow(50, 90, 26);
        Path2D.Double left = path();
        left.moveTo(29, 24);
        left.lineTo(47, 24);
        left.lineTo(49, 82);
        left.lineTo(33, 84);
        left.closePath();
        Path2D.Double right = path();
        right.moveTo(52, 27);
        right.lineTo(69, 24);
        right.lineTo(71, 86);
        right.lineTo(54, 87);
        right.closePath();
        Path2D.Double loop = path();
        loop.moveTo(24, 28);
        loop.quadTo(50, 0, 76, 28);
        loop.lineTo(70, 32);
        loop.quadTo(50, 12, 30, 32);
        loop.closePath();
        p.body(right);
        p.body(loop);
        p.body(left);
        p.part(round(40, 22, 20, 12, 6), p.deeper(0.9));
        Color fringe = p.deeper(0.8);
        for (int i = 0; i < 8; i++) {
            p.line(34 + i * 2, 84 - i * 0.25, 34 + i * 2, 89 - i * 0.25, fringe, 0.8f);
            p.line(55 + i * 2, 87 - i * 0.12, 55 + i * 2, 92 - i * 0.12, fringe, 0.8f);
        }
    }

    // Phones and gadgets.

    private static void phoneCase(Pen p) {
        p.shadow(50, 93, 22);
        Shape c = round(28, 7, 44, 86, 15);
        p.body(c);
        p.part(round(32, 11, 21, 23, 8), p.deeper(0.86));
        Color lens = new Color(0x1c, 0x1d, 0x22);
        p.part(ellipse(38, 17.5, 3.8, 3.8), lens);
        p.part(ellipse(38, 27.5, 3.8, 3.8), lens);
        p.part(ellipse(47, 22.5, 3.2, 3.2), lens);
        p.flat(ellipse(47, 14.5, 1.2, 1.2), LIGHT_WARM);
        p.part(round(71, 24, 2.4, 10, 1.2), p.deeper(0.8));
        p.part(ellipse(50, 56, 5, 5), p.accent(p.deeper(0.93)));
        p.gloss(c, 30, 40, 5, 48);
    }

    private static void cable(Pen p) {
        p.shadow(50, 90, 40);
        for (int i = 0; i < 3; i++) {
            p.cord(ellipse(50 + i * 2.2, 42 + i * 2.4, 26 - i, 21 - i), p.main, 3.2f);
        }
        Path2D.Double leadL = path();
        leadL.moveTo(30, 58);
        leadL.quadTo(24, 72, 22, 80);
        Path2D.Double leadR = path();
        leadR.moveTo(72, 56);
        leadR.quadTo(78, 70, 80, 78);
        p.cord(leadL, p.main, 3.2f);
        p.cord(leadR, p.main, 3.2f);
        p.part(round(15, 79, 15, 9, 3), p.accent(p.main));
        p.part(round(8, 80.5, 7.5, 6, 1.5), p.metal());
        p.part(round(73, 77, 15, 9, 3), p.accent(p.main));
        p.part(round(88, 78.5, 7.5, 6, 1.5), p.metal());
    }

    private static void charger(Pen p) {
        p.shadow(54, 88, 28);
        p.part(rect(40, 14, 5, 16), p.metal());
        p.part(rect(55, 14, 5, 16), p.metal());
        Path2D.Double top = path();
        top.moveTo(28, 34);
        top.lineTo(72, 34);
        top.lineTo(80, 28);
        top.lineTo(36, 28);
        top.closePath();
        p.part(top, p.lighter(0.12));
        Path2D.Double side = path();
        side.moveTo(72, 34);
        side.lineTo(80, 28);
        side.lineTo(80, 78);
        side.lineTo(72, 84);
        side.closePath();
        p.part(side, p.deeper(0.86));
        Shape front = round(28, 34, 44, 50, 6);
        p.solid(front);
        p.part(round(38, 55, 24, 5, 2), p.dark());
        p.part(round(42, 65, 16, 5, 2.5), p.dark());
        p.flat(ellipse(50, 45, 1.4, 1.4), p.accent(new Color(0x4c, 0xaf, 0x50)));
        p.gloss(front, 30, 36, 6, 44);
    }

    private static void earbuds(Pen p) {
        p.shadow(50, 89, 30);
        Shape box = round(24, 52, 52, 36, 22);
        p.solid(box);
        p.line(25, 63, 75, 63, shade(p.main, 0.75), 0.6f);
        p.flat(ellipse(50, 76, 1.3, 1.3), new Color(0x4c, 0xaf, 0x50));
        p.gloss(box, 28, 54, 44, 5);
        for (int side = -1; side <= 1; side += 2) {
            double x = 50 + side * 13;
            p.solid(round(x - 3.2, 26, 6.4, 22, 6));
            p.solid(ellipse(x, 24, 8.5, 7.5));
            p.part(ellipse(x - side * 3.5, 23, 3.2, 2.8), p.accent(p.dark()));
            p.flat(ellipse(x, 46, 1.3, 1), p.metal());
        }
    }

    private static void headphones(Pen p) {
        p.shadow(50, 88, 36);
        Path2D.Double band = path();
        band.moveTo(22, 56);
        band.curveTo(18, 4, 82, 4, 78, 56);
        p.cord(band, p.main, 6f);
        Path2D.Double pad = path();
        pad.moveTo(27, 40);
        pad.curveTo(28, 15, 72, 15, 73, 40);
        p.line(pad, p.accent(p.trim()), 2.2f);
        p.part(rect(19, 40, 6, 10), p.metal());
        p.part(rect(75, 40, 6, 10), p.metal());
        p.solid(round(10, 46, 22, 38, 14));
        p.solid(round(68, 46, 22, 38, 14));
        p.part(round(27, 49, 9, 32, 8), p.accent(p.dark()));
        p.part(round(64, 49, 9, 32, 8), p.accent(p.dark()));
        p.gloss(round(10, 46, 22, 38, 14), 12, 50, 5, 26);
    }

    private static void speaker(Pen p) {
        p.shadow(50, 80, 40);
        Shape body = round(12, 34, 76, 40, 38);
        p.solid(body);
        Area grill = new Area(round(18, 37, 64, 34, 30));
        Shape clip = p.g.getClip();
        p.g.clip(grill);
        Color hole = shade(p.main, 0.7);
        for (double y = 38; y < 72; y += 3) {
            for (double x = 18 + (((int) y) % 2) * 1.5; x < 82; x += 3) {
                p.flat(ellipse(x, y, 0.7, 0.7), hole);
            }
        }
        p.g.setClip(clip);
        p.part(round(8, 36, 9, 36, 8), p.accent(p.dark()));
        p.part(round(83, 36, 9, 36, 8), p.accent(p.dark()));
        p.part(round(43, 51, 14, 6, 3), p.light());
        for (int i = 0; i < 3; i++) {
            p.flat(ellipse(40 + i * 10, 34.5, 2, 1), shade(p.main, 0.6));
        }
    }

    private static void mouse(Pen p) {
        p.shadow(50, 91, 22);
        Path2D.Double body = path();
        body.moveTo(50, 10);
        body.curveTo(71, 10, 73, 40, 71, 62);
        body.curveTo(69, 86, 59, 90, 50, 90);
        body.curveTo(41, 90, 31, 86, 29, 62);
        body.curveTo(27, 40, 29, 10, 50, 10);
        body.closePath();
        p.solid(body);
        Path2D.Double split = path();
        split.moveTo(30.5, 44);
        split.quadTo(50, 49, 69.5, 44);
        Color line = shade(p.main, 0.7);
        p.line(split, line, 0.7f);
        p.line(50, 10.5, 50, 46, line, 0.7f);
        p.part(round(47.5, 19, 5, 12, 4), p.accent(p.dark()));
        Path2D.Double grip = path();
        grip.moveTo(30, 52);
        grip.curveTo(28, 66, 31, 80, 36, 84);
        p.line(grip, p.accent(p.deeper(0.82)), 2.2f);
        p.gloss(body, 36, 52, 10, 26);
    }

    private static void keyboard(Pen p) {
        p.shadow(50, 78, 46);
        p.solid(round(5, 30, 90, 44, 8));
        Color key = p.luminance() > 0.5 ? p.deeper(0.88) : p.lighter(0.18);
        int special = p.r.nextInt(12);
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 12; col++) {
                double x = 9 + col * 6.9 + (row % 2) * 1.5;
                if (x + 5.6 > 91) {
                    continue;
                }
                Color c = (row == 0 && (col == 0 || col == special)) || (row == 2 && col == 11)
                        ? p.accent(key) : key;
                p.flat(round(x, 33.5 + row * 7.4, 5.6, 5.6, 1.6), c);
            }
        }
        p.flat(round(27, 63.5, 40, 6, 1.8), key);
        p.flat(round(70, 63.5, 18, 6, 1.8), p.accent(key));
        p.flat(round(12, 63.5, 12, 6, 1.8), key);
    }

    // Home.

    private static void pillow(Pen p) {
        p.shadow(50, 88, 36);
        Path2D.Double s = path();
        s.moveTo(15, 19);
        s.quadTo(50, 28, 85, 19);
        s.quadTo(76, 52, 85, 85);
        s.quadTo(50, 76, 15, 85);
        s.quadTo(24, 52, 15, 19);
        s.closePath();
        p.body(s);
        p.line(s, p.accent(p.deeper(0.8)), 1.3f);
        Color crease = Pen.alpha(shade(p.main, 0.7), 110);
        p.line(22, 25, 42, 46, crease, 0.8f);
        p.line(78, 25, 58, 46, crease, 0.8f);
        p.line(22, 79, 42, 58, crease, 0.8f);
        p.line(78, 79, 58, 58, crease, 0.8f);
    }

    private static void vase(Pen p) {
        p.shadow(50, 88, 24);
        if (p.r.chance(0.6)) {
            p.line(50, 24, 40, 6, LEAF, 1.2f);
            p.line(50, 24, 58, 3, LEAF, 1.2f);
            p.line(50, 24, 66, 12, LEAF, 1.2f);
            p.flat(rotated(ellipse(44, 14, 5, 2), 44, 14, 50), LEAF);
            p.flat(rotated(ellipse(61, 11, 5, 2), 61, 11, -30), LEAF);
            Color bloom = p.accent(new Color(0xf4, 0xf0, 0xe8));
            p.part(ellipse(40, 6, 3.2, 3.2), bloom);
            p.part(ellipse(58, 3.5, 3.2, 3.2), bloom);
        }
        Path2D.Double body = path();
        body.moveTo(41, 22);
        body.lineTo(59, 22);
        body.lineTo(58, 31);
        body.quadTo(79, 44, 75, 66);
        body.quadTo(71, 87, 50, 87);
        body.quadTo(29, 87, 25, 66);
        body.quadTo(21, 44, 42, 31);
        body.closePath();
        p.body(body);
        p.part(ellipse(50, 22, 9.5, 2.6), p.deeper(0.86));
        p.flat(ellipse(50, 22, 7, 1.6), shade(p.main, 0.6));
        p.gloss(body, 31, 42, 6, 30);
    }

    private static void mug(Pen p) {
        p.shadow(48, 87, 30);
        // Tall or squat, with a small or a big handle set higher or lower.
        double rim = 22 + p.r.nextDouble() * 14;
        double handleR = 11 + p.r.nextDouble() * 7;
        double handleY = rim + (81 - rim) * (0.4 + p.r.nextDouble() * 0.2);
        Area handle = new Area(ellipse(68 + handleR * 0.15, handleY, handleR, handleR * 1.15));
        handle.subtract(new Area(ellipse(68 + handleR * 0.15, handleY, handleR * 0.56, handleR * 0.7)));
        p.solid(handle);
        Path2D.Double body = path();
        body.moveTo(24, rim);
        body.lineTo(72, rim);
        body.lineTo(70, 81);
        body.quadTo(48, 89, 26, 81);
        body.closePath();
        p.body(body);
        p.part(ellipse(48, rim, 24, 5), p.lighter(0.15));
        p.flat(ellipse(48, rim + 0.6, 21.5, 3.8), p.accent(shade(p.main, 0.72)));
        p.gloss(body, 30, rim + 4, 5, 72 - rim);
    }

    private static void pan(Pen p) {
        p.shadow(46, 84, 38);
        Shape handle = round(60, 52, 36, 8, 7);
        p.part(handle, p.accent(p.dark()));
        p.flat(ellipse(91, 56, 1.6, 1.6), new Color(0xdd, 0xdd, 0xdd));
        p.solid(ellipse(38, 58, 31, 25));
        Shape inside = ellipse(38, 56, 26, 20);
        p.part(inside, p.deeper(0.88));
        Color fleck = p.lighter(0.25);
        for (int i = 0; i < 40; i++) {
            double a = i * 2.39996;
            double d = Math.sqrt(i / 40.0);
            p.flat(ellipse(38 + Math.cos(a) * d * 23, 56 + Math.sin(a) * d * 17, 0.45, 0.45), fleck);
        }
        p.gloss(inside, 20, 42, 18, 4);
    }

    private static void bottle(Pen p) {
        p.shadow(50, 91, 22);
        p.part(round(40, 7, 20, 14, 5), p.accent(p.dark()));
        p.part(rect(43, 20, 14, 6), p.deeper(0.85));
        Path2D.Double body = path();
        body.moveTo(43, 26);
        body.quadTo(32, 28, 32, 40);
        body.lineTo(32, 84);
        body.quadTo(32, 90, 38, 90);
        body.lineTo(62, 90);
        body.quadTo(68, 90, 68, 84);
        body.lineTo(68, 40);
        body.quadTo(68, 28, 57, 26);
        body.closePath();
        p.body(body);
        if (p.r.chance(0.6)) {
            p.part(rect(32, 52, 36, 14), p.accent(p.lighter(0.2)));
        }
        p.gloss(body, 36, 32, 5, 52);
    }

    private static void lamp(Pen p) {
        p.shadow(36, 87, 22);
        p.solid(ellipse(34, 84, 17, 4.5));
        p.part(round(31, 76, 6, 8, 2), p.deeper(0.85));
        Path2D.Double arm = path();
        arm.moveTo(34, 78);
        arm.lineTo(42, 48);
        arm.lineTo(62, 30);
        p.cord(arm, p.main, 3f);
        p.flat(ellipse(42, 48, 2.4, 2.4), p.metal());
        Path2D.Double head = path();
        head.moveTo(55, 24);
        head.lineTo(66, 18);
        head.lineTo(86, 44);
        head.quadTo(78, 53, 64, 51);
        head.closePath();
        p.flat(rotated(ellipse(74, 50, 16, 8), 74, 50, -36), Pen.alpha(LIGHT_WARM, 120));
        p.solid(head);
        p.part(rotated(ellipse(75, 48, 10, 3), 75, 48, -36), LIGHT_WARM);
        p.gloss(head, 58, 20, 4, 20);
    }

    private static void lipstick(Pen p) {
        p.shadow(50, 91, 16);
        Path2D.Double bullet = path();
        bullet.moveTo(40, 40);
        bullet.lineTo(40, 25);
        bullet.quadTo(42, 18, 60, 11);
        bullet.lineTo(60, 40);
        bullet.closePath();
        p.solid(bullet);
        p.gloss(bullet, 42, 20, 4, 19);
        p.part(rect(38.5, 39, 23, 12), p.metal());
        p.part(rect(36, 51, 28, 5), p.accent(new Color(0xc9, 0xa2, 0x27)));
        Shape tube = round(36, 55, 28, 35, 4);
        p.solid(tube);
        p.gloss(tube, 39, 57, 4, 30);
    }

    private static void brush(Pen p) {
        p.shadow(50, 90, 30);
        AffineTransform saved = p.g.getTransform();
        p.g.rotate(Math.toRadians(-32), 50, 50);
        Path2D.Double handle = path();
        handle.moveTo(43, 42);
        handle.lineTo(57, 42);
        handle.lineTo(54.5, 96);
        handle.quadTo(50, 99, 45.5, 96);
        handle.closePath();
        p.solid(handle);
        p.gloss(handle, 45, 44, 3.5, 46);
        p.part(round(43, 30, 14, 13, 2), p.metal());
        Path2D.Double tuft = path();
        tuft.moveTo(44, 31);
        tuft.quadTo(39, 18, 50, 8);
        tuft.quadTo(61, 18, 56, 31);
        tuft.closePath();
        p.part(tuft, p.accent(p.luminance() > 0.5 ? new Color(0x3a, 0x33, 0x30) : new Color(0xe9, 0xdf, 0xd2)));
        p.g.setTransform(saved);
    }

    // Toys, sport, outdoors.

    private static void toyCar(Pen p) {
        p.shadow(50, 78, 42);
        Path2D.Double body = path();
        body.moveTo(9, 67);
        body.lineTo(11, 55);
        body.quadTo(13, 50, 22, 49);
        body.lineTo(33, 48);
        body.quadTo(42, 33, 56, 33);
        body.lineTo(66, 33);
        body.quadTo(75, 35, 81, 48);
        body.lineTo(88, 51);
        body.quadTo(93, 56, 91, 67);
        body.closePath();
        p.solid(body);
        Path2D.Double front = path();
        front.moveTo(38, 47);
        front.quadTo(45, 37, 55, 37);
        front.lineTo(58, 37);
        front.lineTo(58, 47);
        front.closePath();
        Path2D.Double back = path();
        back.moveTo(61, 37);
        back.lineTo(66, 37);
        back.quadTo(72, 39, 76, 47);
        back.lineTo(61, 47);
        back.closePath();
        p.part(front, GLASS);
        p.part(back, GLASS);
        p.line(14, 57, 86, 57, p.accent(p.deeper(0.8)), 2f);
        for (double x : new double[] {28, 72}) {
            p.part(ellipse(x, 67, 9.5, 9.5), new Color(0x24, 0x24, 0x26));
            p.part(ellipse(x, 67, 4.2, 4.2), p.metal());
        }
        p.flat(round(87, 55, 3.5, 3, 1), LIGHT_WARM);
        p.flat(round(9.5, 56, 3, 3, 1), new Color(0xe5, 0x39, 0x35));
        p.gloss(body, 40, 34, 30, 3);
    }

    private static void teddy(Pen p) {
        p.shadow(50, 92, 26);
        Color inner = p.lighter(0.35);
        p.solid(ellipse(33, 17, 8, 8));
        p.solid(ellipse(67, 17, 8, 8));
        p.flat(ellipse(33, 17, 4, 4), inner);
        p.flat(ellipse(67, 17, 4, 4), inner);
        p.solid(rotated(ellipse(29, 60, 7, 13), 29, 60, 30));
        p.solid(rotated(ellipse(71, 60, 7, 13), 71, 60, -30));
        p.solid(ellipse(38, 84, 10, 8));
        p.solid(ellipse(62, 84, 10, 8));
        p.flat(ellipse(38, 85, 5, 4.5), inner);
        p.flat(ellipse(62, 85, 5, 4.5), inner);
        p.solid(ellipse(50, 64, 20, 22));
        p.flat(ellipse(50, 67, 11, 13), inner);
        p.solid(ellipse(50, 31, 19, 17));
        p.part(ellipse(50, 37, 8.5, 6.5), inner);
        Color eye = new Color(0x1a, 0x1a, 0x1a);
        p.flat(ellipse(42.5, 28, 1.9, 1.9), eye);
        p.flat(ellipse(57.5, 28, 1.9, 1.9), eye);
        p.flat(ellipse(50, 34.5, 2.8, 2), eye);
        Color bow = p.accent(new Color(0xd3, 0x2f, 0x2f));
        Path2D.Double tie = path();
        tie.moveTo(50, 48);
        tie.lineTo(41, 43);
        tie.lineTo(41, 53);
        tie.closePath();
        tie.moveTo(50, 48);
        tie.lineTo(59, 43);
        tie.lineTo(59, 53);
        tie.closePath();
        p.part(tie, bow);
    }

    private static void dumbbell(Pen p) {
        p.shadow(50, 76, 40);
        p.part(round(16, 45, 68, 9, 4), p.metal());
        for (double x = 40; x <= 60; x += 2.5) {
            p.line(x, 46, x, 53, new Color(0x80, 0x82, 0x86), 0.5f);
        }
        for (int side = -1; side <= 1; side += 2) {
            double cx = 50 + side * 26;
            p.solid(round(cx - 9, 28, 18, 43, 7));
            p.part(round(cx + side * 10 - 3, 33, 6, 33, 4), p.deeper(0.85));
            p.gloss(round(cx - 9, 28, 18, 43, 7), cx - 6, 30, 4, 38);
        }
    }

    private static void tent(Pen p) {
        p.shadow(50, 86, 44);
        Color line = new Color(0x70, 0x70, 0x70);
        p.line(15, 62, 4, 86, line, 0.5f);
        p.line(85, 62, 96, 86, line, 0.5f);
        Path2D.Double body = path();
        body.moveTo(9, 85);
        body.quadTo(13, 33, 50, 17);
        body.quadTo(87, 33, 91, 85);
        body.closePath();
        p.body(body);
        Color seam = shade(p.main, 0.72);
        p.line(50, 17, 30, 85, seam, 0.8f);
        p.line(50, 17, 70, 85, seam, 0.8f);
        Path2D.Double door = path();
        door.moveTo(37, 85);
        door.quadTo(41, 52, 50, 43);
        door.quadTo(59, 52, 63, 85);
        door.closePath();
        p.part(door, p.deeper(0.78));
        Path2D.Double flap = path();
        flap.moveTo(50, 43);
        flap.quadTo(58, 56, 63, 85);
        flap.lineTo(52, 85);
        flap.quadTo(52, 60, 50, 43);
        flap.closePath();
        p.flat(flap, Pen.alpha(new Color(0x20, 0x20, 0x20), 90));
        p.line(50, 43, 50, 85, p.accent(p.metal()), 1f);
        p.line(8, 85.5, 92, 85.5, shade(p.main, 0.6), 1.2f);
    }

    private static void flashlight(Pen p) {
        p.shadow(50, 80, 40);
        AffineTransform saved = p.g.getTransform();
        p.g.rotate(Math.toRadians(-22), 50, 50);
        p.part(round(10, 42.5, 8, 15, 3), p.deeper(0.8));
        Shape tube = round(15, 41, 50, 18, 5);
        p.solid(tube);
        Color ring = shade(p.main, 0.72);
        for (double x = 22; x < 44; x += 3.5) {
            p.line(x, 42, x, 58, ring, 0.7f);
        }
        p.part(round(49, 37.5, 9, 4, 2), p.accent(p.dark()));
        Path2D.Double head = path();
        head.moveTo(63, 40);
        head.lineTo(84, 33);
        head.lineTo(84, 67);
        head.lineTo(63, 60);
        head.closePath();
        p.solid(head);
        p.part(ellipse(85, 50, 3.2, 16.5), LIGHT_WARM);
        p.gloss(tube, 16, 43, 48, 3);
        p.g.setTransform(saved);
    }

    private static void bicycle(Pen p) {
        p.shadow(50, 84, 44);
        Color tyre = new Color(0x2a, 0x2a, 0x2c);
        Color spoke = new Color(0xb0, 0xb2, 0xb6);
        for (double cx : new double[] {26, 74}) {
            for (int i = 0; i < 8; i++) {
                double a = Math.PI * i / 8;
                p.line(cx - Math.cos(a) * 15, 64 - Math.sin(a) * 15, cx + Math.cos(a) * 15,
                        64 + Math.sin(a) * 15, spoke, 0.35f);
            }
            p.line(ellipse(cx, 64, 15.2, 15.2), p.metal(), 0.7f);
            p.line(ellipse(cx, 64, 17, 17), tyre, 2.4f);
        }
        Path2D.Double frame = path();
        frame.moveTo(26, 64);
        frame.lineTo(48, 66);
        frame.lineTo(42, 36);
        frame.closePath();
        frame.moveTo(42, 36);
        frame.lineTo(68, 37);
        frame.lineTo(48, 66);
        frame.moveTo(68, 37);
        frame.lineTo(74, 64);
        p.line(frame, p.deeper(0.8), 6f);
        p.line(frame, p.main, 5.2f);
        p.line(42, 36, 40, 29, p.metal(), 1.6f);
        p.part(round(33, 26, 14, 4, 3), p.accent(p.dark()));
        p.line(68, 37, 66, 28, p.main, 3f);
        p.line(66, 28, 75, 27, p.dark(), 2.2f);
        p.part(ellipse(48, 66, 4, 4), p.metal());
        p.line(48, 66, 52, 72, p.dark(), 1.5f);
    }

    private static void drill(Pen p) {
        p.shadow(50, 89, 32);
        p.part(round(25, 71, 36, 15, 4), p.accent(p.dark()));
        Path2D.Double grip = path();
        grip.moveTo(33, 42);
        grip.lineTo(53, 42);
        grip.lineTo(51, 73);
        grip.lineTo(34, 73);
        grip.quadTo(30, 58, 33, 42);
        grip.closePath();
        p.solid(grip);
        p.part(round(35.5, 50, 6, 18, 3), p.deeper(0.8));
        p.part(round(52, 46, 5, 9, 2), p.dark());
        Shape motor = round(20, 23, 54, 23, 10);
        p.solid(motor);
        for (int i = 0; i < 4; i++) {
            p.line(26 + i * 3, 28, 26 + i * 3, 34, shade(p.main, 0.65), 0.9f);
        }
        p.part(round(72, 27, 11, 15, 3), p.dark());
        Path2D.Double bit = path();
        bit.moveTo(83, 33);
        bit.lineTo(94, 33);
        bit.lineTo(97, 34.5);
        bit.lineTo(94, 36);
        bit.lineTo(83, 36);
        bit.closePath();
        p.part(bit, p.metal());
        p.gloss(motor, 24, 25, 44, 4);
    }

    /** Tilted, as a notebook lies in a photo; upright it would have the same outline as a backpack. */
    private static void notebook(Pen p) {
        p.shadow(52, 88, 34);
        AffineTransform saved = p.g.getTransform();
        p.g.rotate(Math.toRadians(-14), 50, 50);
        p.part(round(28, 14, 50, 74, 6), p.light());
        for (int i = 0; i < 3; i++) {
            p.line(30, 86 + i * 0.6, 76, 86 + i * 0.6, new Color(0xcc, 0xc8, 0xc0), 0.3f);
        }
        Shape cover = round(23, 11, 50, 74, 6);
        p.body(cover);
        p.part(rect(23.3, 11.3, 6, 73.4), p.deeper(0.85));
        if (p.r.chance(0.6)) {
            p.part(rect(63, 11, 3.2, 74), p.accent(p.dark()));
        } else {
            p.part(round(36, 26, 26, 10, 3), p.accent(p.lighter(0.2)));
        }
        Path2D.Double ribbon = path();
        ribbon.moveTo(52, 85);
        ribbon.lineTo(52, 94);
        ribbon.lineTo(54, 92);
        ribbon.lineTo(56, 94);
        ribbon.lineTo(56, 85);
        ribbon.closePath();
        p.flat(ribbon, p.accent(new Color(0xd3, 0x2f, 0x2f)));
        p.g.setTransform(saved);
    }

    /** For shapes without a drawing of their own (an imported feed's): a parcel in the product's colour. */
    private static void parcel(Pen p) {
        p.shadow(50, 86, 34);
        Path2D.Double top = path();
        top.moveTo(20, 34);
        top.lineTo(66, 34);
        top.lineTo(80, 22);
        top.lineTo(34, 22);
        top.closePath();
        p.part(top, p.lighter(0.12));
        Path2D.Double side = path();
        side.moveTo(66, 34);
        side.lineTo(80, 22);
        side.lineTo(80, 70);
        side.lineTo(66, 82);
        side.closePath();
        p.part(side, p.deeper(0.85));
        p.solid(rect(20, 34, 46, 48));
        p.part(rect(39, 34, 8, 48), p.accent(p.lighter(0.3)));
    }

    private static Shape rotated(Shape s, double cx, double cy, double degrees) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), cx, cy).createTransformedShape(s);
    }
}
