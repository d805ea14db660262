package com.alismart.ext.content;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Follows a single-page shop's navigations (history.pushState, which fires no load): through the Navigation API
 * where the browser has it (Chromium does, and its events reach content scripts), else through a MutationObserver
 * on the document, throttled, that only compares {@code location.href}; shops redraw the page when they change
 * product, so a URL change comes with mutations. The callback decides whether anything changed.
 */
final class Navigation {
    /** At most one URL check in this many milliseconds from the observer: cheap even on busy pages. */
    static final int THROTTLE_MILLIS = 250;

    private Navigation() {
    }

    @JSFunctor
    interface Check extends JSObject {
        void run();
    }

    static void follow(Check check) {
        install(check, THROTTLE_MILLIS);
    }

    // A "navigate" event comes before the URL changes, "currententrychange" after; both are checked, a tick later.
    @JSBody(params = {"check", "throttle"}, script = ""
            + "var later = function () { setTimeout(function () { try { check(); } catch (failure) {} }, 0); };"
            + "window.addEventListener('popstate', later);"
            + "if (window.navigation && window.navigation.addEventListener) {"
            + "  window.navigation.addEventListener('navigate', later);"
            + "  window.navigation.addEventListener('currententrychange', later);"
            + "  return; }"
            + "var pending = false;"
            + "new MutationObserver(function () {"
            + "  if (pending) { return; } pending = true;"
            + "  setTimeout(function () { pending = false; try { check(); } catch (failure) {} }, throttle);"
            + "}).observe(document, {childList: true, subtree: true});")
    private static native void install(Check check, int throttle);
}
