package com.alismart.server.coupons;

import com.alismart.server.db.Database;
import com.alismart.server.db.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded H2 file. */
class CouponStoreH2Test extends CouponStoreContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseUrl.h2(dir));
    }
}
