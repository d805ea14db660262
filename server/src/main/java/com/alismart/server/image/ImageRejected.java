package com.alismart.server.image;

/**
 * An uploaded image that the decoder refuses. The HTTP status and code are for the controller; the message is written
 * for the shopper and never quotes the bytes.
 */
public final class ImageRejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ImageRejected(int status, String code, String message) {
        // No stack trace: rejections are expected traffic, and a trace would only cost time on hostile input.
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
