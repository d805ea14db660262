package com.alismart.server.aliexpress;

/**
 * A call to the Open Platform that did not give a result. The message names the method and the platform's code,
 * never the request (it is signed with the secret and may carry a shopper's URL).
 */
public final class AliExpressException extends RuntimeException {
    /** What went wrong, for callers that react differently. */
    public enum Kind {
        /** {@code error_response} code 15 ("App call limit") or 7 ("request limit"): try later. */
        THROTTLED,
        /** {@code error_response}: the gateway refused the call (signature, app key, parameters, permission). */
        REFUSED,
        /** The method answered with a {@code resp_code} other than 200 (or 405, which means "no result"). */
        FAILED,
        /** No answer in time, a transport failure or an HTTP status other than 200. */
        UNAVAILABLE,
        /** An answer that is not the documented envelope. */
        MALFORMED
    }

    private final Kind kind;
    private final String code;

    public AliExpressException(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** The platform's code ({@code error_response.code} or {@code resp_code}), or the HTTP status; may be null. */
    public String code() {
        return code;
    }
}
