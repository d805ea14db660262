package com.alismart.ext.core;

/**
 * The user's settings, with one set of defaults and one migration path: {@link #from} reads whatever is stored
 * (older versions, missing or mistyped fields) and gives valid settings of the current version.
 */
public final class Settings {
    /** 2: {@code hoverButton} added (on unless the user turns it off); 3: {@code panelCollapsed} (open at first). */
    public static final int VERSION = 3;
    private static final boolean DEFAULT_HOVER_BUTTON = true;
    private static final boolean DEFAULT_PANEL_COLLAPSED = false;

    private final String serverUrl;
    private final boolean affiliateLinks;
    private final boolean analytics;
    private final boolean notifications;
    private final String currency;
    private final String language;
    private final String shipTo;
    private final boolean hoverButton;
    private final boolean panelCollapsed;

    public Settings(String serverUrl, boolean affiliateLinks, boolean analytics, boolean notifications,
            String currency, String language, String shipTo, boolean hoverButton, boolean panelCollapsed) {
        this.serverUrl = serverUrl;
        this.affiliateLinks = affiliateLinks;
        this.analytics = analytics;
        this.notifications = notifications;
        this.currency = currency;
        this.language = language;
        this.shipTo = shipTo;
        this.hoverButton = hoverButton;
        this.panelCollapsed = panelCollapsed;
    }

    public static Settings defaults() {
        return new Settings(BuildInfo.DEFAULT_SERVER_URL, true, true, true, "", "", "", DEFAULT_HOVER_BUTTON,
                DEFAULT_PANEL_COLLAPSED);
    }

    /** Valid settings from a stored record: each field that is missing or invalid takes its default. */
    public static Settings from(Fields stored) {
        Settings d = defaults();
        if (stored == null) {
            return d;
        }
        String url = normalizeServerUrl(stored.string("serverUrl"));
        return new Settings(
                url != null ? url : d.serverUrl,
                stored.isBoolean("affiliateLinks") ? stored.isTrue("affiliateLinks") : d.affiliateLinks,
                stored.isBoolean("analytics") ? stored.isTrue("analytics") : d.analytics,
                stored.isBoolean("notifications") ? stored.isTrue("notifications") : d.notifications,
                isCurrency(stored.string("currency")) ? stored.string("currency") : d.currency,
                isLanguage(stored.string("language")) ? stored.string("language") : d.language,
                isCountry(stored.string("shipTo")) ? stored.string("shipTo") : d.shipTo,
                hoverButtonOf(stored),
                panelCollapsedOf(stored));
    }

    /**
     * The {@code hoverButton} setting of a stored record, as {@link #from} reads it: the content script needs only
     * this one, and reading it alone keeps the rest of the settings' checks out of that script.
     */
    public static boolean hoverButtonOf(Fields stored) {
        return stored == null || !stored.isBoolean("hoverButton") ? DEFAULT_HOVER_BUTTON : stored.isTrue("hoverButton");
    }

    /** The {@code panelCollapsed} setting of a stored record, read alone for the content script like the above. */
    public static boolean panelCollapsedOf(Fields stored) {
        return stored == null || !stored.isBoolean("panelCollapsed") ? DEFAULT_PANEL_COLLAPSED
                : stored.isTrue("panelCollapsed");
    }

    /** These settings with the product panel on shop pages collapsed (or open). */
    public Settings withPanelCollapsed(boolean collapsed) {
        return new Settings(serverUrl, affiliateLinks, analytics, notifications, currency, language, shipTo,
                hoverButton, collapsed);
    }

    /** These settings with the "Find similar" button on product photos switched on or off. */
    public Settings withHoverButton(boolean on) {
        return new Settings(serverUrl, affiliateLinks, analytics, notifications, currency, language, shipTo, on,
                panelCollapsed);
    }

    /** These settings with affiliate links switched on or off. */
    public Settings withAffiliateLinks(boolean on) {
        return new Settings(serverUrl, on, analytics, notifications, currency, language, shipTo, hoverButton,
                panelCollapsed);
    }

    /** These settings with price-drop notifications switched on or off. */
    public Settings withNotifications(boolean on) {
        return new Settings(serverUrl, affiliateLinks, analytics, on, currency, language, shipTo, hoverButton,
                panelCollapsed);
    }

    /**
     * The server URL as "scheme://host[:port]" when it is acceptable, else {@code null}: https anywhere, plain http
     * only on this machine, no credentials, path, query or fragment.
     */
    public static String normalizeServerUrl(String url) {
        if (url == null) {
            return null;
        }
        String s = url.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String rest;
        boolean https;
        if (s.startsWith("https://")) {
            https = true;
            rest = s.substring(8);
        } else if (s.startsWith("http://")) {
            https = false;
            rest = s.substring(7);
        } else {
            return null;
        }
        if (rest.isEmpty() || rest.length() > 253 + 6) {
            return null;
        }
        String host = rest;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            String port = rest.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !allIn(port, "0123456789")) {
                return null;
            }
        }
        if (host.isEmpty() || !allIn(host, "abcdefghijklmnopqrstuvwxyz0123456789.-[]:")) {
            return null;
        }
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!https && !local) {
            return null;
        }
        return s;
    }

    private static boolean isCurrency(String s) {
        return s != null && (s.isEmpty() || (s.length() == 3 && allIn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    }

    private static boolean isCountry(String s) {
        return s != null && (s.isEmpty() || (s.length() == 2 && allIn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    }

    private static boolean isLanguage(String s) {
        return s != null && s.length() <= 12 && allIn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");
    }

    private static boolean allIn(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public String serverUrl() {
        return serverUrl;
    }

    public boolean affiliateLinks() {
        return affiliateLinks;
    }

    public boolean analytics() {
        return analytics;
    }

    public boolean notifications() {
        return notifications;
    }

    /** ISO 4217, or "" for the shop's own. */
    public String currency() {
        return currency;
    }

    /** A BCP 47 tag, or "" for the browser's. */
    public String language() {
        return language;
    }

    /** ISO 3166 alpha-2, or "" when unknown. */
    public String shipTo() {
        return shipTo;
    }

    /** Whether the content script shows a "Find similar" button over the product photo under the pointer. */
    public boolean hoverButton() {
        return hoverButton;
    }

    /** Whether the AliSmart panel on product pages shows only its title bar. */
    public boolean panelCollapsed() {
        return panelCollapsed;
    }
}
