package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The AliSmart panel on a product page, in its own shadow root so that no style leaks in or out. Built through DOM
 * APIs only: no page or server text ever goes through {@code innerHTML}.
 */
final class Panel {
    static final String HOST_ID = "alismart-root";

    private static final String STYLE = ":host{all:initial}"
            + ".panel{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:13px/1.4 system-ui,sans-serif;"
            + "color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:10px;"
            + "box-shadow:0 4px 16px rgba(0,0,0,.15);padding:10px 14px;max-width:280px}"
            + ".title{font-weight:600;color:#c2410c;margin:0 0 4px}"
            + ".line{margin:0}";

    private Panel() {
    }

    static void show(HTMLDocument document, JSObject answer) {
        HTMLElement old = document.getElementById(HOST_ID);
        if (old != null) {
            old.getParentNode().removeChild(old);
        }
        HTMLElement host = document.createElement("div");
        host.setAttribute("id", HOST_ID);
        JSObject root = attachShadow(host);
        HTMLElement style = document.createElement("style");
        style.setTextContent(STYLE);
        append(root, style);
        HTMLElement panel = document.createElement("div");
        panel.setClassName("panel");
        panel.setAttribute("role", "complementary");
        panel.appendChild(line(document, "title", "AliSmart"));
        String state;
        if (!Js.isTrue(answer, "ok")) {
            state = "error";
            panel.appendChild(line(document, "line", Ext.message("panel_unavailable")));
        } else if (Js.isTrue(answer, "watched")) {
            state = "watched";
            double count = Js.number(answer, "observations");
            String text = Ext.message("panel_watched");
            if (!Double.isNaN(count)) {
                text = text + " · " + (int) count + " " + Ext.message("panel_pricesSeen");
            }
            panel.appendChild(line(document, "line", text));
        } else {
            state = "ready";
            panel.appendChild(line(document, "line", Ext.message("panel_notWatched")));
        }
        host.setAttribute("data-alismart-state", state);
        append(root, panel);
        document.getDocumentElement().appendChild(host);
    }

    private static HTMLElement line(HTMLDocument document, String className, String text) {
        HTMLElement p = document.createElement("p");
        p.setClassName(className);
        p.setTextContent(text);
        return p;
    }

    @JSBody(params = "host", script = "return host.attachShadow({mode: 'open'});")
    private static native JSObject attachShadow(HTMLElement host);

    @JSBody(params = {"root", "child"}, script = "root.appendChild(child);")
    private static native void append(JSObject root, HTMLElement child);
}
