package com.alismart.ext.web;

import com.alismart.ext.chrome.Ext;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** DOM and formatting helpers shared by the extension's pages (popup, Image Search results). */
public final class Dom {
    private Dom() {
    }

    /** Fills every {@code data-i18n="key"} element with its localised text. */
    public static void localize(HTMLDocument document) {
        NodeList<? extends HTMLElement> nodes = document.querySelectorAll("[data-i18n]");
        for (int i = 0; i < nodes.getLength(); i++) {
            HTMLElement element = nodes.get(i);
            element.setTextContent(Ext.message(element.getAttribute("data-i18n")));
        }
    }

    @JSBody(params = "e", script = "while (e.firstChild) e.removeChild(e.firstChild);")
    public static native void clear(HTMLElement e);

    @JSBody(params = "e", script = "return String(e.value || '');")
    public static native String value(HTMLElement e);

    @JSBody(params = {"e", "v"}, script = "e.value = v;")
    public static native void setValue(HTMLElement e, String v);

    @JSBody(params = {"amount", "currency"}, script = "try { return new Intl.NumberFormat(undefined,"
            + " {style: 'currency', currency: currency}).format(amount); }"
            + " catch (failure) { return amount.toFixed(2) + ' ' + currency; }")
    public static native String formatMoney(double amount, String currency);

    /** An inline SVG with one polyline, through DOM APIs: {@code points} is an SVG points list we computed. */
    @JSBody(params = {"document", "points", "width", "height", "className"}, script = ""
            + "var namespace = 'http://www.w3.org/2000/svg';"
            + "var picture = document.createElementNS(namespace, 'svg');"
            + "picture.setAttribute('class', className); picture.setAttribute('width', String(width));"
            + "picture.setAttribute('height', String(height));"
            + "picture.setAttribute('viewBox', '0 0 ' + width + ' ' + height);"
            + "picture.setAttribute('aria-hidden', 'true');"
            + "var line = document.createElementNS(namespace, 'polyline');"
            + "line.setAttribute('points', points); picture.appendChild(line); return picture;")
    public static native HTMLElement polyline(HTMLDocument document, String points, int width, int height,
            String className);

    @JSBody(params = "n", script = "return new Intl.NumberFormat(undefined, {maximumFractionDigits: 1}).format(n);")
    public static native String formatNumber(double n);
}
