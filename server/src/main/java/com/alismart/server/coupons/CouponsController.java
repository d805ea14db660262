package com.alismart.server.coupons;

import com.alismart.server.http.BadInput;
import com.alismart.server.http.Json;
import com.alismart.server.search.Rates;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code GET /coupons?country=&currency=&lang=}: today's coupons, with a strong ETag and revalidation. */
public final class CouponsController {
    /**
     * Coupons change daily, and a coupon must stop being shown when it expires: browsers and the extension keep a
     * list for at most an hour, or until the next coupon in it expires or starts if that is sooner, then revalidate
     * with If-None-Match (a 304 costs a few bytes). Public: the answer depends only on the URL, never on who asks.
     */
    static final Duration MAX_AGE = Duration.ofHours(1);
    /** Before the first import the list is empty: ask again soon rather than keep an empty list for an hour. */
    static final Duration MAX_AGE_EMPTY = Duration.ofMinutes(1);
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern LANG = Pattern.compile("([A-Za-z]{2,3})([-_][A-Za-z0-9]{1,8}){0,3}");

    private final CouponService coupons;
    private final Rates rates;
    private final Clock clock;

    public CouponsController(CouponService coupons, Rates rates, Clock clock) {
        this.coupons = coupons;
        this.rates = rates;
        this.clock = clock;
    }

    public void get(Context ctx) {
        String country = param(ctx, "country");
        if (country != null) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new BadInput("bad_country", "country must be an ISO 3166 alpha-2 code such as US, ES or BR");
            }
            country = country.toUpperCase(Locale.ROOT);
        }
        String currency = param(ctx, "currency");
        currency = currency == null ? "USD" : currency.toUpperCase(Locale.ROOT);
        if (!rates.supports(currency)) {
            throw new BadInput("unknown_currency", "currency must be an ISO 4217 code we convert to, such as USD, EUR"
                    + " or BRL");
        }
        String lang = param(ctx, "lang");
        if (lang != null) {
            if (lang.length() > 35 || !LANG.matcher(lang).matches()) {
                throw new BadInput("bad_lang", "lang must be a language tag such as en, es or pt-BR");
            }
            lang = lang.substring(0, lang.length() < 3 || lang.charAt(2) == '-' || lang.charAt(2) == '_' ? 2 : 3)
                    .toLowerCase(Locale.ROOT);
        }
        CouponService.Listing listing = coupons.today(country, currency, lang);
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(listing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=" + maxAge(listing).toSeconds() + ", must-revalidate");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        // The ETag is over these exact bytes: a compressed copy would be other bytes under the same strong tag.
        ctx.disableCompression();
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private Duration maxAge(CouponService.Listing listing) {
        if (listing.updatedAt() == null) {
            return MAX_AGE_EMPTY;
        }
        Duration age = MAX_AGE;
        if (listing.nextChange() != null) {
            Duration untilChange = Duration.between(clock.instant(), listing.nextChange());
            age = untilChange.compareTo(age) < 0 ? untilChange : age;
        }
        return age.isNegative() ? Duration.ZERO : age;
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 64) {
            throw new BadInput("bad_" + name, name + " is too long");
        }
        return v.trim();
    }

    /** A strong validator: the SHA-256 of the body, so equal bytes always get equal tags on every server. */
    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}; so does *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 8192) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
