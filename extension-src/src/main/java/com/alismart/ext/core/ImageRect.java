package com.alismart.ext.core;

/**
 * Where an image is on the screen, as the content script measured it (CSS pixels of the viewport), clipped to the
 * viewport; and the part of a tab capture that shows it. The content script runs in the shop's page, so every
 * number is checked here before the worker crops a screenshot with it.
 */
public final class ImageRect {
    /** Less than this much of the image on screen (CSS pixels a side) is not worth a search. */
    static final double MIN_VISIBLE = 24;
    static final double MAX_VIEWPORT = 20_000;
    static final double MAX_OFFSET = 1_000_000;
    static final double MAX_DPR = 8;

    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double viewportWidth;
    private final double viewportHeight;
    private final double dpr;

    private ImageRect(double left, double top, double width, double height, double viewportWidth,
            double viewportHeight, double dpr) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
        this.dpr = dpr;
    }

    /**
     * Reads {@code x, y, width, height} (the image's bounding box), {@code viewportWidth, viewportHeight} and
     * {@code dpr} (devicePixelRatio), and keeps the part of the box inside the viewport.
     */
    public static ImageRect from(Fields m) throws BadMessage {
        double x = m.number("x");
        double y = m.number("y");
        double w = m.number("width");
        double h = m.number("height");
        double vw = m.number("viewportWidth");
        double vh = m.number("viewportHeight");
        double dpr = m.number("dpr");
        // NaN fails every comparison below, so a missing or mistyped field is refused too.
        if (!(Math.abs(x) <= MAX_OFFSET && Math.abs(y) <= MAX_OFFSET && w > 0 && w <= MAX_OFFSET && h > 0
                && h <= MAX_OFFSET)) {
            throw new BadMessage("bad_field", "the image rectangle is missing or out of range");
        }
        if (!(vw >= 1 && vw <= MAX_VIEWPORT && vh >= 1 && vh <= MAX_VIEWPORT && dpr > 0 && dpr <= MAX_DPR)) {
            throw new BadMessage("bad_field", "the viewport or device pixel ratio is missing or out of range");
        }
        double left = Math.max(0, x);
        double top = Math.max(0, y);
        double right = Math.min(vw, x + w);
        double bottom = Math.min(vh, y + h);
        if (right - left < MIN_VISIBLE || bottom - top < MIN_VISIBLE) {
            throw new BadMessage("not_visible", "too little of the image is on the screen");
        }
        return new ImageRect(left, top, right - left, bottom - top, vw, vh, dpr);
    }

    /**
     * The visible part of the image in the pixels of a capture of {@code captureWidth} x {@code captureHeight}, as
     * {@code {x, y, width, height}}, inside the capture and at least 1 pixel a side. The scale is the capture's
     * width over the viewport's, which is the devicePixelRatio as the browser applied it; when the two disagree by
     * more than a quarter (the page reported an odd viewport) the reported devicePixelRatio is used.
     */
    public int[] crop(int captureWidth, int captureHeight) {
        double sx = captureWidth / viewportWidth;
        double sy = captureHeight / viewportHeight;
        if (Math.abs(sx - dpr) > dpr / 4 || Math.abs(sy - dpr) > dpr / 4) {
            sx = dpr;
            sy = dpr;
        }
        int x0 = clamp((int) Math.floor(left * sx), 0, captureWidth - 1);
        int y0 = clamp((int) Math.floor(top * sy), 0, captureHeight - 1);
        int x1 = clamp((int) Math.ceil((left + width) * sx), x0 + 1, captureWidth);
        int y1 = clamp((int) Math.ceil((top + height) * sy), y0 + 1, captureHeight);
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Left edge of the visible part, CSS pixels from the viewport's left. */
    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double viewportWidth() {
        return viewportWidth;
    }

    public double viewportHeight() {
        return viewportHeight;
    }

    public double dpr() {
        return dpr;
    }
}
