package com.alismart.ext.background;

import com.alismart.ext.chrome.ContextMenus;
import com.alismart.ext.chrome.Ext;
import com.alismart.ext.web.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The "Find similar on AliExpress" context menu. It shows on the six shops' pages, and on every page once the user
 * has granted the optional host permission ("Find similar on any site" in the popup). Chrome keeps menus across
 * worker restarts, so they are made on install and update, and changed when that permission comes or goes.
 */
final class Menus {
    static final String[] ANY_PAGE = {ImageSearch.ANY_SITE};

    private Menus() {
    }

    /** The pages the menu shows on, for whether the any-site permission is held. */
    static String[] patterns(boolean anySite) {
        return anySite ? ANY_PAGE.clone() : ShopPatterns.PAGES.clone();
    }

    /** Makes the menu afresh (install, update), for the permissions held now. */
    static void create() {
        boolean anySite = ImageSearch.hasAnySite();
        ContextMenus menus = Ext.chrome().getContextMenus();
        menus.removeAll().await();
        JSObject item = Js.object();
        Js.put(item, "id", ImageSearch.MENU_ID);
        Js.put(item, "title", Ext.message("menu_findSimilar"));
        Js.putStrings(item, "contexts", new String[] {"image"});
        Js.putStrings(item, "documentUrlPatterns", patterns(anySite));
        menus.create(item);
    }

    /**
     * What {@code permissions.onAdded} ({@code added} true) and {@code onRemoved} do with the event's
     * {@code {origins}}: when the any-site permission is among them, the menu's pages change. Resolves to the
     * patterns now in force, or to null when nothing changed.
     */
    static JSPromise<JSObject> permissionsChanged(boolean added, JSObject permissions) {
        String[] origins = Js.strings(permissions, "origins");
        boolean concerned = false;
        for (int i = 0; origins != null && i < origins.length; i++) {
            concerned |= ImageSearch.ANY_SITE.equals(origins[i]);
        }
        if (!concerned) {
            return JSPromise.resolve(null);
        }
        String[] patterns = patterns(added);
        JSObject update = Js.object();
        Js.putStrings(update, "documentUrlPatterns", patterns);
        JSObject applied = Js.object();
        Js.putStrings(applied, "documentUrlPatterns", patterns);
        return Ext.chrome().getContextMenus().update(ImageSearch.MENU_ID, update).then(done -> applied);
    }
}
