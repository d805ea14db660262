package com.alismart.ext.content;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The few DOM moves the panel makes, all through DOM APIs (text as text nodes, never {@code innerHTML}), and every
 * listener wrapped so that an error of ours ends in the wrapper, never in the page.
 */
final class Ui {
    private Ui() {
    }

    /** A {@code tag} element with a class (or none when null) and a text (or none when null). */
    static HTMLElement el(HTMLDocument document, String tag, String className, String text) {
        HTMLElement e = document.createElement(tag);
        if (className != null) {
            e.setClassName(className);
        }
        if (text != null) {
            e.setTextContent(text);
        }
        return e;
    }

    /** A {@code <button type=button>}: a page's form around us must not be submitted by it. */
    static HTMLElement button(HTMLDocument document, String className, String text, Action action) {
        HTMLElement b = el(document, "button", className, text);
        b.setAttribute("type", "button");
        on(b, "click", action);
        return b;
    }

    @JSFunctor
    interface Action extends JSObject {
        void run();
    }

    @JSFunctor
    interface Listener extends JSObject {
        void handle(JSObject event);
    }

    /** Adds a listener that can never throw into the page. */
    static void on(JSObject target, String type, Action action) {
        listen(target, type, event -> {
            try {
                action.run();
            } catch (Throwable e) {
                // Swallowed on purpose: see Content.main.
            }
        });
    }

    @JSBody(params = {"target", "type", "listener"}, script = "target.addEventListener(type, function (event) {"
            + " try { listener(event); } catch (failure) { /* never into the page */ } });")
    static native void listen(JSObject target, String type, Listener listener);

    /** A closed shadow root: the page's scripts cannot reach into it, nor its styles. */
    @JSBody(params = "host", script = "return host.attachShadow({mode: 'closed'});")
    static native JSObject attachClosedShadow(HTMLElement host);

    @JSBody(params = {"parent", "child"}, script = "parent.appendChild(child);")
    static native void append(JSObject parent, JSObject child);

    @JSBody(params = "e", script = "while (e.firstChild) { e.removeChild(e.firstChild); }")
    static native void clear(JSObject e);

    @JSBody(params = "e", script = "if (e && e.parentNode) { e.parentNode.removeChild(e); }")
    static native void remove(JSObject e);

    @JSBody(params = {"e", "hidden"}, script = "e.hidden = hidden;")
    static native void setHidden(HTMLElement e, boolean hidden);

    @JSBody(script = "return performance.now();")
    static native double now();

    /** Milliseconds since 1970 of an ISO date or time ("2026-05-01" read at noon UTC), or NaN. */
    @JSBody(params = "iso", script = "if (typeof iso !== 'string') { return NaN; }"
            + " return Date.parse(iso.length === 10 ? iso + 'T12:00:00Z' : iso);")
    static native double parseTime(String iso);
}
