package com.alismart.ext.chrome;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** {@code chrome.alarms}. */
public interface Alarms extends JSObject {
    /** {@code alarmInfo}: {@code {when, delayInMinutes, periodInMinutes}}. */
    JSPromise<JSObject> create(String name, JSObject alarmInfo);

    /** Resolves to the alarm, or to {@code undefined} when there is none by that name. */
    JSPromise<Alarm> get(String name);

    JSPromise<JSObject> clear(String name);

    @JSProperty
    OnAlarm getOnAlarm();

    interface OnAlarm extends JSObject {
        void addListener(AlarmListener listener);
    }

    @JSFunctor
    interface AlarmListener extends JSObject {
        void onAlarm(Alarm alarm);
    }

    interface Alarm extends JSObject {
        @JSProperty
        String getName();

        @JSProperty
        double getScheduledTime();
    }
}
