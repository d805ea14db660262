package com.alismart.server.image;

import java.util.Locale;
import java.util.Optional;

/** The four image types image search accepts, each with its declared MIME type and its magic number. */
enum ImageFormat {
    JPEG("image/jpeg", "JPEG"),
    PNG("image/png", "PNG"),
    GIF("image/gif", "GIF"),
    WEBP("image/webp", "WebP");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mimeType;
    private final String label;

    ImageFormat(String mimeType, String label) {
        this.mimeType = mimeType;
        this.label = label;
    }

    String mimeType() {
        return mimeType;
    }

    String label() {
        return label;
    }

    /** The format a Content-Type header names, ignoring parameters such as {@code ; charset=} and letter case. */
    static Optional<ImageFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.mimeType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format the first bytes announce, if any of the four. */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        // RIFF container: four bytes of length sit between the two tags.
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
