-- The daily price of each product the server has served (Open Platform products: their history is not derived).
-- Product ids only: nothing here says who asked. The same file runs on H2 and PostgreSQL: standard types only.

CREATE TABLE price_history (
    product_id VARCHAR(20) NOT NULL,
    price_day  DATE NOT NULL,
    currency   CHAR(3) NOT NULL,
    price      NUMERIC(16, 2) NOT NULL,
    PRIMARY KEY (product_id, price_day)
);

CREATE INDEX price_history_day ON price_history (price_day);
