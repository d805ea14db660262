package com.alismart.server.coupons;

import com.alismart.server.db.Database;
import com.alismart.server.db.DatabaseUrl;
import com.alismart.server.db.PostgresCluster;

/** The store on a real PostgreSQL (a throwaway cluster), with the same migrations as H2. */
class CouponStorePostgresTest extends CouponStoreContract {
    @Override
    Database open() {
        return Database.open(DatabaseUrl.parse(PostgresCluster.sharedOrSkip().createDatabase()));
    }
}
