package com.alismart.ext.core;

import java.util.Map;

/** {@link Fields} over a map, as the browser's JS objects are in production. */
final class MapFields implements Fields {
    private final Map<String, ?> map;

    MapFields(Map<String, ?> map) {
        this.map = map;
    }

    @Override
    public String string(String key) {
        return map.get(key) instanceof String s ? s : null;
    }

    @Override
    public double number(String key) {
        return map.get(key) instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : Double.NaN;
    }

    @Override
    public String[] strings(String key) {
        if (!(map.get(key) instanceof java.util.List<?> list)) {
            return null;
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toArray(String[]::new);
    }

    @Override
    public boolean isBoolean(String key) {
        return map.get(key) instanceof Boolean;
    }

    @Override
    public boolean isTrue(String key) {
        return Boolean.TRUE.equals(map.get(key));
    }
}
