-- Coupons: the set being served, replaced whole by each import (one transaction), and what that import was.
-- The same file runs on H2 and PostgreSQL: standard types only.

CREATE TABLE coupon_import (
    id           INTEGER PRIMARY KEY,
    source       VARCHAR(300) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    coupon_count INTEGER NOT NULL
);

CREATE TABLE coupon (
    id               VARCHAR(80) PRIMARY KEY,
    code             VARCHAR(64) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    -- Localised titles as a JSON object, language -> title; null when the source has none.
    titles           VARCHAR(8000),
    discount_type    VARCHAR(10) NOT NULL CHECK (discount_type IN ('amount', 'percent')),
    -- amount coupons: the amount off; percent coupons: the cap (null when uncapped). In the coupon's currency.
    discount_amount  NUMERIC(16, 2),
    discount_percent NUMERIC(5, 2),
    currency         CHAR(3) NOT NULL,
    min_spend        NUMERIC(16, 2) NOT NULL,
    scope            VARCHAR(20) NOT NULL CHECK (scope IN ('store', 'category', 'new_users', 'products')),
    category         VARCHAR(120),
    -- Comma-separated lists; null for "all".
    product_ids      VARCHAR(4000),
    countries        VARCHAR(800),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    source           VARCHAR(20) NOT NULL,
    CHECK (expires_at > starts_at),
    CHECK (discount_type <> 'amount' OR discount_amount > 0),
    CHECK (discount_type <> 'percent' OR (discount_percent > 0 AND discount_percent < 100))
);

CREATE INDEX coupon_expires_at ON coupon (expires_at);
