package com.alismart.ext.web;

import com.alismart.ext.core.Observation;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/** A watched product's observations as they are stored: an array of {@code {t, p}} (epoch ms, price). */
public final class ObservationsJs {
    private ObservationsJs() {
    }

    /** The stored array read back, skipping entries that are not two numbers. */
    public static List<Observation> read(JSObject array) {
        List<Observation> out = new ArrayList<>();
        int n = Js.length(array);
        for (int i = 0; i < n; i++) {
            JSObject o = Js.at(array, i);
            double t = Js.number(o, "t");
            double p = Js.number(o, "p");
            if (!Double.isNaN(t) && !Double.isNaN(p)) {
                out.add(new Observation(t, p));
            }
        }
        return out;
    }

    /** The array to store. */
    public static JSObject write(List<Observation> history) {
        JSObject array = Js.array();
        for (Observation o : history) {
            JSObject entry = Js.object();
            Js.put(entry, "t", o.time());
            Js.put(entry, "p", o.price());
            Js.push(array, entry);
        }
        return array;
    }
}
