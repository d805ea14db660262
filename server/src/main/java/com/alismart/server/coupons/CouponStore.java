package com.alismart.server.coupons;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The coupons in the database. An import replaces the whole set in one transaction: readers see the old set until
 * the new one is complete, and a source that fails half-way (or a row the database refuses) rolls everything back,
 * so the previous set stays whole.
 */
public final class CouponStore {
    private static final int BATCH = 200;
    private static final TypeReference<Map<String, String>> TITLES = new TypeReference<>() { };

    private final DataSource db;

    public CouponStore(DataSource db) {
        this.db = db;
    }

    /** What was imported last, and when. */
    public record Import(String source, Instant importedAt, int count) {
    }

    /** The last successful import, or null when there has been none. */
    public Import lastImport() {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT source, imported_at, coupon_count FROM coupon_import WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? new Import(r.getString(1), instant(r, 2), r.getInt(3)) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot read the coupon import", e);
        }
    }

    /**
     * Replaces every coupon by those {@code coupons} yields, consuming it inside the transaction: when the iteration
     * throws, nothing changes. Returns the number stored.
     */
    public int replace(String source, Instant importedAt, Iterable<Coupon> coupons) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                int count = replaceIn(c, source, importedAt, coupons.iterator());
                c.commit();
                return count;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("the coupon import was refused by the database and rolled back", e);
        }
    }

    private static int replaceIn(Connection c, String source, Instant importedAt, Iterator<Coupon> coupons)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM coupon");
            s.executeUpdate("DELETE FROM coupon_import");
        }
        int count = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO coupon (id, code, title, titles,"
                + " discount_type, discount_amount, discount_percent, currency, min_spend, scope, category,"
                + " product_ids, countries, starts_at, expires_at, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (coupons.hasNext()) {
                bind(insert, coupons.next());
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO coupon_import (id, source, imported_at, coupon_count) VALUES (1, ?, ?, ?)")) {
            s.setString(1, source);
            s.setObject(2, OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC));
            s.setInt(3, count);
            s.executeUpdate();
        }
        return count;
    }

    private static void bind(PreparedStatement s, Coupon coupon) throws SQLException {
        s.setString(1, coupon.id());
        s.setString(2, coupon.code());
        s.setString(3, coupon.title());
        s.setString(4, coupon.titles().isEmpty() ? null : json(coupon.titles()));
        Coupon.Discount d = coupon.discount();
        s.setString(5, d.isPercent() ? "percent" : "amount");
        s.setBigDecimal(6, d.amount() > 0 ? money(d.amount()) : null);
        s.setBigDecimal(7, d.isPercent() ? BigDecimal.valueOf(d.percent()).setScale(2, RoundingMode.HALF_UP) : null);
        s.setString(8, coupon.currency());
        s.setBigDecimal(9, money(coupon.minSpend()));
        s.setString(10, coupon.scope().wire());
        s.setString(11, coupon.category());
        s.setString(12, coupon.productIds().isEmpty() ? null : String.join(",", coupon.productIds()));
        s.setString(13, coupon.countries().isEmpty() ? null : String.join(",", coupon.countries()));
        s.setObject(14, OffsetDateTime.ofInstant(coupon.startsAt(), ZoneOffset.UTC));
        s.setObject(15, OffsetDateTime.ofInstant(coupon.expiresAt(), ZoneOffset.UTC));
        s.setString(16, coupon.source());
    }

    /** The coupons that have not expired at {@code now} (including those not started yet), by id. */
    public List<Coupon> unexpired(Instant now) {
        List<Coupon> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, code, title, titles, discount_type,"
                        + " discount_amount, discount_percent, currency, min_spend, scope, category, product_ids,"
                        + " countries, starts_at, expires_at, source FROM coupon WHERE expires_at > ? ORDER BY id")) {
            s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the coupons", e);
        }
    }

    private static Coupon read(ResultSet r) throws SQLException {
        boolean percent = "percent".equals(r.getString(5));
        BigDecimal amount = r.getBigDecimal(6);
        double a = amount == null ? 0 : amount.doubleValue();
        Coupon.Discount discount = percent ? Coupon.Discount.percentOff(r.getBigDecimal(7).doubleValue(), a)
                : Coupon.Discount.amountOff(a);
        return new Coupon(r.getString(1), r.getString(2), r.getString(3), titles(r.getString(4)), discount,
                r.getString(8).trim(), r.getBigDecimal(9).doubleValue(), Coupon.Scope.fromWire(r.getString(10)),
                r.getString(11), list(r.getString(12)), list(r.getString(13)), instant(r, 14), instant(r, 15),
                r.getString(16));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static String json(Map<String, String> titles) {
        try {
            return Json.MAPPER.writeValueAsString(titles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> titles(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, TITLES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored coupon titles are not JSON", e);
        }
    }

    /** The database failed or refused; the message says what we were doing, never the data. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
