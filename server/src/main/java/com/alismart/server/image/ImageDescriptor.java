package com.alismart.server.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;

/**
 * A fixed-length visual descriptor of a product picture: unit length, so the dot product of two descriptors is their
 * cosine similarity and ranks look-alikes first.
 *
 * <p>Layout of the {@value #DIMENSIONS} floats, each block scaled to its own weight before the whole is normalised:
 * <ol>
 *   <li>{@value #STRENGTH} gradient strength: a log-binned histogram of edge strength in the object's square box,
 *       which tells a plain surface from stripes or dots whatever their direction;</li>
 *   <li>{@value #HISTOGRAM} colour histogram of the foreground: 3 lightness x 7 a x 7 b soft Lab bins, weighted by how
 *       far each pixel is from the background, so an accent colour or a printed pattern counts;</li>
 *   <li>{@value #EDGES} edge orientation histograms: 12 unsigned orientations on a 3x3 grid over the object's box,
 *       soft in angle and place, at working resolution where stripes and dots still show; a mirrored pose differs.</li>
 * </ol>
 *
 * <p>The picture is first area-averaged to a {@value #GRID}x{@value #GRID} working grid, whatever its size or aspect.
 * Colours are corrected by the border's median (product photos have a light, plain background: this undoes
 * brightness, contrast and white balance shifts of a user's photo), then the object is found as what differs from
 * that background. Edges are measured in a square box around the object rather than in the frame, so a
 * crop, a shift or a rescale of the photo moves the grid with the object.
 */
public final class ImageDescriptor {
    /**
     * Bump whenever a change makes {@link #compute} give other numbers for the same picture: indexes store these
     * vectors and are rebuilt when this changes (see {@code CatalogLoader.source}). Query-side changes that leave
     * {@code compute} alone (the turned variants) need no bump.
     */
    public static final int VERSION = 2;

    /** Catalog pictures are drawn at this size for indexing: twice the working grid, so the area average is exact. */
    public static final int INDEX_RENDER_SIZE = 128;

    static final int STRENGTH = 16;
    static final int HISTOGRAM = 147;
    static final int EDGES = 108;
    public static final int DIMENSIONS = STRENGTH + HISTOGRAM + EDGES;

    /** The turns, in degrees, under which a query photo is also described; 0 first. */
    static final float[] QUERY_TURNS = {0f, -4f, 4f, -8f, 8f};

    static final int GRID = 64;
    private static final int BOX = 64;

    // Lengths of the blocks before the whole is normalised; the squares weigh each block's cosine in the total.
    // Tuned on ImageSearchQualityTest. Tried and dropped for earning no weight there: a colour layout (8x8 Lab over
    // the box; crops and turns move it more than products of one kind differ in it), a coarser 5x5 chroma histogram,
    // a whole-frame orientation histogram, and orientations smoothed across bins (turned photos gain, the rest lose).
    static final float W_STRENGTH = 0.71f;
    static final float W_HISTOGRAM = 1.22f;
    static final float W_EDGES = 1.73f;

    /** The light gray that every background is corrected to (sRGB 0..1). */
    private static final float REFERENCE_BACKGROUND = 0.94f;

    private static final float PI = (float) Math.PI;
    private static final float HALF_PI = (float) (Math.PI / 2);

    private static final int LUT_SIZE = 4096;
    private static final float[] TO_LINEAR = new float[LUT_SIZE + 1];
    private static final float[] LAB_F = new float[LUT_SIZE + 1];

    static {
        for (int i = 0; i <= LUT_SIZE; i++) {
            double v = i / (double) LUT_SIZE;
            TO_LINEAR[i] = (float) (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
            LAB_F[i] = (float) (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16.0 / 116);
        }
    }

    private ImageDescriptor() {
    }

    /** The descriptor of any image: any type, size from 1x1 up, alpha composited on white. */
    public static float[] compute(BufferedImage image) {
        Prepared p = prepare(image);
        return describe(p, 0f, new float[BOX * BOX]);
    }

    /**
     * Descriptors of a shopper's photo as taken and as if turned back by each of {@link #QUERY_TURNS} degrees: a
     * photo of a product on a table or in a hand is rarely square to the frame, and edge orientations are what a
     * turn moves. The first is {@link #compute}'s; compare with {@link #similarity}. Colour is measured once, as a
     * turn does not change it.
     */
    public static float[][] queryVariants(BufferedImage image) {
        Prepared p = prepare(image);
        float[] scratch = new float[BOX * BOX];
        float[][] out = new float[QUERY_TURNS.length][];
        for (int i = 0; i < QUERY_TURNS.length; i++) {
            out[i] = describe(p, QUERY_TURNS[i], scratch);
        }
        return out;
    }

    /** How alike a photo and an indexed picture are: the best cosine over the photo's turned variants. */
    public static float similarity(float[][] query, float[] indexed) {
        float best = -Float.MAX_VALUE;
        for (float[] q : query) {
            best = Math.max(best, dot(q, indexed));
        }
        return best;
    }

    /** What every variant shares: the lightness plane, the object's box and the colour histogram block. */
    private record Prepared(float[] l, float[] box, float outside, float[] histogram) {
    }

    private static Prepared prepare(BufferedImage image) {
        float[][] rgb = downscale(image);
        float[] l = new float[GRID * GRID];
        float[] a = new float[GRID * GRID];
        float[] b = new float[GRID * GRID];
        toCorrectedLab(rgb, l, a, b);
        float[] refLab = lab(REFERENCE_BACKGROUND, REFERENCE_BACKGROUND, REFERENCE_BACKGROUND);
        float[] weight = foreground(l, a, b, refLab);
        float[] histogram = new float[HISTOGRAM];
        histogram(l, a, b, weight, histogram, 0);
        block(histogram, 0, HISTOGRAM, W_HISTOGRAM);
        return new Prepared(l, objectBox(weight), refLab[0], histogram);
    }

    /** The descriptor with the box turned by {@code degrees} about its centre. */
    private static float[] describe(Prepared p, float degrees, float[] boxL) {
        float[] out = new float[DIMENSIONS];
        resample(p.l(), p.box(), degrees, p.outside(), boxL);
        int at = 0;
        magnitudes(boxL, BOX, out, at);
        at = block(out, at, STRENGTH, W_STRENGTH);
        System.arraycopy(p.histogram(), 0, out, at, HISTOGRAM);
        at += HISTOGRAM;
        edges(boxL, BOX, 3, 12, out, at);
        block(out, at, EDGES, W_EDGES);
        if (!normalise(out, 0, DIMENSIONS, 1f)) {
            // A blank picture: still a unit vector, so every caller can rely on the length.
            Arrays.fill(out, (float) (1 / Math.sqrt(DIMENSIONS)));
        }
        return out;
    }

    /** Cosine similarity of two descriptors (their dot product, as both have unit length). */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("descriptors differ in length: " + a.length + " and " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    // ---- Reading and downscaling ----

    /** Area average to GRID x GRID sRGB (0..1) planes; a source smaller than the grid is sampled nearest. */
    private static float[][] downscale(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] spanStart = new int[GRID];
        int[] spanEnd = new int[GRID];
        spans(w, spanStart, spanEnd);
        int[] rowStart = new int[GRID];
        int[] rowEnd = new int[GRID];
        spans(h, rowStart, rowEnd);
        float[] r = new float[GRID * GRID];
        float[] g = new float[GRID * GRID];
        float[] b = new float[GRID * GRID];
        RowReader reader = RowReader.of(image);
        int[] row = new int[w];
        long[] sums = new long[GRID * 3];
        for (int ty = 0; ty < GRID; ty++) {
            Arrays.fill(sums, 0);
            for (int y = rowStart[ty]; y < rowEnd[ty]; y++) {
                reader.read(y, row);
                for (int tx = 0; tx < GRID; tx++) {
                    long sr = 0;
                    long sg = 0;
                    long sb = 0;
                    for (int x = spanStart[tx]; x < spanEnd[tx]; x++) {
                        int p = row[x];
                        sr += (p >> 16) & 0xff;
                        sg += (p >> 8) & 0xff;
                        sb += p & 0xff;
                    }
                    sums[tx * 3] += sr;
                    sums[tx * 3 + 1] += sg;
                    sums[tx * 3 + 2] += sb;
                }
            }
            int rows = rowEnd[ty] - rowStart[ty];
            for (int tx = 0; tx < GRID; tx++) {
                float n = 255f * rows * (spanEnd[tx] - spanStart[tx]);
                int i = ty * GRID + tx;
                r[i] = sums[tx * 3] / n;
                g[i] = sums[tx * 3 + 1] / n;
                b[i] = sums[tx * 3 + 2] / n;
            }
        }
        return new float[][] {r, g, b};
    }

    /** Source ranges for each grid cell: a partition when the source is larger, single pixels when smaller. */
    private static void spans(int size, int[] start, int[] end) {
        for (int t = 0; t < GRID; t++) {
            int s = (int) ((long) t * size / GRID);
            int e = (int) ((long) (t + 1) * size / GRID);
            start[t] = Math.min(s, size - 1);
            end[t] = Math.max(e, start[t] + 1);
        }
    }

    /** Reads one row as packed opaque RGB; direct raster access for the common types, getRGB for the rest. */
    private interface RowReader {
        void read(int y, int[] out);

        static RowReader of(BufferedImage image) {
            Raster raster = image.getRaster();
            SampleModel sm = raster.getSampleModel();
            int w = image.getWidth();
            boolean plain = raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                    && raster.getSampleModelTranslateY() == 0;
            int type = image.getType();
            if (plain && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                    && sm instanceof SinglePixelPackedSampleModel packed
                    && raster.getDataBuffer() instanceof DataBufferInt ints && ints.getNumBanks() == 1) {
                int[] data = ints.getData();
                int stride = packed.getScanlineStride();
                int offset = ints.getOffset();
                boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
                return (y, out) -> {
                    int base = offset + y * stride;
                    if (!alpha) {
                        System.arraycopy(data, base, out, 0, w);
                        return;
                    }
                    for (int x = 0; x < w; x++) {
                        out[x] = onWhite(data[base + x]);
                    }
                };
            }
            if (plain && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)
                    && sm instanceof PixelInterleavedSampleModel interleaved
                    && raster.getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1) {
                byte[] data = bytes.getData();
                int stride = interleaved.getScanlineStride();
                int offset = bytes.getOffset();
                boolean alpha = type == BufferedImage.TYPE_4BYTE_ABGR;
                int step = alpha ? 4 : 3;
                return (y, out) -> {
                    int i = offset + y * stride;
                    for (int x = 0; x < w; x++, i += step) {
                        if (alpha) {
                            out[x] = onWhite((data[i] & 0xff) << 24 | (data[i + 3] & 0xff) << 16
                                    | (data[i + 2] & 0xff) << 8 | (data[i + 1] & 0xff));
                        } else {
                            out[x] = (data[i + 2] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i] & 0xff);
                        }
                    }
                };
            }
            ColorModel cm = image.getColorModel();
            boolean alpha = cm.hasAlpha();
            return (y, out) -> {
                image.getRGB(0, y, w, 1, out, 0, w);
                if (alpha) {
                    for (int x = 0; x < w; x++) {
                        out[x] = onWhite(out[x]);
                    }
                }
            };
        }
    }

    /** Composites a non-premultiplied ARGB pixel on white: a transparent cut-out is shown on a page that way. */
    private static int onWhite(int argb) {
        int alpha = argb >>> 24;
        if (alpha == 255) {
            return argb & 0xffffff;
        }
        int inv = 255 - alpha;
        int r = (((argb >> 16) & 0xff) * alpha + 255 * inv + 127) / 255;
        int g = (((argb >> 8) & 0xff) * alpha + 255 * inv + 127) / 255;
        int b = ((argb & 0xff) * alpha + 255 * inv + 127) / 255;
        return r << 16 | g << 8 | b;
    }

    // ---- Colour ----

    /** Corrects each channel so the border's median becomes the reference gray, then converts to Lab. */
    private static void toCorrectedLab(float[][] rgb, float[] l, float[] a, float[] b) {
        float[] gain = new float[3];
        for (int c = 0; c < 3; c++) {
            float median = borderMedian(rgb[c]);
            // Only a light border is a background worth correcting to; clamp so a dark photo is not blown out.
            gain[c] = Math.max(0.75f, Math.min(1.4f, REFERENCE_BACKGROUND / Math.max(median, 1e-3f)));
        }
        float[] lab = new float[3];
        for (int i = 0; i < GRID * GRID; i++) {
            labInto(rgb[0][i] * gain[0], rgb[1][i] * gain[1], rgb[2][i] * gain[2], lab);
            l[i] = lab[0];
            a[i] = lab[1];
            b[i] = lab[2];
        }
    }

    private static float borderMedian(float[] plane) {
        float[] border = new float[4 * GRID - 4];
        int n = 0;
        for (int t = 0; t < GRID; t++) {
            border[n++] = plane[t];
            border[n++] = plane[(GRID - 1) * GRID + t];
        }
        for (int t = 1; t < GRID - 1; t++) {
            border[n++] = plane[t * GRID];
            border[n++] = plane[t * GRID + GRID - 1];
        }
        Arrays.sort(border);
        return border[border.length / 2];
    }

    private static float[] lab(float r, float g, float b) {
        float[] lab = new float[3];
        labInto(r, g, b, lab);
        return lab;
    }

    /** sRGB (0..1, clamped) to CIE Lab under D65, through lookup tables: pow and cbrt per pixel cost too much. */
    private static void labInto(float r, float g, float b, float[] out) {
        float lr = lut(TO_LINEAR, r);
        float lg = lut(TO_LINEAR, g);
        float lb = lut(TO_LINEAR, b);
        float x = (0.4124f * lr + 0.3576f * lg + 0.1805f * lb) / 0.95047f;
        float y = 0.2126f * lr + 0.7152f * lg + 0.0722f * lb;
        float z = (0.0193f * lr + 0.1192f * lg + 0.9505f * lb) / 1.08883f;
        float fx = lut(LAB_F, x);
        float fy = lut(LAB_F, y);
        float fz = lut(LAB_F, z);
        out[0] = 116 * fy - 16;
        out[1] = 500 * (fx - fy);
        out[2] = 200 * (fy - fz);
    }

    private static float lut(float[] table, float v) {
        // Nearest entry: 4096 steps are finer than any difference the descriptor keeps.
        return table[(int) (Math.max(0f, Math.min(1f, v)) * LUT_SIZE + 0.5f)];
    }

    /** How much each cell is object rather than background: 0 near the reference gray, 1 when clearly different. */
    private static float[] foreground(float[] l, float[] a, float[] b, float[] ref) {
        float[] w = new float[GRID * GRID];
        for (int i = 0; i < w.length; i++) {
            float dl = l[i] - ref[0];
            float da = a[i] - ref[1];
            float db = b[i] - ref[2];
            float d = (float) Math.sqrt(dl * dl + da * da + db * db);
            float t = Math.max(0f, Math.min(1f, (d - 5f) / 15f));
            w[i] = t * t * (3 - 2 * t);
        }
        return w;
    }

    // ---- Object box ----

    /**
     * A square box (x, y, side, in grid cells) around the foreground's central mass. Percentiles rather than extremes,
     * so a price tag in a corner or a shadow does not stretch it; square, so the object keeps its aspect.
     */
    private static float[] objectBox(float[] weight) {
        float[] cols = new float[GRID];
        float[] rows = new float[GRID];
        float total = 0;
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                float v = weight[y * GRID + x];
                cols[x] += v;
                rows[y] += v;
                total += v;
            }
        }
        if (total < 4f) {
            // Next to nothing stands out from the background: describe the whole frame.
            return new float[] {0, 0, GRID};
        }
        float x0 = percentile(cols, total, 0.03f);
        float x1 = percentile(cols, total, 0.97f);
        float y0 = percentile(rows, total, 0.03f);
        float y1 = percentile(rows, total, 0.97f);
        float side = Math.max(Math.max(x1 - x0, y1 - y0) * 1.08f, GRID / 8f);
        return new float[] {(x0 + x1 - side) / 2, (y0 + y1 - side) / 2, side};
    }

    private static float percentile(float[] mass, float total, float q) {
        float target = total * q;
        float sum = 0;
        for (int i = 0; i < mass.length; i++) {
            if (sum + mass[i] >= target) {
                return i + (mass[i] > 0 ? (target - sum) / mass[i] : 0);
            }
            sum += mass[i];
        }
        return mass.length;
    }

    /** Bilinear resampling of the box, turned by {@code degrees}, to BOX x BOX; outside the frame is background. */
    private static void resample(float[] plane, float[] box, float degrees, float outside, float[] out) {
        float step = box[2] / BOX;
        float cos = (float) Math.cos(Math.toRadians(degrees));
        float sin = (float) Math.sin(Math.toRadians(degrees));
        float cx = box[0] + box[2] / 2 - 0.5f;
        float cy = box[1] + box[2] / 2 - 0.5f;
        for (int j = 0; j < BOX; j++) {
            float dy = (j + 0.5f - BOX / 2f) * step;
            for (int i = 0; i < BOX; i++) {
                float dx = (i + 0.5f - BOX / 2f) * step;
                out[j * BOX + i] = bilinear(plane, cx + cos * dx - sin * dy, cy + sin * dx + cos * dy, outside);
            }
        }
    }

    private static float bilinear(float[] plane, float x, float y, float outside) {
        if (x < -0.5f || y < -0.5f || x > GRID - 0.5f || y > GRID - 0.5f) {
            return outside;
        }
        float cx = Math.max(0f, Math.min(GRID - 1f, x));
        float cy = Math.max(0f, Math.min(GRID - 1f, y));
        int x0 = Math.min((int) cx, GRID - 2);
        int y0 = Math.min((int) cy, GRID - 2);
        float fx = cx - x0;
        float fy = cy - y0;
        int i = y0 * GRID + x0;
        float top = plane[i] + (plane[i + 1] - plane[i]) * fx;
        float bottom = plane[i + GRID] + (plane[i + GRID + 1] - plane[i + GRID]) * fx;
        return top + (bottom - top) * fy;
    }

    // ---- Features ----

    /** Soft (trilinear) Lab histogram of the foreground, square-rooted so one big colour does not drown the rest. */
    private static void histogram(float[] l, float[] a, float[] b, float[] weight, float[] out, int at) {
        for (int i = 0; i < l.length; i++) {
            float w = weight[i];
            if (w <= 0) {
                continue;
            }
            // Lightness bins centred at 15, 50, 85; a and b bins every 20 from -60 to 60.
            float pl = clamp((l[i] - 15f) / 35f, 0f, 2f);
            float pa = clamp((a[i] + 60f) / 20f, 0f, 6f);
            float pb = clamp((b[i] + 60f) / 20f, 0f, 6f);
            int il = Math.min((int) pl, 1);
            int ia = Math.min((int) pa, 5);
            int ib = Math.min((int) pb, 5);
            float fl = pl - il;
            float fa = pa - ia;
            float fb = pb - ib;
            for (int dl = 0; dl < 2; dl++) {
                float wl = w * (dl == 0 ? 1 - fl : fl);
                for (int da = 0; da < 2; da++) {
                    float wa = wl * (da == 0 ? 1 - fa : fa);
                    for (int db = 0; db < 2; db++) {
                        float wb = wa * (db == 0 ? 1 - fb : fb);
                        out[at + ((il + dl) * 7 + ia + da) * 7 + ib + db] += wb;
                    }
                }
            }
        }
        for (int i = 0; i < HISTOGRAM; i++) {
            out[at + i] = (float) Math.sqrt(out[at + i]);
        }
    }

    /**
     * Gradient orientation histograms (unsigned, soft-binned, magnitude-weighted) over a cells x cells grid of a
     * size x size lightness plane. Unsigned, so a dark-on-light edge and its light-on-dark twin count the same, and
     * a mirrored pose still differs.
     */
    private static void edges(float[] plane, int size, int cells, int bins, float[] out, int at) {
        float binWidth = (float) Math.PI / bins;
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                int i = y * size + x;
                float gx = plane[i + 1 - size] + 2 * plane[i + 1] + plane[i + 1 + size]
                        - plane[i - 1 - size] - 2 * plane[i - 1] - plane[i - 1 + size];
                float gy = plane[i + size - 1] + 2 * plane[i + size] + plane[i + size + 1]
                        - plane[i - size - 1] - 2 * plane[i - size] - plane[i - size + 1];
                float mag = (float) Math.sqrt(gx * gx + gy * gy);
                if (mag < 1e-3f) {
                    continue;
                }
                float angle = orientation(gx, gy);
                float p = angle / binWidth - 0.5f;
                int b0 = (int) Math.floor(p);
                float f = p - b0;
                // Soft in space too: an edge near a cell border counts in both, so a slightly different box from a
                // crop moves weight between cells gradually.
                float px = clamp((x + 0.5f) * cells / size - 0.5f, 0f, cells - 1f);
                float py = clamp((y + 0.5f) * cells / size - 0.5f, 0f, cells - 1f);
                int cx = Math.min((int) px, Math.max(cells - 2, 0));
                int cy = Math.min((int) py, Math.max(cells - 2, 0));
                float fx = px - cx;
                float fy = py - cy;
                int o0 = Math.floorMod(b0, bins);
                int o1 = Math.floorMod(b0 + 1, bins);
                for (int dy = 0; dy < Math.min(2, cells); dy++) {
                    float wy = dy == 0 ? 1 - fy : fy;
                    for (int dx = 0; dx < Math.min(2, cells); dx++) {
                        float w = mag * wy * (dx == 0 ? 1 - fx : fx);
                        int base = at + ((cy + dy) * cells + cx + dx) * bins;
                        out[base + o0] += w * (1 - f);
                        out[base + o1] += w * f;
                    }
                }
            }
        }
        int n = cells * cells * bins;
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) Math.sqrt(out[at + i]);
        }    }

    /** Histogram of gradient strength on log-spaced bins: how much fine pattern, whatever its direction. */
    private static void magnitudes(float[] plane, int size, float[] out, int at) {
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                int i = y * size + x;
                float gx = plane[i + 1] - plane[i - 1];
                float gy = plane[i + size] - plane[i - size];
                float mag = (float) Math.sqrt(gx * gx + gy * gy);
                if (mag < 1f) {
                    continue;
                }
                float p = clamp(log2(mag) * 2f, 0f, 15f);
                int b0 = Math.min((int) p, 14);
                float f = p - b0;
                out[at + b0] += 1 - f;
                out[at + b0 + 1] += f;
            }
        }
        for (int i = 0; i < 16; i++) {
            out[at + i] = (float) Math.sqrt(out[at + i]);
        }
    }

    /**
     * The direction of (gx, gy) folded into [0, pi), from a polynomial arctangent good to about 0.005 rad: Math.atan2
     * cost more than half of the whole descriptor, and the histogram bins are 15 degrees wide.
     */
    static float orientation(float gx, float gy) {
        if (gy < 0 || gy == 0 && gx < 0) {
            gx = -gx;
            gy = -gy;
        }
        // Now gy >= 0: the angle is in [0, pi].
        float ax = Math.abs(gx);
        float angle;
        if (ax >= gy) {
            float z = gy / ax;
            angle = atanUnit(z);
        } else {
            float z = ax / gy;
            angle = HALF_PI - atanUnit(z);
        }
        angle = gx < 0 ? PI - angle : angle;
        return angle >= PI ? 0f : angle;
    }

    /** arctan on [0, 1]. */
    private static float atanUnit(float z) {
        return z * (0.7853982f + 0.273f * (1 - z));
    }

    /** log2 from the float's exponent and a quadratic for the mantissa, close enough for log-spaced bins. */
    private static float log2(float v) {
        int bits = Float.floatToRawIntBits(v);
        int exponent = ((bits >>> 23) & 0xff) - 127;
        float m = Float.intBitsToFloat((bits & 0x007fffff) | 0x3f800000);
        return exponent + (-0.34484843f * m + 2.02466578f) * m - 0.67487759f;
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Scales out[at, at + n) to length weight (left at zero when empty) and returns the next block's start. */
    private static int block(float[] out, int at, int n, float weight) {
        normalise(out, at, n, weight);
        return at + n;
    }

    private static boolean normalise(float[] v, int at, int n, float length) {
        double sum = 0;
        for (int i = at; i < at + n; i++) {
            sum += v[i] * v[i];
        }
        if (sum <= 0) {
            return false;
        }
        float scale = (float) (length / Math.sqrt(sum));
        for (int i = at; i < at + n; i++) {
            v[i] *= scale;
        }
        return true;
    }
}
