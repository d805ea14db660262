import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the AliSmart icons (web-assets/icons/iconN.png): an orange tile with a white magnifier and a spark.
 * Run from the repository root: java scripts/dev/DrawIcons.java
 */
public class DrawIcons {
    public static void main(String[] args) throws Exception {
        for (int size : new int[] {16, 32, 48, 128}) {
            ImageIO.write(draw(size), "png", new File("web-assets/icons/icon" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = size >= 48 ? s * 0.06 : 0;
        g.setPaint(new GradientPaint(0, 0, new Color(0xF9, 0x73, 0x16), (float) s, (float) s,
                new Color(0xC2, 0x41, 0x0C)));
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.38, s * 0.38));
        g.setColor(Color.WHITE);
        float stroke = (float) Math.max(1.6, s * 0.1);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double r = s * 0.2;
        double cx = s * 0.44;
        double cy = s * 0.44;
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        double d = r * 0.7071;
        g.setStroke(new BasicStroke(stroke * 1.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx + d + stroke * 0.3, cy + d + stroke * 0.3, s * 0.76, s * 0.76));
        if (size >= 32) {
            double sx = s * 0.74;
            double sy = s * 0.25;
            double a = s * 0.11;
            double b = s * 0.03;
            Path2D spark = new Path2D.Double();
            spark.moveTo(sx, sy - a);
            spark.lineTo(sx + b, sy - b);
            spark.lineTo(sx + a, sy);
            spark.lineTo(sx + b, sy + b);
            spark.lineTo(sx, sy + a);
            spark.lineTo(sx - b, sy + b);
            spark.lineTo(sx - a, sy);
            spark.lineTo(sx - b, sy - b);
            spark.closePath();
            g.fill(spark);
        }
        g.dispose();
        return image;
    }
}
