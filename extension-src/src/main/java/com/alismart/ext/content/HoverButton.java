package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.Messages;
import com.alismart.ext.core.Settings;
import com.alismart.ext.shop.ImageSources;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * A small "Find similar" button over the corner of the product photo the pointer rests on. One throttled pointer
 * listener on the document finds the photo under the pointer (through overlays, as shops lay links and badges over
 * their photos); nothing is added to the page's images. The button is one fixed-position element in a closed shadow
 * root: the page's styles cannot reach it, ours cannot leak out, and the page's layout does not move. Every listener
 * catches everything: an error of ours must never reach the page.
 */
final class HoverButton {
    static final String HOST_TAG = "alismart-find-similar";
    private static final int THROTTLE_MILLIS = 100;
    /** How deep in the stack of elements under the pointer a photo may lie (under a link, a badge, an overlay). */
    private static final int STACK_DEPTH = 8;
    private static final int INSET = 8;

    private static final String STYLE = ":host{position:fixed!important;z-index:2147483646!important;"
            + "margin:0!important;padding:0!important;border:0!important;transform:none!important;"
            + "opacity:1!important;filter:none!important;pointer-events:auto!important;contain:layout style}"
            + "button{all:initial;display:inline-flex;align-items:center;gap:4px;cursor:pointer;"
            + "font:600 12px/1 system-ui,sans-serif;color:#fff;background:#c2410c;border-radius:999px;"
            + "padding:7px 11px;box-shadow:0 2px 8px rgba(0,0,0,.3);white-space:nowrap}"
            + "button:hover{background:#9a3412}button:focus-visible{outline:2px solid #fff;outline-offset:-4px}";

    private static boolean enabled;
    private static JSObject host;
    /** The element whose photo the button is over, and that photo's URL. */
    private static JSObject target;
    private static String targetSrc;
    private static double pointerX;
    private static double pointerY;
    private static boolean checkPending;

    private HoverButton() {
    }

    /** Registers the document's listeners; the button shows only while the setting is on. */
    static void install() {
        listen(document(), "mousemove", HoverButton::onMove);
        listen(window(), "scroll", event -> hide());
        listen(window(), "blur", event -> hide());
        // A right-click may lead to a screenshot of the tab: the button must not be in it.
        listen(document(), "contextmenu", event -> hide());
        Ext.chrome().getStorage().getOnChanged().addListener((changes, area) -> {
            try {
                JSObject change = Js.object(changes, "settings");
                if ("local".equals(area) && change != null) {
                    apply(Js.object(change, "newValue"));
                }
            } catch (Throwable e) {
                // see Content.main
            }
        });
        Ext.chrome().getStorage().getLocal().get(settingsKey()).then(stored -> {
            try {
                apply(Js.object(stored, "settings"));
            } catch (Throwable e) {
                // see Content.main
            }
            return null;
        });
    }

    private static void apply(JSObject settings) {
        enabled = Settings.hoverButtonOf(settings == null ? null : new JsFields(settings));
        if (!enabled) {
            hide();
        }
    }

    private static void onMove(JSObject event) {
        if (!enabled) {
            return;
        }
        pointerX = Js.number(event, "clientX");
        pointerY = Js.number(event, "clientY");
        if (!checkPending) {
            checkPending = true;
            Window.setTimeout(() -> {
                checkPending = false;
                try {
                    check();
                } catch (Throwable e) {
                    hide();
                }
            }, THROTTLE_MILLIS);
        }
    }

    private static void check() {
        if (!enabled || Double.isNaN(pointerX) || Double.isNaN(pointerY)) {
            return;
        }
        JSObject stack = elementsFromPoint(pointerX, pointerY);
        int depth = Math.min(STACK_DEPTH, Js.length(stack));
        for (int i = 0; i < depth; i++) {
            JSObject element = Js.at(stack, i);
            if (element == host) {
                return; // on our button: keep it where it is
            }
            String tag = tagName(element);
            if ("BODY".equals(tag) || "HTML".equals(tag)) {
                break;
            }
            String src = photoSource(element);
            if (src != null) {
                show(element, src);
                return;
            }
        }
        hide();
    }

    /** The URL to search if the element is a visible product-sized photo ({@code <img>} or CSS tile), else null. */
    static String photoSource(JSObject element) {
        JSObject box = rect(element);
        if (!ImageSources.isProductSized(Js.number(box, "width"), Js.number(box, "height")) || !visible(element)) {
            return null;
        }
        if ("IMG".equals(tagName(element))) {
            String[] lazy = new String[ImageSources.LAZY_ATTRIBUTES.length];
            for (int i = 0; i < lazy.length; i++) {
                String name = ImageSources.LAZY_ATTRIBUTES[i];
                String value = attribute(element, name);
                lazy[i] = resolve(name.endsWith("srcset") ? ImageSources.largestSrcsetUrl(value) : value);
            }
            return ImageSources.pick(currentSource(element), Js.number(element, "naturalWidth"), lazy);
        }
        String url = resolve(ImageSources.cssUrl(backgroundImage(element)));
        return ImageSources.isFetchable(url) ? url : null;
    }

    private static void show(JSObject element, String src) {
        if (host == null) {
            host = create(STYLE, Ext.message("hover_findSimilar"), HoverButton::onPress, HoverButton::swallow);
        }
        target = element;
        targetSrc = src;
        JSObject box = rect(element);
        double top = Math.max(0, Js.number(box, "top")) + INSET;
        double right = Math.max(0, viewportWidth() - Math.min(viewportWidth(), Js.number(box, "right"))) + INSET;
        place(host, top, right);
    }

    private static void hide() {
        target = null;
        targetSrc = null;
        if (host != null) {
            place(host, -1, -1);
        }
    }

    /** A press on our button: a real click only (page scripts cannot press it for the shopper). */
    private static void onPress(JSObject event) {
        try {
            swallow(event);
            if (!Js.isTrue(event, "isTrusted") || target == null || targetSrc == null) {
                return;
            }
            JSObject box = rect(target);
            JSObject message = Js.object();
            Js.put(message, "type", Messages.IMAGE_FIND);
            Js.put(message, "src", targetSrc);
            Js.put(message, "x", Js.number(box, "left"));
            Js.put(message, "y", Js.number(box, "top"));
            Js.put(message, "width", Js.number(box, "width"));
            Js.put(message, "height", Js.number(box, "height"));
            Js.put(message, "viewportWidth", viewportWidth());
            Js.put(message, "viewportHeight", viewportHeight());
            Js.put(message, "dpr", devicePixelRatio());
            // Hidden first: the worker may photograph the screen, and our own UI must not be in the picture.
            hide();
            hidePanelAwhile();
            Ext.sendMessage(message).catchError(reason -> null);
        } catch (Throwable e) {
            // see Content.main
        }
    }

    /** Our button's own presses stay ours: the page's handlers (carousels, drag, links) do not see them. */
    private static void swallow(JSObject event) {
        stop(event);
    }

    /**
     * The rectangle of the largest visible image on the page showing {@code src}, for the worker to crop a
     * screenshot after a right-click on it; {@code {ok: false}} when there is none.
     */
    static JSObject rectOf(String src) {
        hide();
        hidePanelAwhile();
        JSObject images = images();
        JSObject best = null;
        double bestArea = 0;
        for (int i = 0; i < Js.length(images); i++) {
            JSObject image = Js.at(images, i);
            if (!src.equals(currentSource(image)) && !src.equals(Js.string(image, "src"))) {
                continue;
            }
            JSObject box = rect(image);
            double area = Js.number(box, "width") * Js.number(box, "height");
            if (area > bestArea && visible(image)) {
                best = box;
                bestArea = area;
            }
        }
        JSObject answer = Js.object();
        Js.put(answer, "ok", best != null);
        if (best != null) {
            Js.put(answer, "x", Js.number(best, "left"));
            Js.put(answer, "y", Js.number(best, "top"));
            Js.put(answer, "width", Js.number(best, "width"));
            Js.put(answer, "height", Js.number(best, "height"));
            Js.put(answer, "viewportWidth", viewportWidth());
            Js.put(answer, "viewportHeight", viewportHeight());
            Js.put(answer, "dpr", devicePixelRatio());
        }
        return answer;
    }

    /** The product-page panel hides for the moment a screenshot may be taken, in case it covers the photo. */
    @JSBody(script = "var panel = document.getElementById('" + Panel.HOST_ID + "'); if (!panel) { return; }"
            + " panel.style.setProperty('visibility', 'hidden', 'important');"
            + " setTimeout(function () { panel.style.removeProperty('visibility'); }, 2000);")
    private static native void hidePanelAwhile();

    @JSFunctor
    interface Handler extends JSObject {
        void handle(JSObject event);
    }

    /** A passive capturing listener, so that the page's own handlers and scrolling are never held up. */
    @JSBody(params = {"target", "type", "handler"}, script = ""
            + "target.addEventListener(type, function (event) { try { handler(event); } catch (failure) {} },"
            + " {capture: true, passive: true});")
    private static native void listen(JSObject target, String type, Handler handler);

    @JSBody(script = "return document;")
    private static native JSObject document();

    @JSBody(script = "return window;")
    private static native JSObject window();

    @JSBody(script = "return ['settings'];")
    private static native org.teavm.jso.core.JSArrayReader<org.teavm.jso.core.JSString> settingsKey();

    @JSBody(params = {"x", "y"}, script = "return document.elementsFromPoint(x, y);")
    private static native JSObject elementsFromPoint(double x, double y);

    @JSBody(script = "return Array.prototype.slice.call(document.images);")
    private static native JSObject images();

    @JSBody(params = "element", script = "return String(element.tagName || '');")
    private static native String tagName(JSObject element);

    @JSBody(params = {"element", "name"}, script = "return element.getAttribute(name);")
    private static native String attribute(JSObject element, String name);

    @JSBody(params = "element", script = "return element.currentSrc || element.src || null;")
    private static native String currentSource(JSObject element);

    @JSBody(params = "element", script = "return element.getBoundingClientRect();")
    private static native JSObject rect(JSObject element);

    @JSBody(params = "element", script = "var style = getComputedStyle(element);"
            + " return style.visibility === 'visible' && Number(style.opacity) >= 0.1;")
    private static native boolean visible(JSObject element);

    @JSBody(params = "element", script = "return getComputedStyle(element).backgroundImage;")
    private static native String backgroundImage(JSObject element);

    @JSBody(params = "value", script = "if (!value) { return null; }"
            + " try { return new URL(value, document.baseURI).href; } catch (failure) { return null; }")
    private static native String resolve(String value);

    /** The layout viewport's width (without a scrollbar), which fixed positions are measured in. */
    @JSBody(script = "return document.documentElement.clientWidth || innerWidth;")
    private static native double viewportWidth();

    @JSBody(script = "return document.documentElement.clientHeight || innerHeight;")
    private static native double viewportHeight();

    @JSBody(script = "return devicePixelRatio || 1;")
    private static native double devicePixelRatio();

    @JSBody(params = "event", script = "event.stopPropagation(); if (event.cancelable) { event.preventDefault(); }")
    private static native void stop(JSObject event);

    /** Makes the hidden host, its closed shadow root and the button; returns the host. */
    @JSBody(params = {"style", "label", "press", "swallow"}, script = ""
            + "var shell = document.createElement('" + HOST_TAG + "');"
            + "shell.style.setProperty('display', 'none', 'important');"
            + "var root = shell.attachShadow({mode: 'closed'}), sheet = document.createElement('style');"
            + "sheet.textContent = style; root.appendChild(sheet);"
            + "var button = document.createElement('button'); button.type = 'button'; button.textContent = label;"
            + "button.setAttribute('aria-label', label); root.appendChild(button);"
            + "var guard = function (handler) { return function (event) { try { handler(event); } catch (f) {} }; };"
            + "button.addEventListener('click', guard(press));"
            + "['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu']"
            + ".forEach(function (type) {"
            + "  button.addEventListener(type, guard(swallow)); });"
            + "document.documentElement.appendChild(shell); return shell;")
    private static native JSObject create(String style, String label, Handler press, Handler swallow);

    /** Shows the host at (top, right) from the viewport's top right corner, or hides it when top is negative. */
    @JSBody(params = {"shell", "top", "right"}, script = ""
            + "if (top < 0) { shell.style.setProperty('display', 'none', 'important');"
            + "  shell.removeAttribute('data-state'); return; }"
            + "shell.style.setProperty('top', top + 'px', 'important');"
            + "shell.style.setProperty('right', right + 'px', 'important');"
            + "shell.style.setProperty('left', 'auto', 'important');"
            + "shell.style.setProperty('bottom', 'auto', 'important');"
            + "shell.style.setProperty('display', 'block', 'important');"
            + "shell.setAttribute('data-state', 'shown');")
    private static native void place(JSObject shell, double top, double right);
}
