package com.alismart.ext.popup;

import com.alismart.ext.chrome.Ext;
import com.alismart.ext.core.BuildInfo;
import com.alismart.ext.core.Messages;
import com.alismart.ext.web.Dom;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The toolbar popup. It asks the worker for everything; it never calls the server itself. */
public final class Popup {
    private Popup() {
    }

    public static void main(String[] args) {
        HTMLDocument document = Window.current().getDocument();
        Dom.localize(document);
        HTMLElement version = document.getElementById("version");
        if (version != null) {
            version.setTextContent("v" + BuildInfo.VERSION);
        }
        new SearchView(document);
        WatchView watch = new WatchView(document);
        CouponsView coupons = new CouponsView(document);
        tabs(document, watch, coupons);
        SettingsView.show(document);
        checkServer(document);
    }

    /** Search, Coupons and Watch list, one shown at a time; each list is read when its tab opens. */
    private static void tabs(HTMLDocument document, WatchView watch, CouponsView coupons) {
        String[] names = {"search", "coupons", "watch"};
        for (String name : names) {
            document.getElementById("tab-" + name).addEventListener("click", e -> {
                for (String other : names) {
                    boolean selected = other.equals(name);
                    document.getElementById("tab-" + other).setAttribute("aria-selected", selected ? "true" : "false");
                    HTMLElement pane = document.getElementById("pane-" + other);
                    if (selected) {
                        pane.removeAttribute("hidden");
                    } else {
                        pane.setAttribute("hidden", "");
                    }
                }
                if (name.equals("watch")) {
                    watch.show();
                } else if (name.equals("coupons")) {
                    coupons.show();
                }
            });
        }
    }

    private static void checkServer(HTMLDocument document) {
        HTMLElement status = document.getElementById("server-status");
        HTMLElement text = document.getElementById("server-status-text");
        status.setAttribute("data-state", "checking");
        text.setTextContent(Ext.message("popupServer_checking"));
        JSObject message = Js.object();
        Js.put(message, "type", Messages.SERVER_HEALTH);
        Ext.sendMessage(message).then(answer -> {
            if (Js.isTrue(answer, "ok")) {
                JSObject server = Js.object(answer, "server");
                double size = Js.number(server, "catalogSize");
                double progress = Js.number(server, "catalogProgress");
                status.setAttribute("data-state", "ok");
                String catalog = "indexing".equals(Js.string(server, "catalogState"))
                        ? Ext.message("popupServer_indexing") + " " + (Double.isNaN(progress) ? 0
                                : (int) Math.round(progress * 100)) + "%"
                        : (Double.isNaN(size) ? "?" : String.valueOf((long) size)) + " "
                                + Ext.message("popupServer_products");
                text.setTextContent(Ext.message("popupServer_online") + " · v" + Js.string(server, "version")
                        + " · " + catalog);
            } else {
                JSObject error = Js.object(answer, "error");
                status.setAttribute("data-state", "error");
                status.setAttribute("data-error", String.valueOf(Js.string(error, "code")));
                text.setTextContent(Ext.message("popupServer_offline"));
            }
            return null;
        }, failure -> {
            status.setAttribute("data-state", "error");
            text.setTextContent(Ext.message("popupServer_offline"));
            return null;
        });
    }
}
