package com.alismart.ext.web;

import com.alismart.ext.core.Fields;
import org.teavm.jso.JSObject;

/** {@link Fields} over a JS object. */
public final class JsFields implements Fields {
    private final JSObject object;

    public JsFields(JSObject object) {
        this.object = object;
    }

    @Override
    public String string(String key) {
        return Js.string(object, key);
    }

    @Override
    public double number(String key) {
        return Js.number(object, key);
    }

    @Override
    public String[] strings(String key) {
        return Js.strings(object, key);
    }

    @Override
    public boolean isBoolean(String key) {
        return Js.isBoolean(object, key);
    }

    @Override
    public boolean isTrue(String key) {
        return Js.isTrue(object, key);
    }
}
