package com.alismart.server.http;

/** {@code {"error": {"code": "...", "message": "..."}}}, the body of every failure. */
public record ErrorBody(Error error) {
    public record Error(String code, String message) {
    }

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new Error(code, message));
    }
}
