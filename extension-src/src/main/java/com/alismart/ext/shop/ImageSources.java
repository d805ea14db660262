package com.alismart.ext.shop;

/**
 * Which URL of a page image is worth searching, and whether an image on a shop page looks like a product photo
 * rather than an icon, a sprite or a banner. Shops load their photos lazily (the real URL waits in
 * {@code data-src} and the like while {@code src} holds a placeholder), use {@code srcset}, and draw tiles with CSS
 * backgrounds; all of it is parsed here by hand (no regular expressions in the content script).
 */
public final class ImageSources {
    /** Rendered size, CSS pixels a side, below which an image is an icon or a thumbnail strip. */
    public static final double MIN_SIDE = 120;
    /** Longer side over shorter side above which an image is a banner or a sprite strip. */
    static final double MAX_ASPECT = 3;
    /** Natural width below which a loaded image is a placeholder (a 1 px spacer, a blurred stand-in). */
    static final double MIN_NATURAL = 32;

    /** Attributes where lazy loaders keep the real URL, best first; those ending in "srcset" hold a srcset. */
    public static final String[] LAZY_ATTRIBUTES = {
        "data-old-hires", "data-src", "data-lazy-src", "data-original", "data-lazy", "data-srcset",
        "data-lazy-srcset",
    };

    private ImageSources() {
    }

    /** True when an element drawn at {@code width} x {@code height} CSS pixels may be a product photo. */
    public static boolean isProductSized(double width, double height) {
        if (!(width >= MIN_SIDE && height >= MIN_SIDE)) {
            return false;
        }
        return Math.max(width, height) / Math.min(width, height) <= MAX_ASPECT;
    }

    /**
     * The URL to search for an {@code <img>}: its {@code currentSrc} (what srcset chose) when that is a loaded
     * photo, else the first fetchable lazy-loading URL (already resolved against the page), else the current
     * source if it is still loading; {@code null} when none will do.
     */
    public static String pick(String currentSrc, double naturalWidth, String[] lazyUrls) {
        boolean current = isFetchable(currentSrc);
        if (current && naturalWidth >= MIN_NATURAL) {
            return currentSrc;
        }
        if (lazyUrls != null) {
            for (String url : lazyUrls) {
                if (isFetchable(url) && !url.equals(currentSrc)) {
                    return url;
                }
            }
        }
        return current && !(naturalWidth > 0) ? currentSrc : null;
    }

    /** An absolute http(s) URL that is not an SVG (logos and icons are vector; photos are not). */
    public static boolean isFetchable(String url) {
        WebUrl parsed = url == null ? null : WebUrl.parse(url);
        return parsed != null && !Ascii.lower(parsed.path()).endsWith(".svg");
    }

    /**
     * The URL of the largest candidate in a srcset ("a.jpg 300w, b.jpg 800w", "a.jpg, b.jpg 2x"), unresolved, or
     * {@code null}. URLs may hold commas (image CDNs write "w_300,h_300"): as the HTML parser does, a URL runs to
     * the next white space, and only a trailing comma ends it early.
     */
    public static String largestSrcsetUrl(String srcset) {
        if (srcset == null) {
            return null;
        }
        String best = null;
        double bestSize = -1;
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(srcset.charAt(i))) {
                i++;
            }
            int end = i;
            boolean endsCandidate = false;
            while (end > start && srcset.charAt(end - 1) == ',') {
                end--;
                endsCandidate = true;
            }
            if (end == start) {
                continue;
            }
            String url = srcset.substring(start, end);
            double size = 1;
            if (!endsCandidate) {
                int descStart = i;
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
                size = descriptorSize(srcset.substring(descStart, i).trim());
            }
            if (size > bestSize) {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }

    /** "800w" → 800, "2x" → 2 (times a nominal 1000, so that x and w candidates compare sensibly), else 1. */
    private static double descriptorSize(String d) {
        if (d.length() < 2) {
            return 1;
        }
        char unit = d.charAt(d.length() - 1);
        double value = number(d.substring(0, d.length() - 1));
        if (!(value > 0)) {
            return 1;
        }
        return unit == 'w' ? value : unit == 'x' ? value * 1000 : 1;
    }

    /** A plain decimal ("800", "1.5"), or NaN: parsed by hand to keep Double.parseDouble out of the script. */
    private static double number(String s) {
        double value = 0;
        double scale = 0;
        if (s.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && scale == 0) {
                scale = 1;
            } else if (c >= '0' && c <= '9') {
                if (scale == 0) {
                    value = value * 10 + (c - '0');
                } else {
                    scale /= 10;
                    value += (c - '0') * scale;
                }
            } else {
                return Double.NaN;
            }
        }
        return value;
    }

    /** The first {@code url(...)} in a computed background-image, unquoted and unresolved, or {@code null}. */
    public static String cssUrl(String backgroundImage) {
        if (backgroundImage == null) {
            return null;
        }
        int open = backgroundImage.indexOf("url(");
        if (open < 0) {
            return null;
        }
        int start = open + 4;
        while (start < backgroundImage.length() && isSpace(backgroundImage.charAt(start))) {
            start++;
        }
        if (start >= backgroundImage.length()) {
            return null;
        }
        char first = backgroundImage.charAt(start);
        int end;
        if (first == '"' || first == '\'') {
            // A quoted URL may hold ")": it runs to the closing quote.
            start++;
            end = backgroundImage.indexOf(first, start);
        } else {
            end = backgroundImage.indexOf(')', start);
            while (end > start && isSpace(backgroundImage.charAt(end - 1))) {
                end--;
            }
        }
        return end <= start ? null : backgroundImage.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
