package com.alismart.server.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The daily price of each product the server serves from the Open Platform, one row per product and day (the last
 * price seen that day), kept {@value #KEEP_DAYS} days. Product ids, days and prices only.
 */
public final class PriceHistoryStore {
    static final int KEEP_DAYS = 400;

    /** One day's price in its currency. */
    public record Entry(LocalDate day, String currency, double price) {
    }

    private final DataSource data;

    public PriceHistoryStore(DataSource data) {
        this.data = data;
    }

    /** Records {@code price} as the product's price on {@code day}, replacing one recorded earlier that day. */
    public void record(String productId, LocalDate day, String currency, double price) {
        BigDecimal amount = BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP);
        try (Connection c = data.getConnection()) {
            if (update(c, productId, day, currency, amount) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO price_history (product_id, price_day, currency, price) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, productId);
                    insert.setDate(2, Date.valueOf(day));
                    insert.setString(3, currency);
                    insert.setBigDecimal(4, amount);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    // Another request recorded the same product and day first: ours is as recent, so it wins.
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    update(c, productId, day, currency, amount);
                }
            }
            try (PreparedStatement prune = c.prepareStatement("DELETE FROM price_history WHERE price_day < ?")) {
                prune.setDate(1, Date.valueOf(day.minusDays(KEEP_DAYS)));
                prune.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the price history could not be written (" + e.getSQLState() + ")", e);
        }
    }

    private static int update(Connection c, String productId, LocalDate day, String currency, BigDecimal amount)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE price_history SET currency = ?, price = ? WHERE product_id = ? AND price_day = ?")) {
            update.setString(1, currency);
            update.setBigDecimal(2, amount);
            update.setString(3, productId);
            update.setDate(4, Date.valueOf(day));
            return update.executeUpdate();
        }
    }

    /** The product's recorded days from {@code from} on, oldest first. */
    public List<Entry> history(String productId, LocalDate from) {
        try (Connection c = data.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT price_day, currency, price FROM price_history"
                        + " WHERE product_id = ? AND price_day >= ? ORDER BY price_day")) {
            q.setString(1, productId);
            q.setDate(2, Date.valueOf(from));
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getDate(1).toLocalDate(), rs.getString(2).trim(),
                            rs.getBigDecimal(3).doubleValue()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("the price history could not be read (" + e.getSQLState() + ")", e);
        }
    }
}
