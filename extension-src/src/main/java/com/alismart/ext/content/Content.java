package com.alismart.ext.content;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.chrome.Runtime;
import com.alismart.ext.core.Messages;
import com.alismart.ext.shop.PageHints;
import com.alismart.ext.shop.WebUrl;
import com.alismart.ext.web.Js;
import com.alismart.ext.web.JsFields;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * The content script (content.js), on every page of the six shops, kept small: every page pays for its evaluation
 * at load. Its main runs once the page is idle (content-start.js asks for that): it shows the "Find similar" button
 * over product photos, tells the worker where a right-clicked image is, and on a product or cart URL (at load or
 * after an SPA navigation) asks the worker to inject the page script ({@link PageMain}: recognition and the panel).
 * It must never break the page: nothing it does may throw into the page.
 */
public final class Content {
    private Content() {
    }

    private static boolean started;
    /** Whether the worker injected page.js into this document: from then on, it follows the page itself. */
    private static boolean injected;
    private static boolean asking;
    /** The URL (without its fragment) the worker was last asked about: a page that changes is not asked again. */
    private static String askedFor;
    private static int retries;
    private static final int[] RETRY_MILLIS = {250, 1000, 3000};

    public static void main(String[] args) {
        if (started) {
            return;
        }
        started = true;
        try {
            Ext.chrome().getRuntime().getOnMessage().addListener(Content::onMessage);
            HoverButton.install();
        } catch (Throwable e) {
            // Swallowed on purpose: an error of ours must never reach the shop's page.
        }
        try {
            Navigation.followUrl(Content::urlMayHaveChanged);
        } catch (Throwable e) {
            // see above
        }
        urlMayHaveChanged();
        markStarted();
    }

    /** When main ran (in this isolated world only): tests wait for it before they move the pointer. */
    @org.teavm.jso.JSBody(script = "self.alismartStarted = performance.now();")
    private static native void markStarted();

    /** The worker asks where a right-clicked image is, to crop a screenshot when the site refuses the image. */
    private static boolean onMessage(JSObject message, Runtime.MessageSender sender, Runtime.SendResponse respond) {
        try {
            if (!Js.isMissing(sender) && Ext.id().equals(Js.string(sender, "id")) && Js.isMissing(sender.getTab())
                    && Messages.IMAGE_RECT.equals(Js.string(message, "type"))) {
                respond.send(HoverButton.rectOf(Messages.imageSource(new JsFields(message))));
            }
        } catch (Throwable e) {
            // A malformed question gets no answer; the worker then does without the screen.
        }
        return false;
    }

    /**
     * On what may be a product or cart URL, asks the worker for page.js, once per URL: the worker checks the URL and
     * says no to the rest. The message may fail while Chrome restarts the worker: then it is asked again.
     */
    private static void urlMayHaveChanged() {
        try {
            if (injected || asking) {
                return;
            }
            String url = WebUrl.withoutFragment(Window.current().getLocation().getFullURL());
            if (url.equals(askedFor) || !PageHints.mayShowProductOrCart(url)) {
                return;
            }
            asking = true;
            askedFor = url;
            JSObject message = Js.object();
            Js.put(message, "type", Messages.PAGE_INJECT);
            Ext.sendMessage(message).then(answer -> {
                asking = false;
                injected = Js.isTrue(answer, "ok");
                // Chrome may refuse a frame for a moment (still navigating): a few more tries. Any other no is final.
                if (!injected && "not_injected".equals(Js.string(Js.object(answer, "error"), "code"))
                        && retries < RETRY_MILLIS.length) {
                    askedFor = null;
                    Window.setTimeout(Content::urlMayHaveChanged, RETRY_MILLIS[retries++]);
                }
                return null;
            }, failure -> {
                // Chrome may be restarting a stopped worker: ask again shortly, a few times, then no more for this
                // URL (a worker gone for good, as after an update, must not be asked at every change of the page).
                asking = false;
                if (retries < RETRY_MILLIS.length) {
                    askedFor = null;
                    Window.setTimeout(Content::urlMayHaveChanged, RETRY_MILLIS[retries++]);
                }
                return null;
            });
        } catch (Throwable e) {
            // see main
        }
    }
}
