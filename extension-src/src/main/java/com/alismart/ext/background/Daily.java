package com.alismart.ext.background;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;

/** Daily alarms (the price check, the coupon refresh). Alarms outlive the worker, but not every update. */
final class Daily {
    static final double DAY_MINUTES = 24 * 60;

    private Daily() {
    }

    /** Makes sure the alarm {@code name} fires a minute from now and daily after, unless it is set already. */
    static void schedule(String name) {
        if (Js.isMissing(Ext.chrome().getAlarms().get(name).await())) {
            JSObject info = Js.object();
            Js.put(info, "delayInMinutes", 1);
            Js.put(info, "periodInMinutes", DAY_MINUTES);
            Ext.chrome().getAlarms().create(name, info).await();
        }
    }
}
