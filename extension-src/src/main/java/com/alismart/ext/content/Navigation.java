package com.alismart.ext.content;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Tells the content script when the page may have changed. Two sources, both always on:
 * <ul>
 * <li>navigations: single-page shops change product through history.pushState, which fires no load. The Navigation
 * API reports those (Chromium has it, and its events reach content scripts), popstate the back button;</li>
 * <li>a MutationObserver on the whole document, throttled to one call per {@value #THROTTLE_MILLIS} ms: it catches a
 * URL change in a browser without the Navigation API, a product page the shop draws after load (or after an SPA
 * navigation, still showing the previous product), and a cart whose amount changes as items are ticked.</li>
 * </ul>
 * The callback decides whether anything changed; it compares strings and, only while it waits for a page to be
 * drawn, looks at the page again.
 */
final class Navigation {
    /** At most one call from the observer in this many milliseconds: cheap even on busy pages. */
    static final int THROTTLE_MILLIS = 250;

    private Navigation() {
    }

    @JSFunctor
    interface Check extends JSObject {
        void run();
    }

    static void follow(Check check) {
        install(check, THROTTLE_MILLIS, true);
    }

    /**
     * Like {@link #follow}, for a URL check alone: the observer then watches elements come and go, not text, so
     * that a busy page's ticking counters cost it nothing.
     */
    static void followUrl(Check check) {
        install(check, THROTTLE_MILLIS, false);
    }

    // A "navigate" event comes before the URL changes, "currententrychange" after; both are checked, a tick later.
    @JSBody(params = {"check", "throttle", "text"}, script = ""
            + "var later = function () { setTimeout(function () { try { check(); } catch (failure) {} }, 0); };"
            + "window.addEventListener('popstate', later);"
            + "if (window.navigation && window.navigation.addEventListener) {"
            + "  window.navigation.addEventListener('navigate', later);"
            + "  window.navigation.addEventListener('currententrychange', later); }"
            + "var pending = false;"
            + "new MutationObserver(function () {"
            + "  if (pending) { return; } pending = true;"
            + "  setTimeout(function () { pending = false; try { check(); } catch (failure) {} }, throttle);"
            + "}).observe(document, {childList: true, subtree: true, characterData: text});")
    private static native void install(Check check, int throttle, boolean text);
}
